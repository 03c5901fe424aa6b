import { toJson } from "./text";

/** A tool definition as typegen uses it: what `GET /api/v3/tools` returns, normalised. */
export interface ToolDefinition {
  slug: string;
  name?: string | undefined;
  description?: string | undefined;
  toolkit?: string | undefined;
  /** The version these schemas describe; pinned when present. */
  version?: string | undefined;
  /** JSON Schema of the arguments. */
  inputParameters: unknown;
  /** JSON Schema of what the tool returns. */
  outputParameters: unknown;
}

/**
 * Tool definitions from what Composio's endpoints return: an array of tools, one page
 * (`{ items: [...] }`), or one tool. snake_case (the API's) and camelCase (Composio's SDKs')
 * fields are both read. Entries without a slug are reported in `skipped`, not thrown.
 */
export function readToolDefinitions(value: unknown): {
  tools: ToolDefinition[];
  skipped: string[];
} {
  const items = Array.isArray(value)
    ? value
    : isObject(value) && Array.isArray(value.items)
      ? value.items
      : isObject(value) && typeof value.slug === "string"
        ? [value]
        : undefined;
  if (!items) {
    throw new TypeError("Expected an array of tools, { items: [...] }, or one tool object.");
  }
  const tools: ToolDefinition[] = [];
  const skipped: string[] = [];
  items.forEach((item, index) => {
    const tool = toDefinition(item);
    if (tool) tools.push(tool);
    else skipped.push(`entry ${index}: no string "slug"`);
  });
  return { tools, skipped };
}

function toDefinition(item: unknown): ToolDefinition | undefined {
  if (!isObject(item) || typeof item.slug !== "string" || item.slug === "") return undefined;
  const toolkit = isObject(item.toolkit) ? item.toolkit.slug : item.toolkit;
  return {
    slug: item.slug,
    name: stringOr(item.name),
    description: stringOr(item.description),
    toolkit: stringOr(toolkit),
    version: stringOr(item.version),
    inputParameters: item.input_parameters ?? item.inputParameters,
    outputParameters: item.output_parameters ?? item.outputParameters,
  };
}

/** One definition per slug (the last one wins), sorted by slug so that output is stable. */
export function bySlug(tools: readonly ToolDefinition[]): ToolDefinition[] {
  const map = new Map(tools.map((tool) => [tool.slug, tool]));
  return [...map.values()].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/**
 * The slugs defined more than once with different definitions (the last one is used). The same
 * tool reached twice, through `--toolkit` and `--tool`, is not one.
 */
export function duplicateSlugs(tools: readonly ToolDefinition[]): string[] {
  const first = new Map<string, string>();
  const differ = new Set<string>();
  for (const tool of tools) {
    const text = fingerprint(tool);
    const seen = first.get(tool.slug);
    if (seen === undefined) first.set(tool.slug, text);
    else if (seen !== text) differ.add(tool.slug);
  }
  return [...differ].sort();
}

// toJson, not JSON.stringify: a schema of any depth is compared without overflowing the stack.
function fingerprint(tool: ToolDefinition): string {
  return toJson(tool);
}

function stringOr(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
