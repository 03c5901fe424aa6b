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
export type {
  ComposioClient,
  ComposioClientOptions,
  ComposioRequester,
  FetchLike,
  KnownToolSlug,
  Logger,
  LogLevel,
  Middleware,
  RequestOptions,
  ToolArgumentsOf,
  ToolDataOf,
  ToolSlug,
} from "@composio-client/core";
export {
  AuthenticationError,
  BadRequestError,
  ComposioAbortError,
  ComposioApiError,
  ComposioConfigError,
  ComposioConnectionError,
  ComposioError,
  ComposioTimeoutError,
  ComposioValidationError,
  ConflictError,
  createComposioClient,
  InternalServerError,
  NotFoundError,
  PayloadTooLargeError,
  PaymentRequiredError,
  PermissionDeniedError,
  RateLimitError,
  ResponseTooLargeError,
  ToolExecutionError,
} from "@composio-client/core";
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
