// CONTRIBUTING.md maps each source file of a published package to the tests that cover it. This
// keeps the map from rotting: a new source file must be given a row, and every file a row names
// must still exist.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PUBLIC, packagesDir } from "./tarballs";

const root = join(packagesDir, "..");
const SECTION = "## Which tests cover which source";

/** Each package's rows: the sources of a row and its tests, as written (backticked paths). */
let map: Map<string, { sources: string[]; tests: string[] }[]>;
beforeAll(async () => {
  const contributing = await readFile(join(root, "CONTRIBUTING.md"), "utf8");
  const start = contributing.indexOf(`\n${SECTION}\n`);
  expect(start, `CONTRIBUTING.md has a "${SECTION}" section`).toBeGreaterThanOrEqual(0);
  const section = contributing.slice(start + 1).split(/\n## /)[0] ?? "";
  map = new Map();
  let rows: { sources: string[]; tests: string[] }[] = [];
  const paths = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? "");
  for (const line of section.split("\n")) {
    const heading = /^### `packages\/([\w-]+)`$/.exec(line);
    if (heading?.[1]) {
      rows = [];
      map.set(heading[1], rows);
    }
    // A table row, but not the header or the separator.
    const cells = /^\| (.+) \| (.+) \|$/.exec(line);
    if (cells?.[1] && cells[2] && !/^(-+|source)\s*$/.test(cells[1])) {
      rows.push({ sources: paths(cells[1]), tests: paths(cells[2]) });
    }
  }
});

/** The source files of a package: everything under src/ but its READMEs. */
async function sourcesOf(name: string): Promise<string[]> {
  const dir = join(packagesDir, name);
  const files = await readdir(join(dir, "src"), { recursive: true, withFileTypes: true });
  return files
    .filter((file) => file.isFile() && !file.name.endsWith(".md"))
    .map((file) => relative(dir, join(file.parentPath, file.name)))
    .sort();
}

describe.each(PUBLIC)("CONTRIBUTING's map of packages/%s", (name) => {
  it("names every source file once", async () => {
    const rows = map.get(name);
    expect(rows, `a "### \`packages/${name}\`" table`).toBeDefined();
    const listed = (rows ?? []).flatMap((row) => row.sources);
    expect([...listed].sort()).toEqual(await sourcesOf(name));
  });

  it("names for each an existing test", () => {
    for (const { sources, tests } of map.get(name) ?? []) {
      expect(tests.length, `tests of ${sources}`).toBeGreaterThan(0);
      for (const test of tests) {
        // test/... is the package's own; other paths start at the repository root.
        const path = test.startsWith("test/") ? join(packagesDir, name, test) : join(root, test);
        expect(existsSync(path), `${test} (for ${sources})`).toBe(true);
      }
    }
  });
});
