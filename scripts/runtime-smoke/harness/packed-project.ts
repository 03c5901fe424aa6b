import { cp, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { installIntoNewProject, packPublicPackages } from "@composio-client/package-checks/packed";

const smokeSources = fileURLToPath(new URL("../src/", import.meta.url));

/**
 * Packs the public packages as they would be published and installs the tarballs with npm into
 * `<dir>/project`, a project outside the workspace, so nothing resolves to a workspace link
 * (openapi-fetch comes from the registry, as it would for a user). The smoke program's sources
 * are copied into its `src/`. Returns the project's path.
 */
export async function createPackedProject(dir: string): Promise<string> {
  const tarballs = await packPublicPackages(join(dir, "tarballs"));
  const project = join(dir, "project");
  await mkdir(project, { recursive: true });
  await installIntoNewProject(Object.values(tarballs), { dir: project, type: "module" });
  await cp(smokeSources, join(project, "src"), { recursive: true });
  return project;
}
