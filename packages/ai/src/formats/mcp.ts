import type { JsonSchema } from "../json-schema";
import type { Format } from "./format";

/** An entry of an MCP server's `tools/list` result (`Tool` in `@modelcontextprotocol/sdk`). */
export interface McpTool {
  name: string;
  description: string;
  inputSchema: JsonSchema & { type: "object" };
}

/** The `params` of an MCP `tools/call` request. */
export interface McpCallParams {
  name: string;
  arguments?: Record<string, unknown> | undefined;
}

/**
 * An MCP `tools/call` result (`CallToolResult` in `@modelcontextprotocol/sdk`). A type alias,
 * not an interface, so that it fits the SDK's result types, which have index signatures.
 */
export type McpCallToolResult = {
  /** One text block: the tool's data as JSON, or what went wrong. */
  content: { type: "text"; text: string }[];
  /** Present, and true, when the call failed, was refused or could not run. */
  isError?: true;
};

export const mcp: Format<McpTool, McpCallParams, McpCallToolResult> = {
  names: "mcp",
  strictMode: false,
  define: (tool, name) => ({
    name,
    description: tool.description,
    inputSchema: tool.inputSchema as JsonSchema & { type: "object" },
  }),
  // MCP calls carry no id of their own: the tool's name stands for one.
  calls: (params) => [{ id: params.name, name: params.name, arguments: params.arguments ?? {} }],
  write: (_call, outcome) => ({
    content: [{ type: "text", text: outcome.text }],
    ...(outcome.isError && { isError: true as const }),
  }),
};
