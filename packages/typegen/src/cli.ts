import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { createComposioClient } from "@composio-client/core";
import { compareTools, formatChanges } from "./check";
import { fetchToolDefinitions } from "./fetch";
import { renderFiles, type SchemasFile } from "./render";
import { readToolDefinitions, type ToolDefinition } from "./tools";

const USAGE = `Usage:
  composio-typegen --toolkit github [--toolkit gmail] [--tool SLUG ...] --out src/composio-tools.d.ts
  composio-typegen --input tools.json --out src/composio-tools.d.ts
  composio-typegen ... --out src/composio-tools.d.ts --check

Writes the ToolRegistry declaration (--out), the pinned versions module (--versions-out, default
<out>.versions.ts) and the schemas it was made from (--schemas-out, default <out>.schemas.json).
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
  if (!values.out || fromApi === Boolean(values.input)) {
    io.stderr(`Give --out, and either --input or --toolkit/--tool.\n\n${USAGE}`);
    return 2;
  }
  const base = values.out.replace(/(\.d)?\.[cm]?ts$/, "");
  const versionsOut = values["versions-out"] ?? `${base}.versions.ts`;
  const schemasOut = values["schemas-out"] ?? `${base}.schemas.json`;
  try {
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
    if (values.check) {
      const generated = JSON.parse(await readFile(schemasOut, "utf8")) as SchemasFile;
      const changes = compareTools(generated, tools);
      io.stdout(formatChanges(changes));
      return changes.length > 0 ? 1 : 0;
    }
    const files = renderFiles(tools, {
      source,
      versionsFormat: /\.[cm]?js$/.test(versionsOut) ? "js" : "ts",
    });
    await write(values.out, files.declarations);
    await write(versionsOut, files.versions);
    await write(schemasOut, files.schemas);
    io.stdout(`Typed ${tools.length} tools: ${values.out}, ${versionsOut}, ${schemasOut}\n`);
    return 0;
  } catch (error) {
    io.stderr(`composio-typegen: ${(error as Error).message}\n`);
    return 2;
  }
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
    throw new Error(`${file} is not JSON: ${(error as Error).message}`);
  }
  const { tools, skipped } = readToolDefinitions(value);
  for (const reason of skipped) io.stderr(`Skipped ${reason}.\n`);
  return tools;
}

async function write(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
}
