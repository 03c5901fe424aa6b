// Bytes on disk (apparent file sizes) of what `npm install` puts in node_modules.
import { execFile } from "node:child_process";
import { mkdtemp, readdir, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

async function sizeOf(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const entry of await readdir(path)) total += await sizeOf(join(path, entry));
  return total;
}

/**
 * Installs `specs` (registry specs or tarball paths) into a new project; returns the project
 * and the bytes of its node_modules.
 */
export async function install(
  specs: readonly string[],
): Promise<{ project: string; bytes: number }> {
  const project = await mkdtemp(join(tmpdir(), "composio-bench-install-"));
  await writeFile(join(project, "package.json"), JSON.stringify({ name: "bench", private: true }));
  await run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", ...specs], {
    cwd: project,
    maxBuffer: 16 * 1024 * 1024,
  });
  return { project, bytes: await sizeOf(join(project, "node_modules")) };
}

/** Packs our public packages with pnpm, as they would be published. */
export async function packOurs(packagesDir: string): Promise<string[]> {
  const destination = await mkdtemp(join(tmpdir(), "composio-bench-packs-"));
  for (const name of ["api-types", "core", "tools", "tool-router"]) {
    await run("pnpm", ["pack", "--pack-destination", destination], {
      cwd: join(packagesDir, name),
    });
  }
  return (await readdir(destination)).map((file) => join(destination, file));
}
