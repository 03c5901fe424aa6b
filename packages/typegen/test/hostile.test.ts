// composio-typegen as users meet it: hostile and odd schemas, CommonJS projects, CI's --check.
// Each test runs the command (main) on real files, and loads what it wrote with Node.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readToolDefinitions, renderFiles } from "../src/index";
import { cli } from "./projects";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "typegen-hostile-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Writes `tools` as an --input file under `name`; returns its path. */
async function input(name: string, tools: unknown): Promise<string> {
  const file = join(dir, name);
  await mkdir(join(file, ".."), { recursive: true });
  await writeFile(file, typeof tools === "string" ? tools : JSON.stringify(tools));
  return file;
}

const tool = (slug: string, input_parameters: unknown = {}, extra: object = {}) => ({
  slug,
  version: "20250101_00",
  input_parameters,
  output_parameters: { type: "object", properties: { ok: { type: "boolean" } } },
  ...extra,
});

// Loads a generated module fresh, as a user's program would.
const requireFresh = createRequire(import.meta.url);
const importFresh = (file: string) => import(`${pathToFileURL(file).href}?${Math.random()}`);

describe("--check, on input it cannot fully follow", () => {
  const schema = {
    type: "object",
    properties: { a: { $ref: "#/$defs/missing" }, b: { type: "string" } },
  };

  it("says 'no changes' and exits 0 on unchanged input with a $ref to nothing", async () => {
    const file = await input("missing-ref/tools.json", [tool("T_MISSING", schema)]);
    const out = join(dir, "missing-ref/tools.d.ts");
    expect((await cli(["--input", file, "--out", out])).code).toBe(0);
    expect(await readFile(out, "utf8")).toContain(
      "a?: unknown /* $ref #/$defs/missing not found */",
    );
    expect(await cli(["--input", file, "--out", out, "--check"])).toEqual({
      code: 0,
      stdout: "No changes: the generated types match the tools' definitions.\n",
      stderr: "",
    });
  });

  it("still compares the rest of such a schema, and never calls the $ref non-local", async () => {
    const file = await input("missing-ref/tools.json", [tool("T_MISSING", schema)]);
    const out = join(dir, "missing-ref-2/tools.d.ts");
    await cli(["--input", file, "--out", out]);
    const { b: _, ...fewer } = schema.properties;
    const edited = await input("missing-ref/edited.json", [
      tool("T_MISSING", { ...schema, properties: fewer }),
    ]);
    const result = await cli(["--input", edited, "--out", out, "--check"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      "breaking (1):\n  T_MISSING arguments/properties/b: field `b` removed\n",
    );
  });

  it("is 'no changes' for a schema nested 20,000 levels deep, which it also generates", async () => {
    const depth = 20_000;
    // Built as text: JSON.stringify itself overflows the stack at this depth.
    const deep = `${'{"type":"object","properties":{"a":'.repeat(depth)}{"type":"string"}${"}}".repeat(depth)}`;
    const file = await input(
      "deep/tools.json",
      `[{"slug":"T_DEEP","version":"1","input_parameters":${deep},"output_parameters":${deep}}]`,
    );
    const out = join(dir, "deep/tools.d.ts");
    const generated = await cli(["--input", file, "--out", out]);
    expect(generated).toMatchObject({ code: 0, stderr: "" });
    expect(await readFile(out, "utf8")).toContain("unknown /* nested too deeply */");
    expect(await cli(["--input", file, "--out", out, "--check"])).toMatchObject({
      code: 0,
      stderr: "",
    });
    const changed = await input(
      "deep/changed.json",
      `[{"slug":"T_DEEP","version":"1","input_parameters":${deep.replace('"string"', '"number"')},"output_parameters":${deep}}]`,
    );
    expect(await cli(["--input", changed, "--out", out, "--check"])).toEqual({
      code: 1,
      stdout:
        "breaking (1):\n  T_DEEP arguments: changed, but could not be compared (nested too deeply)\n",
      stderr: "",
    });
  });

  it("refuses a schemas file whose tools are not an object by slug, instead of inventing changes", async () => {
    const file = await input("array-tools/tools.json", [tool("T_ONE")]);
    const out = join(dir, "array-tools/tools.d.ts");
    await writeFile(
      join(dir, "array-tools/tools.schemas.json"),
      JSON.stringify({ generator: "composio-typegen", source: "x", tools: [] }),
    );
    const result = await cli(["--input", file, "--out", out, "--check"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain('is not a composio-typegen schemas file: "tools" must be');
  });

  it("explains a missing schemas file instead of a raw ENOENT", async () => {
    const file = await input("no-schemas/tools.json", [tool("T_ONE")]);
    const result = await cli(["--input", file, "--out", join(dir, "no-schemas/x.d.ts"), "--check"]);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain("ENOENT");
    expect(result.stderr).toContain("run composio-typegen without --check first");
  });
});

describe("the versions module, in the format --versions-out asks for", () => {
  const tools = [tool("GMAIL_SEND_EMAIL"), tool("__proto__"), tool("constructor")];
  // Own keys, in slug order; `__proto__` among them, not the prototype.
  const expected = ["GMAIL_SEND_EMAIL", "__proto__", "constructor"].map((s) => [s, "20250101_00"]);

  async function generate(folder: string, versionsOut: string, packageType?: string) {
    const file = await input(`${folder}/tools.json`, tools);
    if (packageType) {
      await writeFile(join(dir, folder, "package.json"), JSON.stringify({ type: packageType }));
    }
    const result = await cli([
      "--input",
      file,
      "--out",
      join(dir, folder, "tools.d.ts"),
      "--versions-out",
      join(dir, folder, versionsOut),
    ]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    return join(dir, folder, versionsOut);
  }

  it(".cjs is CommonJS: require() loads it, __proto__ included, with .d.cts types beside", async () => {
    const file = await generate("cjs", "versions.cjs");
    const { composioToolVersions } = requireFresh(file);
    expect(Object.entries(composioToolVersions)).toEqual(expected);
    expect(Object.getPrototypeOf(composioToolVersions)).toBe(Object.prototype);
    expect(await readFile(join(dir, "cjs/versions.d.cts"), "utf8")).toContain(
      "export declare const composioToolVersions: Readonly<Record<string, string>>;",
    );
  });

  it(".js follows the nearest package.json: CommonJS in a CommonJS package", async () => {
    const file = await generate("js-commonjs", "versions.js", "commonjs");
    expect(Object.entries(requireFresh(file).composioToolVersions)).toEqual(expected);
    expect(existsSync(join(dir, "js-commonjs/versions.d.ts"))).toBe(true);
  });

  it(".js follows the nearest package.json: an ES module in a module package", async () => {
    const file = await generate("js-module", "versions.js", "module");
    expect(await readFile(file, "utf8")).toContain("export const composioToolVersions");
    const { composioToolVersions } = await importFresh(file);
    expect(Object.entries(composioToolVersions)).toEqual(expected);
  });

  it(".mjs is an ES module, with .d.mts types beside", async () => {
    const file = await generate("mjs", "versions.mjs");
    const { composioToolVersions } = await importFresh(file);
    expect(Object.entries(composioToolVersions)).toEqual(expected);
    expect(existsSync(join(dir, "mjs/versions.d.mts"))).toBe(true);
  });

  it("refuses any other extension, such as .json, and writes nothing", async () => {
    const file = await input("json/tools.json", tools);
    const out = join(dir, "json/tools.d.ts");
    const versions = join(dir, "json/v.json");
    const result = await cli(["--input", file, "--out", out, "--versions-out", versions]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `--versions-out ${versions}: the versions module is code, so its extension must be .ts, .mts, .cts, .js, .mjs or .cjs (got .json).`,
    );
    expect(existsSync(out)).toBe(false);
    expect(existsSync(versions)).toBe(false);
  });
});

describe("text from the input never becomes code", () => {
  // Each line terminator JavaScript knows, followed by code that must stay in the comment.
  const payloads = ["\n", "\r", "\u2028", "\u2029"].map(
    (terminator) => `${terminator}globalThis.typegenInjected = 1;//`,
  );

  it.each(payloads)("an --input path holding %j", async (payload) => {
    const folder = `inject-${payloads.indexOf(payload)}`;
    const file = await input(`${folder}/tools${payload}.json`, [tool("T_ONE")]);
    const versions = join(dir, folder, "versions.mjs");
    const out = join(dir, folder, "tools.d.ts");
    expect((await cli(["--input", file, "--out", out, "--versions-out", versions])).code).toBe(0);
    await importFresh(versions);
    expect((globalThis as { typegenInjected?: number }).typegenInjected).toBeUndefined();
  });

  it.each(payloads)("a --toolkit name holding %j, in every module format", async (payload) => {
    const { tools } = readToolDefinitions([tool("T_ONE")]);
    const source = `Composio's API (--toolkit github${payload})`;
    for (const format of ["js", "cjs"] as const) {
      const folder = join(dir, `toolkit-${payloads.indexOf(payload)}-${format}`);
      await mkdir(folder, { recursive: true });
      const file = join(folder, format === "js" ? "versions.mjs" : "versions.cjs");
      await writeFile(file, renderFiles(tools, { source, versionsFormat: format }).versions);
      if (format === "js") await importFresh(file);
      else requireFresh(file);
      expect((globalThis as { typegenInjected?: number }).typegenInjected).toBeUndefined();
    }
    // The header and every comment of the declarations stay on their lines too.
    const { declarations } = renderFiles(tools, { source });
    expect(declarations.split("\n")[0]).toBe(
      `// Generated by composio-typegen from Composio's API (--toolkit github globalThis.typegenInjected = 1;//).`,
    );
  });

  it("a $ref holding a line break or */ stays inside its comment", async () => {
    const schema = {
      type: "object",
      properties: {
        a: { $ref: "#/$defs/x\n@ts-expect-error" },
        b: { $ref: "#/$defs/y*/ export const x = 1; /*" },
        c: { $ref: "#/$defs/z\u2028declare const injected: 1;" },
      },
    };
    const { declarations } = renderFiles(readToolDefinitions([tool("T_REF", schema)]).tools, {
      source: "test",
    });
    expect(declarations).toContain("a?: unknown /* $ref #/$defs/x @ts-expect-error not found */;");
    expect(declarations).toContain(
      "b?: unknown /* $ref #/$defs/y*\\/ export const x = 1; /* not found */;",
    );
    expect(declarations).not.toMatch(/[\r\u2028\u2029]/);
  });
});

describe("no schema makes a run fail", () => {
  it("a $ref with a malformed percent-escape becomes unknown with a comment", async () => {
    const schema = { type: "object", properties: { a: { $ref: "#/$defs/%" } } };
    const file = await input("percent/tools.json", [tool("T_PERCENT", schema)]);
    const out = join(dir, "percent/tools.d.ts");
    expect(await cli(["--input", file, "--out", out])).toMatchObject({ code: 0, stderr: "" });
    expect(await readFile(out, "utf8")).toContain(
      "a?: unknown /* $ref #/$defs/% is not a valid JSON pointer */;",
    );
    expect((await cli(["--input", file, "--out", out, "--check"])).code).toBe(0);
  });
});

describe("the command line says what is wrong", () => {
  it("refuses input with no valid tools, and writes nothing", async () => {
    const file = await input("none/tools.json", [{ name: "no slug" }]);
    const out = join(dir, "none/tools.d.ts");
    const result = await cli(["--input", file, "--out", out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("no tools found in --input");
    expect(existsSync(out)).toBe(false);
  });

  it("warns when a slug is defined twice, differently", async () => {
    const file = await input("dupes/tools.json", [
      tool("T_TWICE", { type: "object" }),
      tool("T_TWICE", { type: "object", properties: { a: { type: "string" } } }),
      tool("T_SAME"),
      tool("T_SAME"),
    ]);
    const result = await cli(["--input", file, "--out", join(dir, "dupes/tools.d.ts")]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      "Slug T_TWICE is defined more than once, differently: the last definition is used.\n",
    );
    expect(result.stdout).toMatch(/^Typed 2 tools: /);
  });

  it("names the conflict of --input with --tool", async () => {
    const result = await cli(["--input", "x.json", "--tool", "T", "--out", "x.d.ts"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^composio-typegen: Give --input \(tools from a file\) or --toolkit\/--tool \(tools from Composio\), not both\.\n/,
    );
  });

  it("without a key, names COMPOSIO_API_KEY and no option the command lacks", async () => {
    const result = await cli(["--toolkit", "github", "--out", join(dir, "nokey/x.d.ts")]);
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "composio-typegen: set COMPOSIO_API_KEY to read tools from Composio, or pass --input tools.json.\n",
    });
  });
});
