/**
 * Execute Composio tools: `createToolsClient().execute(slug, { arguments })`.
 * Errors and core types are re-exported so that this package is all you need to install.
 * @packageDocumentation
 */
export type {
  CustomAuthParameter,
  CustomConnectionData,
  ToolArguments,
} from "@composio-client/api-types";
// The errors, createComposioClient and the core types, as every package exports them.
export * from "@composio-client/core/common";
export type {
  CustomAuthParams,
  ExecuteParams,
  ExecuteParamsBase,
  ExecuteWithArguments,
  ExecuteWithText,
  PassArgumentsOrTextNotBoth,
} from "./execute-params";
export type { ToolRegistry } from "./tool-registry-guard";
export type {
  ExecuteOptions,
  ExecuteRest,
  ExecuteResultFor,
  ToolExecuteCompleted,
  ToolExecuteFailed,
  ToolExecuteResult,
  ToolsClient,
  ToolsClientDefaults,
  ToolsClientOptions,
  ToolsClientSharedOptions,
} from "./tools-client";
export { createToolsClient } from "./tools-client";
