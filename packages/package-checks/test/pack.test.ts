import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const packagesDir = fileURLToPath(new URL("../../", import.meta.url));
const PUBLIC = ["api-types", "core", "tools", "tool-router"];

describe.each(PUBLIC)("pnpm pack of %s", (name) => {
  it("holds the built ESM and CommonJS entry points with their types, and nothing else", async () => {
    const destination = await mkdtemp(join(tmpdir(), `pack-${name}-`));
    const { stdout } = await run("pnpm", ["pack", "--json", "--pack-destination", destination], {
      cwd: join(packagesDir, name),
    });
    const files = (JSON.parse(stdout).files as { path: string }[]).map((f) => f.path).sort();
    expect(files).toEqual([
      "dist/index.cjs",
      "dist/index.d.cts",
      "dist/index.d.mts",
      "dist/index.mjs",
      "package.json",
    ]);
  }, 60_000);
});

describe("the built packages", () => {
  it("import as ESM and require as CommonJS with the same exports", async () => {
    const { createRequire } = await import("node:module");
    const require = createRequire(import.meta.url);
    for (const name of ["core", "tools", "tool-router"]) {
      const esm = await import(`@composio-client/${name}`);
      const cjs = require(`@composio-client/${name}`);
      expect(Object.keys(esm).sort()).toEqual(Object.keys(cjs).sort());
    }
    const tools = await import("@composio-client/tools");
    expect(typeof tools.createToolsClient).toBe("function");
    expect(
      new tools.RateLimitError({ status: 429, message: "m", headers: new Headers(), body: null }),
    ).toBeInstanceOf(tools.ComposioError);
  });
});
