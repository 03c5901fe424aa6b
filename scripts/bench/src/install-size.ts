// Bytes on disk (apparent file sizes) of what `npm install` puts in node_modules.
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { installIntoNewProject } from "@composio-client/package-checks/packed";

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
  const project = await installIntoNewProject(specs);
  return { project, bytes: await sizeOf(join(project, "node_modules")) };
}
