import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { createComposioClient } from "@composio-client/core";
import { compareTools, formatChanges } from "./check";
import { fetchToolDefinitions } from "./fetch";
import { renderFiles, type SchemasFile, type VersionsFormat } from "./render";
import { duplicateSlugs, isObject, readToolDefinitions, type ToolDefinition } from "./tools";

const USAGE = `Usage:
  composio-typegen --toolkit github [--toolkit gmail] [--tool SLUG ...] --out src/composio-tools.d.ts
  composio-typegen --input tools.json --out src/composio-tools.d.ts
  composio-typegen ... --out src/composio-tools.d.ts --check

Writes the ToolRegistry declaration (--out), the pinned versions module (--versions-out, default
<out>.versions.ts) and the schemas it was made from (--schemas-out, default <out>.schemas.json).
The versions module's extension sets its format: .ts, .mts, .cts (TypeScript), .mjs (ES module),
.cjs (CommonJS), .js (as the nearest package.json's "type" says), with .d.ts types beside .js.
--check writes nothing: it compares the schemas file with the tools' current definitions, prints
each change as breaking, additive or docs, and exits 1 if there is any.
Reading from Composio uses COMPOSIO_API_KEY (and COMPOSIO_BASE_URL, or --base-url).
`;

/** Where the CLI reads and writes; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
}

const defaultIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
};

/** Runs the CLI with `argv` (without node and the script); resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const { values } = args;
  const fromApi = (values.toolkit?.length ?? 0) + (values.tool?.length ?? 0) > 0;
  const mistake = !values.out
    ? "Give --out: where to write the ToolRegistry declaration (src/composio-tools.d.ts)."
    : fromApi && values.input
      ? "Give --input (tools from a file) or --toolkit/--tool (tools from Composio), not both."
      : !fromApi && !values.input
        ? "Give --input (tools from a file) or --toolkit/--tool (tools from Composio)."
        : undefined;
  if (mistake || !values.out) {
    io.stderr(`composio-typegen: ${mistake}\n\n${USAGE}`);
    return 2;
  }
  if (fromApi && !io.env.COMPOSIO_API_KEY) {
    // The core client's own message would say to pass `apiKey`, which this command has no flag for.
    io.stderr(
      "composio-typegen: set COMPOSIO_API_KEY to read tools from Composio, or pass --input tools.json.\n",
    );
    return 2;
  }
  const base = values.out.replace(/(\.d)?\.[cm]?ts$/, "");
  const versionsOut = values["versions-out"] ?? `${base}.versions.ts`;
  const schemasOut = values["schemas-out"] ?? `${base}.schemas.json`;
  try {
    const versions = await versionsModule(versionsOut);
    const source = values.input
      ? `--input ${values.input}`
      : `Composio's API (${[
          ...(values.toolkit ?? []).map((t) => `--toolkit ${t}`),
          ...(values.tool ?? []).map((t) => `--tool ${t}`),
        ].join(" ")})`;
    const tools = values.input
      ? await readInput(values.input, io)
      : await fetchToolDefinitions(
          createComposioClient({
            baseUrl: values["base-url"] ?? io.env.COMPOSIO_BASE_URL,
            apiKey: io.env.COMPOSIO_API_KEY,
          }),
          { toolkits: values.toolkit, tools: values.tool },
        );
    for (const slug of duplicateSlugs(tools)) {
      io.stderr(
        `Slug ${slug} is defined more than once, differently: the last definition is used.\n`,
      );
    }
    if (values.check) {
      const changes = compareTools(await readSchemasFile(schemasOut), tools);
      io.stdout(formatChanges(changes));
      return changes.length > 0 ? 1 : 0;
    }
    if (tools.length === 0) {
      io.stderr(`composio-typegen: no tools found in ${source}; nothing written.\n`);
      return 2;
    }
    const files = renderFiles(tools, { source, versionsFormat: versions.format });
    await write(values.out, files.declarations);
    await write(versionsOut, files.versions);
    if (versions.types && files.versionsDeclarations !== undefined) {
      await write(versions.types, files.versionsDeclarations);
    }
    await write(schemasOut, files.schemas);
    const written = [values.out, versionsOut, versions.types, schemasOut].filter(Boolean);
    const count = new Set(tools.map((tool) => tool.slug)).size;
    io.stdout(`Typed ${count} tool${count === 1 ? "" : "s"}: ${written.join(", ")}\n`);
    return 0;
  } catch (error) {
    io.stderr(`composio-typegen: ${errorMessage(error)}\n`);
    return 2;
  }
}

function errorMessage(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return "an unprintable error";
  }
}

/**
 * The versions module's format, from the extension of `file`, and for JavaScript the
 * declarations file to write beside it. `.js` is CommonJS unless the nearest package.json says
 * `"type": "module"`, as Node reads it.
 */
async function versionsModule(
  file: string,
): Promise<{ format: VersionsFormat; types: string | undefined }> {
  const extension = /\.[^./\\]+$/.exec(file)?.[0] ?? "";
  const stem = file.slice(0, file.length - extension.length);
  switch (extension) {
    case ".ts":
    case ".mts":
    case ".cts":
      return { format: "ts", types: undefined };
    case ".mjs":
      return { format: "js", types: `${stem}.d.mts` };
    case ".cjs":
      return { format: "cjs", types: `${stem}.d.cts` };
    case ".js":
      return {
        format: (await packageType(dirname(resolve(file)))) === "module" ? "js" : "cjs",
        types: `${stem}.d.ts`,
      };
    default:
      throw new Error(
        `--versions-out ${file}: the versions module is code, so its extension must be .ts, .mts, .cts, .js, .mjs or .cjs (got ${extension || "none"}).`,
      );
  }
}

/** The `type` of the package.json nearest to `dir`, as Node finds it. */
async function packageType(dir: string): Promise<unknown> {
  for (let current = dir; ; current = dirname(current)) {
    const text = await readFile(join(current, "package.json"), "utf8").catch(() => undefined);
    if (text !== undefined) {
      try {
        const manifest: unknown = JSON.parse(text);
        return isObject(manifest) ? manifest.type : undefined;
      } catch {
        throw new Error(
          `${join(current, "package.json")} is not JSON: cannot tell whether .js is CommonJS or an ES module.`,
        );
      }
    }
    if (dirname(current) === current) return undefined;
  }
}

async function readSchemasFile(file: string): Promise<SchemasFile> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new Error(
      code === "ENOENT"
        ? `--check compares with the schemas file ${file}, which does not exist: run composio-typegen without --check first, or pass --schemas-out.`
        : `cannot read the schemas file ${file}: ${errorMessage(error)}`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not JSON: ${errorMessage(error)}`);
  }
  if (!isObject(value) || !isObject(value.tools)) {
    throw new Error(
      `${file} is not a composio-typegen schemas file: "tools" must be an object of tools by slug.`,
    );
  }
  return value as unknown as SchemasFile;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    options: {
      toolkit: { type: "string", multiple: true },
      tool: { type: "string", multiple: true },
      input: { type: "string" },
      out: { type: "string" },
      "versions-out": { type: "string" },
      "schemas-out": { type: "string" },
      "base-url": { type: "string" },
      check: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}

async function readInput(file: string, io: CliIo): Promise<ToolDefinition[]> {
  const text = await readFile(file, "utf8");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not JSON: ${errorMessage(error)}`);
  }
  const { tools, skipped } = readToolDefinitions(value);
  for (const reason of skipped) io.stderr(`Skipped ${reason}.\n`);
  return tools;
}

async function write(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
}
