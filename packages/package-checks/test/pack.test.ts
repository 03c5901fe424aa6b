import { beforeAll, describe, expect, it } from "vitest";
import { expectedTarballFiles, PUBLIC, packPublicPackages, run } from "./tarballs";

let tarballs: Record<string, string>;
beforeAll(async () => {
  tarballs = await packPublicPackages();
}, 600_000);

async function entries(name: string): Promise<string[]> {
  const { stdout } = await run("tar", ["-tzf", tarballs[name] as string]);
  return stdout.trim().split("\n").sort();
}

describe.each(PUBLIC)("pnpm pack of %s", (name) => {
  it("holds the ESM and CommonJS builds with their types, the README and the license, nothing else", async () => {
    expect(await entries(name)).toEqual(expectedTarballFiles(name).map((f) => `package/${f}`));
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
