import { beforeAll, describe, expect, it } from "vitest";
import { PUBLIC, packedTarballs, run, shippedFiles } from "./tarballs";

let tarballs: Record<string, string>;
beforeAll(async () => {
  tarballs = packedTarballs();
}, 600_000);

async function entries(name: string): Promise<string[]> {
  const { stdout } = await run("tar", ["-tzf", tarballs[name] as string]);
  return stdout.trim().split("\n").sort();
}

// The package.json inside the tarball, as npm users get it.
async function packedManifest(name: string) {
  const { stdout } = await run("tar", ["-xzOf", tarballs[name] as string, "package/package.json"]);
  return JSON.parse(stdout);
}

describe.each(PUBLIC)("pnpm pack of %s", (name) => {
  it("holds the ESM and CommonJS builds with their types, the README and the license, nothing else", async () => {
    const { expected, actual } = shippedFiles(
      name,
      (await entries(name)).map((file) => file.replace(/^package\//, "")),
    );
    expect(actual).toEqual(expected);
  });

  // A module loaded with import() changes behaviour when it fails to download (a stale chunk
  // after a redeploy) or where import() is not allowed (a service worker): everything loads
  // with the entry instead.
  it("loads none of its own modules with import(), in ESM or CommonJS", async () => {
    const code = (await entries(name)).filter((file) => /\.(mjs|cjs|js)$/.test(file));
    expect(code.length).toBeGreaterThan(0);
    for (const file of code) {
      const { stdout } = await run("tar", ["-xzOf", tarballs[name] as string, file]);
      expect(stdout, file).not.toMatch(/\bimport\(\s*["'`]\.{1,2}\//);
      // What a CommonJS build turns `import("./x")` into.
      expect(stdout, file).not.toMatch(/\.then\(\s*\(\)\s*=>\s*(__toESM\()?require\(\s*["'`]\./);
    }
  });

  it("depends on our packages by version, not through the workspace protocol", async () => {
    const manifest = await packedManifest(name);
    expect(JSON.stringify(manifest.dependencies ?? {})).not.toContain("workspace:");
    // typegen's command needs node:util's parseArgs, from Node 18.3.
    expect(manifest.engines).toEqual({ node: name === "typegen" ? ">=18.3" : ">=18" });
    expect(manifest.sideEffects).toBe(false);
  });

  // .pnpmfile.cjs drops them while packing; the package.json on disk keeps them for development.
  it("keeps only what users need in its package.json: no scripts, no devDependencies", async () => {
    const manifest = await packedManifest(name);
    expect(manifest.scripts).toBeUndefined();
    expect(manifest.devDependencies).toBeUndefined();
    expect(manifest.name).toBe(`@composio-client/${name}`);
    expect(manifest.exports).toBeDefined();
  });
});
