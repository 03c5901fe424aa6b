import { execFile } from "node:child_process";
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

export const run = promisify(execFile);
export const packagesDir = fileURLToPath(new URL("../../", import.meta.url));
/** The packages published to npm, by folder. */
export const PUBLIC = ["api-types", "core", "tools", "tool-router"] as const;

/** Packs every public package with pnpm (as `pnpm publish` would) into a new folder. */
export async function packAll(): Promise<{ dir: string; tarballs: Record<string, string> }> {
  const dir = await mkdtemp(join(tmpdir(), "composio-packs-"));
  await Promise.all(
    PUBLIC.map((name) =>
      run("pnpm", ["pack", "--pack-destination", dir], { cwd: join(packagesDir, name) }),
    ),
  );
  const files = await readdir(dir);
  const tarballs: Record<string, string> = {};
  for (const name of PUBLIC) {
    const file = files.find((f) => f.startsWith(`composio-client-${name}-`));
    if (!file) throw new Error(`pnpm pack wrote no tarball for ${name}`);
    tarballs[name] = join(dir, file);
  }
  return { dir, tarballs };
}
