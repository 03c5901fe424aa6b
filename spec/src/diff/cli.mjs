// `pnpm spec:diff [base-ref] [--changeset]`: what the working tree's spec changes for users.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { changesetFileName, renderChangeset } from "./changeset.mjs";
import { diffSpecs } from "./document.mjs";
import { defaultBase, repositoryRoot, SPEC_PATH, specAt } from "./git.mjs";
import { packageBumps } from "./packages.mjs";
import { formatReport } from "./report.mjs";

const USAGE = `Usage: pnpm spec:diff [base-ref] [--changeset]

Compares ${SPEC_PATH} at base-ref (default: the last release tag, else HEAD) with the working
tree, classifies each change as breaking, additive or docs, and lists the packages it reaches.
  --changeset  also write a changeset bumping each affected package`;

/**
 * @typedef {object} Io
 * @property {string} [cwd]
 * @property {(line: string) => void} [out]
 * @property {(line: string) => void} [err]
 * @property {Date} [now]
 */

/**
 * Runs the command and returns its exit code.
 * @param {string[]} argv
 * @param {Io} [io]
 * @returns {number}
 */
export function main(argv, io = {}) {
  const { cwd = process.cwd(), out = console.log, err = console.error, now = new Date() } = io;
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        changeset: { type: "boolean", default: false },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    err(`${/** @type {Error} */ (error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    out(USAGE);
    return 0;
  }
  if (args.positionals.length > 1) {
    err(USAGE);
    return 2;
  }
  try {
    const root = repositoryRoot(cwd);
    const base = args.positionals[0] ?? defaultBase(root);
    const before = parse(specAt(root, base));
    const after = parse(readFileSync(join(root, SPEC_PATH), "utf8"));
    const changes = diffSpecs(before, after);
    const bumps = packageBumps(changes, publicVersions(root));
    out(formatReport(changes, bumps, base));
    if (!args.values.changeset || changes.length === 0) return 0;
    if (bumps.length === 0) {
      out("\nNo public package is affected: no changeset written.");
      return 0;
    }
    const dir = join(root, ".changeset");
    if (!existsSync(dir)) throw new Error(`No .changeset directory in ${root}`);
    const content = renderChangeset(changes, bumps);
    const name = changesetFileName(content, now);
    writeFileSync(join(dir, name), content);
    out(`\nWrote .changeset/${name}`);
    return 0;
  } catch (error) {
    err(`spec:diff: ${/** @type {Error} */ (error).message}`);
    return 1;
  }
}

/**
 * The current version of each public package under packages/.
 * @param {string} root
 * @returns {Map<string, string>}
 */
function publicVersions(root) {
  const versions = new Map();
  const dir = join(root, "packages");
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    const file = join(dir, name, "package.json");
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, "utf8"));
    if (!manifest.private && manifest.name)
      versions.set(manifest.name, manifest.version ?? "0.0.0");
  }
  return versions;
}
