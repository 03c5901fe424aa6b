/**
 * The agent loop for Composio tools: their definitions in each model API's format (OpenAI Chat
 * Completions and Responses, Anthropic, MCP; the Vercel AI SDK in `@composio-client/ai/vercel`),
 * and handlers that run the model's calls through a tools client or a tool-router session and
 * write the results back in the same format. JSON Schema passes through untouched.
 * @packageDocumentation
 */

// What a pause asks and how it is answered: the tool-router's types, for the pauses here.
export type { InputRequest, InputResponse, InputResponses } from "@composio-client/tool-router";
export type {
  AgentTools,
  AgentToolsBaseOptions,
  AgentToolsOptions,
  AgentToolsWithSession,
  AgentToolsWithToolsClient,
  HandleOptions,
  PlainToolResult,
  ResultFormatter,
  ResultFormatters,
} from "./agent";
export { createAgentTools } from "./agent";
export type {
  ModelCall,
  ToolCallBatch,
  ToolCallOutcome,
  ToolCallPause,
  ToolCallResult,
} from "./batch";
export type { AgentToolDefinition, LoadToolDefinitionsOptions } from "./definitions";
export { loadToolDefinitions, readToolDefinitions } from "./definitions";
export { PauseAlreadyAnsweredError, ToolCallError, ToolCallsPendingError } from "./errors";
export type {
  AnthropicContentBlock,
  AnthropicTool,
  AnthropicToolResult,
} from "./formats/anthropic";
export type { McpCallParams, McpCallToolResult, McpTool } from "./formats/mcp";
export type { OpenAIChatTool, OpenAIChatToolCall, OpenAIToolMessage } from "./formats/openai-chat";
export type {
  OpenAIFunctionCallOutput,
  OpenAIResponsesOutputItem,
  OpenAIResponsesTool,
} from "./formats/openai-responses";
export type { JsonSchema } from "./json-schema";
export type { NameFormat } from "./names";
export { NAME_LENGTH } from "./names";
export type { ToolRunner } from "./runner";
