import type { ComposioClient } from "@composio-client/core";
import { readToolDefinitions, type ToolDefinition } from "./tools";

/** What to read from Composio: every tool of some toolkits, and single tools by slug. */
export interface FetchToolsOptions {
  toolkits?: readonly string[] | undefined;
  tools?: readonly string[] | undefined;
  /** Tools per page of `GET /api/v3/tools`. */
  pageSize?: number | undefined;
  signal?: AbortSignal | undefined;
}

// A server that keeps answering with a cursor would otherwise page forever.
const MAX_PAGES = 1_000;

/**
 * Reads tool definitions through `client` (`createComposioClient()`, with `COMPOSIO_API_KEY`):
 * each toolkit's tools from `GET /api/v3/tools`, page after page until `next_cursor` is null,
 * and each `tools` slug from `GET /api/v3/tools/{tool_slug}`.
 */
export async function fetchToolDefinitions(
  client: Pick<ComposioClient, "get">,
  { toolkits = [], tools = [], pageSize = 100, signal }: FetchToolsOptions,
): Promise<ToolDefinition[]> {
  const found: ToolDefinition[] = [];
  for (const toolkit of toolkits) {
    const seen = new Set<string>();
    let cursor: string | undefined;
    for (let page = 0; ; page++) {
      if (page >= MAX_PAGES) throw new Error(`Toolkit ${toolkit}: more than ${MAX_PAGES} pages.`);
      const { data } = await client.get(
        "/api/v3/tools",
        { query: { toolkit_slug: toolkit, limit: pageSize, cursor } },
        { signal },
      );
      found.push(...readToolDefinitions(data).tools);
      const next = data.next_cursor;
      if (!next || seen.has(next)) break;
      seen.add(next);
      cursor = next;
    }
  }
  for (const slug of tools) {
    const { data } = await client.get(
      "/api/v3/tools/{tool_slug}",
      { path: { tool_slug: slug } },
      { signal },
    );
    found.push(...readToolDefinitions(data).tools);
  }
  return found;
}
