// The public packages as npm users get them: packed with pnpm, installed with npm into fresh
// projects. The package checks use it, and export it (`@composio-client/package-checks/packed`)
// so that the runtime smoke tests and the bench pack exactly the same way.
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The folder holding the published packages (the private ones are in scripts/). */
export const packagesDir = fileURLToPath(new URL("../../../packages/", import.meta.url));

/**
 * The packages published to npm, by folder: every package in packages/, as pnpm-workspace.yaml's
 * `packages/*` finds them (a folder with a package.json), since the published packages live there
 * and nothing else does (layout.test.ts holds the layout to that).
 */
export const PUBLIC_PACKAGES: readonly string[] = readdirSync(packagesDir)
  .filter((name) => existsSync(join(packagesDir, name, "package.json")))
  .sort();

/** The fields of a public package's package.json that say what it ships. */
export interface PublicManifest {
  name: string;
  private?: boolean;
  exports: Record<string, unknown>;
  bin?: Record<string, string>;
  publishConfig?: { access?: string };
}

/** The package.json of the public package in packages/`name`. */
export function manifestOf(name: string): PublicManifest {
  return JSON.parse(readFileSync(join(packagesDir, name, "package.json"), "utf8"));
}

/**
 * The subpaths each public package exports besides "." (and "./package.json"), as its
 * package.json declares them: checked like "." wherever it is.
 */
export const SUBPATH_EXPORTS: Record<string, readonly string[]> = Object.fromEntries(
  PUBLIC_PACKAGES.map((name) => [
    name,
    Object.keys(manifestOf(name).exports).filter((key) => key !== "." && key !== "./package.json"),
  ]),
);

/**
 * What a public package's tarball holds, sorted: LICENSE, README.md, package.json, the
 * command-line programs its package.json declares and, for "." and each subpath export, the ESM
 * and CommonJS builds with their declarations.
 */
export function publishedFiles(name: string): string[] {
  const entries = ["index", ...(SUBPATH_EXPORTS[name] ?? []).map((subpath) => subpath.slice(2))];
  const built = entries.flatMap((entry) =>
    ["cjs", "d.cts", "d.mts", "mjs"].map((extension) => `dist/${entry}.${extension}`),
  );
  const bins = Object.values(manifestOf(name).bin ?? {}).map((bin) => bin.replace(/^\.\//, ""));
  return ["LICENSE", "README.md", ...bins, ...built, "package.json"].sort();
}

/**
 * Packs every public package with pnpm, as `pnpm publish` would (workspace ranges replaced by
 * versions), into `destination` or a new folder. Returns each package's tarball path.
 */
export async function packPublicPackages(destination?: string): Promise<Record<string, string>> {
  const dir = destination ?? (await mkdtemp(join(tmpdir(), "composio-packs-")));
  await mkdir(dir, { recursive: true });
  const entries = await Promise.all(
    PUBLIC_PACKAGES.map(async (name) => {
      const { stdout } = await run("pnpm", ["pack", "--json", "--pack-destination", dir], {
        cwd: join(packagesDir, name),
      });
      return [name, JSON.parse(stdout).filename as string] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<string, string>;
}

/**
 * Installs `specs` (tarball paths or registry specs) with npm into a new project outside the
 * workspace, so that nothing resolves to a workspace link. Returns the project's folder.
 */
export async function installIntoNewProject(
  specs: readonly string[],
  { dir, type }: { dir?: string; type?: "module" } = {},
): Promise<string> {
  const project = dir ?? (await mkdtemp(join(tmpdir(), "composio-project-")));
  await mkdir(project, { recursive: true });
  const manifest = { name: "composio-client-consumer", private: true, ...(type ? { type } : {}) };
  await writeFile(join(project, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  await run(
    "npm",
    ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error", ...specs],
    { cwd: project, env: withoutPackageManagerConfig(process.env), maxBuffer: 16 << 20 },
  );
  return project;
}

// pnpm passes its own settings to scripts as npm_config_*; npm must not inherit them.
function withoutPackageManagerConfig(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^npm_/i.test(key)));
}
