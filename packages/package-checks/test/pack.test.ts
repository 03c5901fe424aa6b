import { beforeAll, describe, expect, it } from "vitest";
import { PUBLIC, packPublicPackages, run } from "./tarballs";

let tarballs: Record<string, string>;
beforeAll(async () => {
  tarballs = await packPublicPackages();
}, 120_000);

async function entries(name: string): Promise<string[]> {
  const { stdout } = await run("tar", ["-tzf", tarballs[name] as string]);
  return stdout.trim().split("\n").sort();
}

// Entries besides `index`: core's `@composio-client/core/internal`, the wrappers' plumbing.
const EXTRA_ENTRIES: Record<string, string[]> = { core: ["internal"] };
// Code shared by two entries goes into a chunk named by rolldown, with a content hash.
const CHUNK = /^package\/dist\/[\w-]+-[\w-]{8}\.(cjs|mjs|d\.cts|d\.mts)$/;

describe.each(PUBLIC)("pnpm pack of %s", (name) => {
  it("holds the ESM and CommonJS builds with their types, the README and the license, nothing else", async () => {
    const files = await entries(name);
    const builds = ["index", ...(EXTRA_ENTRIES[name] ?? [])].flatMap((entry) =>
      ["cjs", "d.cts", "d.mts", "mjs"].map((ext) => `package/dist/${entry}.${ext}`),
    );
    expect(files.filter((file) => !CHUNK.test(file))).toEqual(
      ["package/LICENSE", "package/README.md", ...builds, "package/package.json"].sort(),
    );
  });

  it("depends on our packages by version, not through the workspace protocol", async () => {
    const { stdout } = await run("tar", [
      "-xzOf",
      tarballs[name] as string,
      "package/package.json",
    ]);
    const manifest = JSON.parse(stdout);
    expect(JSON.stringify(manifest.dependencies ?? {})).not.toContain("workspace:");
    expect(manifest.engines).toEqual({ node: ">=18" });
    expect(manifest.sideEffects).toBe(false);
  });
});
