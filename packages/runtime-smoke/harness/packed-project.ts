import { execFile } from "node:child_process";
import { cp, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const packagesDir = fileURLToPath(new URL("../../", import.meta.url));
const smokeSources = fileURLToPath(new URL("../src/", import.meta.url));
export const PUBLIC_PACKAGES = ["api-types", "core", "tools", "tool-router"];

/**
 * Packs the public packages as they would be published and installs the tarballs with npm into
 * `<dir>/project`, a project outside the workspace, so nothing resolves to a workspace link.
 * The smoke program's sources are copied into its `src/`. Returns the project's path.
 */
export async function createPackedProject(dir: string): Promise<string> {
  const tarballs = join(dir, "tarballs");
  const project = join(dir, "project");
  await mkdir(tarballs, { recursive: true });
  await mkdir(project, { recursive: true });
  const dependencies: Record<string, string> = {};
  for (const name of PUBLIC_PACKAGES) {
    const { stdout } = await run("pnpm", ["pack", "--json", "--pack-destination", tarballs], {
      cwd: join(packagesDir, name),
    });
    dependencies[`@composio-client/${name}`] = `file:${JSON.parse(stdout).filename}`;
  }
  const manifest = { name: "runtime-smoke-project", private: true, type: "module", dependencies };
  await writeFile(join(project, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  // openapi-fetch comes from the registry, as it would for a user.
  await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], {
    cwd: project,
    env: withoutPackageManagerConfig(process.env),
  });
  await cp(smokeSources, join(project, "src"), { recursive: true });
  return project;
}

// pnpm passes its own settings to scripts as npm_config_*; npm must not inherit them.
function withoutPackageManagerConfig(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^npm_/i.test(key)));
}
