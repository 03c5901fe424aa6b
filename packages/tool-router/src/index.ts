/**
 * Run tools, meta tools and proxied HTTP calls in Composio tool-router sessions:
 * `createToolRouterClient().session(id).execute(slug, args)`.
 * Errors and core types are re-exported so that this package is all you need to install.
 * @packageDocumentation
 */
export type {
  CustomConnectionData,
  MetaToolSlug,
  ProxyMethod,
  ProxyParameter,
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
  ToolRegistry,
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
  createComposioClient,
  InternalServerError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
  ResponseTooLargeError,
  ToolExecutionError,
} from "@composio-client/core";
export type {
  BinaryBodyInput,
  ParameterValue,
  ProxyExecuteParams,
  ProxyParamsWithBinaryBody,
  ProxyParamsWithJsonBody,
  ProxyParamsWithoutBody,
} from "./proxy-params";
export type {
  BinaryData,
  ProxyExecuteResult,
  SessionExecuteOptions,
  SessionExecuteRest,
  SessionExecuteResult,
  ToolRouterSession,
} from "./session";
export type { ToolRouterClient, ToolRouterClientSharedOptions } from "./tool-router-client";
export { createToolRouterClient } from "./tool-router-client";
