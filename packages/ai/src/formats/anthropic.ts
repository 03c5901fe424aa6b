import type { JsonSchema } from "../json-schema";
import { type Format, ofType } from "./format";

/** A client tool for Anthropic's Messages API (`Tool` in `@anthropic-ai/sdk`). */
export interface AnthropicTool {
  name: string;
  description: string;
  /** The tool's JSON Schema, the very object of its definition. */
  input_schema: JsonSchema & { type: "object" };
}

/**
 * A block of `message.content`; only `tool_use` blocks are calls. Loosely typed, so that every
 * block kind of every `@anthropic-ai/sdk` version fits.
 */
export interface AnthropicContentBlock {
  type: string;
  id?: unknown;
  name?: unknown;
  input?: unknown;
}

/** A `tool_result` block (`ToolResultBlockParam` in `@anthropic-ai/sdk`). */
export interface AnthropicToolResult {
  type: "tool_result";
  tool_use_id: string;
  content: string;
  /** Present, and true, when the call failed, was refused or could not run. */
  is_error?: true;
}

export const anthropic: Format<
  AnthropicTool,
  readonly AnthropicContentBlock[] | null | undefined,
  AnthropicToolResult
> = {
  names: "anthropic",
  strictMode: false,
  define: (tool, name) => ({
    name,
    description: tool.description,
    // Passed through as it is; Composio's argument schemas are objects.
    input_schema: tool.inputSchema as JsonSchema & { type: "object" },
  }),
  calls: (content) =>
    ofType(content, "tool_use").map((block) => ({
      id: String(block.id),
      name: String(block.name),
      arguments: block.input,
    })),
  write: (call, outcome) => ({
    type: "tool_result",
    tool_use_id: call.id,
    content: outcome.text,
    ...(outcome.isError && { is_error: true as const }),
  }),
};
