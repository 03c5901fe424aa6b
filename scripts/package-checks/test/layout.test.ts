// The published/private split: packages/ holds exactly the published packages and scripts/ the
// private tooling. The list of public packages is read from packages/ (src/packed.ts), so this
// test is what keeps that list true, and the README's package table in step with it.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { manifestOf } from "../src/packed";
import { PUBLIC, packagesDir, run } from "./tarballs";

const root = join(packagesDir, "..");
let workspace: { path: string; private: boolean }[];
beforeAll(async () => {
  const { stdout } = await run("pnpm", ["ls", "--recursive", "--depth", "-1", "--json"], {
    cwd: root,
  });
  // The root project is not a workspace package.
  workspace = JSON.parse(stdout).filter((entry: { path: string }) => relative(root, entry.path));
}, 60_000);

describe.each(PUBLIC)("packages/%s", (name) => {
  it("is published: not private, public access, named after its folder", () => {
    const manifest = manifestOf(name);
    expect(manifest.name).toBe(`@composio-client/${name}`);
    expect(manifest.private).toBeUndefined();
    expect(manifest.publishConfig?.access).toBe("public");
  });
});

it("has every public workspace package in packages/, and every private one in scripts/ or spec/", () => {
  const where = (entry: { path: string }) => relative(root, entry.path);
  expect(workspace.filter((entry) => !entry.private).map(where)).toEqual(
    PUBLIC.map((name) => `packages/${name}`),
  );
  const misplaced = workspace
    .filter((entry) => entry.private)
    .map(where)
    .filter((dir) => dir !== "spec" && !/^scripts\/[^/]+$/.test(dir));
  expect(misplaced).toEqual([]);
});

it("lists the published packages, and only those, in the README's package table", async () => {
  const readme = await readFile(join(root, "README.md"), "utf8");
  const rows = readme.matchAll(/^\| \[`@composio-client\/([\w-]+)`\]\(packages\/([\w-]+)\)/gm);
  const linked = [...rows].map(([, name, folder]) => {
    expect(folder).toBe(name);
    return name;
  });
  expect(linked.sort()).toEqual(PUBLIC);
});

// turbo builds a package before a task only if the task's package depends on it. Whatever packs
// or documents all the public packages must therefore list every one of them, or it may read a
// half-built dist/ (CI once packed @composio-client/ai while it was being built).
it("has every public package as a dependency of each private package that reads them all", () => {
  const manifests = workspace.map((entry) => ({
    dir: relative(root, entry.path),
    ...(JSON.parse(readFileSync(join(entry.path, "package.json"), "utf8")) as {
      name: string;
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    }),
  }));
  const packers = manifests.filter(
    (manifest) =>
      manifest.name === "@composio-client/package-checks" ||
      // TypeDoc documents packages/* (typedoc.json).
      manifest.name === "@composio-client/api-docs" ||
      manifest.devDependencies?.["@composio-client/package-checks"] !== undefined,
  );
  expect(packers.length).toBeGreaterThan(2);
  for (const manifest of packers) {
    const declared = { ...manifest.dependencies, ...manifest.devDependencies };
    const missing = PUBLIC.filter((name) => declared[`@composio-client/${name}`] !== "workspace:*");
    expect(missing, manifest.dir).toEqual([]);
  }
});
