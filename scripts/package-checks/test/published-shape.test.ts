// publint and "Are the types wrong?" on the tarballs exactly as pnpm packs them for npm.
import { createRequire } from "node:module";
import { join } from "node:path";
import { publint } from "publint";
import { beforeAll, describe, expect, it } from "vitest";
import { PUBLIC, packagesDir, packedTarballs, run, SUBPATH_EXPORTS } from "./tarballs";

// The CLI's package.json exports nothing; its bin entry is found from the package folder.
const attw = join(
  createRequire(import.meta.url).resolve("@arethetypeswrong/cli/package.json"),
  "../dist/index.js",
);
let tarballs: Record<string, string>;
beforeAll(async () => {
  tarballs = packedTarballs();
}, 600_000);

describe.each(PUBLIC)("%s as published", (name) => {
  it("has no publint problem, suggestions included", async () => {
    // publint packs the folder with pnpm itself, as `pnpm publish` would.
    const { messages } = await publint({
      pkgDir: join(packagesDir, name),
      pack: "pnpm",
      level: "suggestion",
      strict: true,
    });
    expect(messages).toEqual([]);
  });

  it("has no 'Are the types wrong?' problem in any module resolution", async () => {
    const { stdout } = await run(process.execPath, [
      attw,
      tarballs[name] as string,
      "--format",
      "json",
    ]).catch((error: { stdout: string }) => error);
    const report = JSON.parse(stdout);
    expect(report.problems).toEqual({});
    for (const entrypoint of [".", ...(SUBPATH_EXPORTS[name] ?? [])]) {
      const file = entrypoint === "." ? "index" : entrypoint.slice(2);
      const resolutions = Object.values(report.analysis.entrypoints[entrypoint].resolutions) as {
        resolution?: { fileName: string };
      }[];
      expect(
        resolutions.map((r) => r.resolution?.fileName.replace(/^.*\/dist\//, "dist/")),
        entrypoint,
      ).toEqual([
        `dist/${file}.d.cts`,
        `dist/${file}.d.cts`,
        `dist/${file}.d.mts`,
        `dist/${file}.d.mts`,
      ]);
    }
  });
});
