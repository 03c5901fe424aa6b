// What the wrappers re-export from core is listed once, in core's src/common.ts: core's entry and
// each wrapper's `export *` it. This holds them to it, types included (read with the compiler):
// a wrapper that misses one of them, or re-exports anything else of core's beside them, fails.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { packagesDir } from "./tarballs";

// The packages users install on their own, so each re-exports the errors and core types.
const WRAPPERS = ["tools", "tool-router"];

const core = (file: string) => join(packagesDir, "core/src", file);
const entry = (name: string) => join(packagesDir, name, "src/index.ts");
// Core from its sources, so that the wrappers' re-exports and core's own exports are the same
// declarations (through node_modules they would be core's built .d.mts files).
const program = ts.createProgram([core("common.ts"), ...WRAPPERS.map(entry)], {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ES2022,
  noEmit: true,
  skipLibCheck: true,
  types: [],
  paths: {
    "@composio-client/core": [core("index.ts")],
    "@composio-client/core/common": [core("common.ts")],
    "@composio-client/core/internal": [core("internal/index.ts")],
  },
});
const checker = program.getTypeChecker();

/** Each export of `file` by name, resolved through re-exports to what it finally names. */
function exportsOf(file: string): Map<string, ts.Symbol> {
  const source = program.getSourceFile(file);
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error(`${file} is not a module of the program`);
  return new Map(
    checker.getExportsOfModule(module).map((symbol) => {
      const target =
        symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return [symbol.name, target];
    }),
  );
}

const common = exportsOf(core("common.ts"));
const coreExports = exportsOf(core("index.ts"));

it("core's shared list holds the errors, createComposioClient and the core types", () => {
  expect([...common.keys()]).toEqual(
    expect.arrayContaining(["ComposioError", "ToolExecutionError", "createComposioClient"]),
  );
  for (const [name, symbol] of common) expect(coreExports.get(name), name).toBe(symbol);
});

describe.each(WRAPPERS)("@composio-client/%s", (name) => {
  const wrapper = exportsOf(entry(name));

  it("re-exports every entry of core's shared list", () => {
    const missing = [...common].filter(([key, symbol]) => wrapper.get(key) !== symbol);
    expect(missing.map(([key]) => key)).toEqual([]);
  });

  it("re-exports nothing else of core's", () => {
    const fromCore = new Set(coreExports.values());
    const extra = [...wrapper]
      .filter(([key, symbol]) => fromCore.has(symbol) && common.get(key) !== symbol)
      .map(([key]) => key);
    expect(extra).toEqual([]);
  });
});

// Each entry a module imports is one more package resolution at start-up, the largest part of a
// cold import: the wrappers load core through the two entries they need, and no third.
describe.each(WRAPPERS)("the build of @composio-client/%s", (name) => {
  it("loads core at run time through its common and internal entries only", async () => {
    const built = await readFile(join(packagesDir, name, "dist/index.mjs"), "utf8");
    const specifiers = [...built.matchAll(/^(?:import|export)\s[^;]*?from\s*"([^"]+)"/gm)].map(
      ([, specifier]) => specifier,
    );
    expect(new Set(specifiers.filter((s) => s?.startsWith("@composio-client/core")))).toEqual(
      new Set(["@composio-client/core/common", "@composio-client/core/internal"]),
    );
  });
});
