import type { ComposioClient, RequestOptions } from "@composio-client/core";
import { isObject, type JsonSchema } from "./json-schema";

/** One tool as the model gets it: its slug, description and arguments' JSON Schema. */
export interface AgentToolDefinition {
  /** Composio's slug, such as `GITHUB_CREATE_AN_ISSUE`. */
  slug: string;
  /** What the model reads to choose the tool; `""` when the definition had none. */
  description: string;
  /** The JSON Schema of the tool's arguments, the very object the definition held. */
  inputSchema: JsonSchema;
  /** The version the schema describes, when the definition said. */
  version?: string | undefined;
  /** The toolkit's slug, when the definition said. */
  toolkit?: string | undefined;
}

// A tool that declares no arguments takes an empty object.
const NO_ARGUMENTS: JsonSchema = Object.freeze({ type: "object", properties: {} });

/**
 * Tool definitions from any of the forms Composio's tools come in:
 * - the schemas file `composio-typegen` writes (`composio-tools.schemas.json`),
 * - what `GET /api/v3/tools` returns (a page `{ items }`, or an array of its items),
 * - what `GET /api/v3/tools/{tool_slug}` returns (one tool),
 * - or definitions this function already returned.
 *
 * snake_case (the API's) and camelCase (Composio's SDKs') fields are both read. Schemas are kept
 * by reference, never copied or changed. A slug given twice keeps its last definition.
 * @throws TypeError when `source` is none of these, or an entry has no slug.
 */
export function readToolDefinitions(source: unknown): AgentToolDefinition[] {
  const bySlug = new Map<string, AgentToolDefinition>();
  for (const tool of entries(source).map(toDefinition)) bySlug.set(tool.slug, tool);
  return [...bySlug.values()];
}

function entries(source: unknown): unknown[] {
  if (Array.isArray(source)) return source;
  if (isObject(source) && Array.isArray(source.items)) return source.items;
  // The schemas file: { generator, source, tools: { SLUG: { input_parameters, ... } } }.
  if (isObject(source) && isObject(source.tools)) {
    return Object.entries(source.tools).map(([slug, tool]) => ({
      ...(isObject(tool) ? tool : {}),
      slug,
    }));
  }
  if (isObject(source) && typeof source.slug === "string") return [source];
  throw new TypeError(
    "Expected tool definitions: a composio-typegen schemas file, a GET /api/v3/tools page ({ items }), an array of tools, or one tool.",
  );
}

function toDefinition(entry: unknown, index: number): AgentToolDefinition {
  if (!isObject(entry) || typeof entry.slug !== "string" || entry.slug === "") {
    throw new TypeError(`Tool definition ${index} has no slug.`);
  }
  const schema = entry.inputSchema ?? entry.input_parameters ?? entry.inputParameters;
  const toolkit = isObject(entry.toolkit) ? entry.toolkit.slug : entry.toolkit;
  return {
    slug: entry.slug,
    description: stringOr(entry.description) ?? stringOr(entry.name) ?? "",
    inputSchema: isObject(schema) ? schema : NO_ARGUMENTS,
    version: stringOr(entry.version),
    toolkit: stringOr(toolkit),
  };
}

function stringOr(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** What {@link loadToolDefinitions} reads. */
export interface LoadToolDefinitionsOptions extends Pick<RequestOptions, "signal"> {
  /** A client from `createComposioClient` (the wrappers' lean requester cannot `get`). */
  client: Pick<ComposioClient, "get">;
  /** Every tool of these toolkits, such as `["github", "gmail"]`. */
  toolkits?: readonly string[] | undefined;
  /** These tools, by slug. */
  tools?: readonly string[] | undefined;
  /** Tools per page. @defaultValue 100 */
  limit?: number | undefined;
}

// A server that keeps answering with a cursor would otherwise page forever.
const MAX_PAGES = 1_000;

/**
 * Reads tool definitions through Composio's API: every tool of each of `toolkits` and the
 * `tools` named, from `GET /api/v3/tools`, page after page until `next_cursor` is null. Reads
 * are retried as the client retries them; errors are the client's typed errors.
 * @example
 * ```ts
 * const client = createComposioClient();
 * const definitions = await loadToolDefinitions({ client, toolkits: ["github"] });
 * ```
 */
export async function loadToolDefinitions(
  options: LoadToolDefinitionsOptions,
): Promise<AgentToolDefinition[]> {
  const { client, toolkits = [], tools = [], limit = 100, signal } = options;
  const queries = [
    ...toolkits.map((toolkit) => ({ toolkit_slug: toolkit })),
    ...(tools.length > 0 ? [{ tool_slugs: tools.join(",") }] : []),
  ];
  const found: unknown[] = [];
  for (const filter of queries) {
    const seen = new Set<string>();
    let cursor: string | undefined;
    for (let page = 0; ; page++) {
      if (page >= MAX_PAGES) throw new Error(`GET /api/v3/tools: more than ${MAX_PAGES} pages.`);
      const { data } = await client.get(
        "/api/v3/tools",
        { query: { ...filter, limit, cursor } },
        { signal },
      );
      found.push(...data.items);
      const next = data.next_cursor;
      if (!next || seen.has(next)) break;
      seen.add(next);
      cursor = next;
    }
  }
  return readToolDefinitions(found);
}
