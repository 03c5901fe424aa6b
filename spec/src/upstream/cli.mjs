// `pnpm spec:upstream [file-or-url] [--json]`: where spec/openapi.yaml differs from Composio's
// published document, for the four operations this project covers.
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { compareUpstream } from "./compare.mjs";
import { DEFAULT_SOURCE, loadDocument, ReadError } from "./load.mjs";
import { exitCode, jsonReport, textReport } from "./report.mjs";

const SPEC = fileURLToPath(new URL("../../openapi.yaml", import.meta.url));
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

const USAGE = `Usage: pnpm spec:upstream [file-or-url] [--json] [--verbose] [--spec <path>]

Compares Composio's published OpenAPI document (default: ${DEFAULT_SOURCE})
with spec/openapi.yaml for the four operations this project covers, and lists:
  blocking   what upstream accepts that ours refuses (it would block a valid call)
  mistyped   what upstream may return that ours does not type
  info       what ours describes that upstream does not
Exits 1 when anything is blocking or mistyped, 0 otherwise, 2 when a document cannot be read.
Relative paths start in the current directory, else in the repository root.
  --json     print the findings as JSON
  --verbose  also list documentation-only findings (descriptions and examples we add)
  --spec     compare this file instead of spec/openapi.yaml`;

/**
 * @typedef {object} Io
 * @property {string} [cwd]  where relative paths start (else the repository root)
 * @property {(text: string) => void} [out]
 * @property {(text: string) => void} [err]
 * @property {number} [timeoutMs]
 */

/**
 * Runs the command and resolves with its exit code.
 * @param {string[]} argv
 * @param {Io} [io]
 * @returns {Promise<number>}
 */
export async function main(argv, io = {}) {
  const { cwd = process.cwd(), out = console.log, err = console.error, timeoutMs } = io;
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        verbose: { type: "boolean", default: false },
        spec: { type: "string" },
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
  const source = args.positionals[0] ?? DEFAULT_SOURCE;
  const spec = args.values.spec ?? SPEC;
  try {
    const [up, ours] = await Promise.all([
      loadDocument(source, { dirs: [cwd, ROOT], ...(timeoutMs ? { timeoutMs } : {}) }),
      loadDocument(spec, { dirs: [cwd, ROOT] }),
    ]);
    const findings = compareUpstream(up, ours);
    const shownSpec = args.values.spec ?? "spec/openapi.yaml";
    out(
      args.values.json
        ? jsonReport(findings, { source, spec: shownSpec })
        : textReport(findings, { source, spec: shownSpec, verbose: args.values.verbose }),
    );
    return exitCode(findings);
  } catch (error) {
    // Exit 1 tells CI that Composio moved: a document that cannot be read or walked is not that.
    const { message } = /** @type {Error} */ (error);
    err(`spec:upstream: ${error instanceof ReadError ? message : `cannot compare: ${message}`}`);
    return 2;
  }
}
