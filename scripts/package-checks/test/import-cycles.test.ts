// No module of a published package imports itself through others, type-only imports included:
// a reader can follow any module's imports to the end, and bundlers never meet a cycle.
import { fileURLToPath } from "node:url";
import madge from "madge";
import { describe, expect, it } from "vitest";
import { PUBLIC } from "./tarballs";

const packages = fileURLToPath(new URL("../../../packages/", import.meta.url));

describe.each(PUBLIC)("the sources of %s", (name) => {
  it("import one another without a cycle", async () => {
    const graph = await madge(`${packages}${name}/src`, {
      fileExtensions: ["ts"],
      tsConfig: `${packages}${name}/tsconfig.json`,
      detectiveOptions: { ts: { skipTypeImports: false } },
    });
    // Every module of the package is in the graph: a relative import that failed to resolve
    // would hide a cycle. Other packages are left out (turbo refuses cycles between packages).
    expect(graph.warnings().skipped.filter((path) => path.startsWith("."))).toEqual([]);
    expect(graph.circular()).toEqual([]);
  });
});

it("finds a cycle where there is one", async () => {
  const fixture = fileURLToPath(new URL("./fixtures/cycle", import.meta.url));
  const graph = await madge(fixture, {
    fileExtensions: ["ts"],
    detectiveOptions: { ts: { skipTypeImports: false } },
  });
  expect(graph.circular()).toEqual([["a.ts", "b.ts"]]);
});
