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
export type { UnlistedMetaSlug } from "./meta-slug";
export { unlistedMetaSlug } from "./meta-slug";
export type { ProxyFetchOptions } from "./proxy-fetch";
export {
  ProxyDownloadError,
  ProxyDownloadExpiredError,
  ProxyInputRequiredError,
  ProxyUnknownResultError,
} from "./proxy-fetch-errors";
export type {
  BinaryBodyInput,
  BodyMethod,
  GetAndHeadTakeNoBody,
  ParameterValue,
  PassBodyOrBinaryBodyNotBoth,
  ProxyExecuteParams,
  ProxyParamsAnyMethod,
  ProxyParamsFor,
  ProxyParamsWithBinaryBody,
  ProxyParamsWithJsonBody,
  ProxyParamsWithoutBody,
} from "./proxy-params";
export type {
  BinaryData,
  InputRequest,
  InputRequired,
  InputResponse,
  InputResponses,
  InstantCharge,
  ProxyCompleted,
  ProxyExecuteResult,
  SessionExecuteResult,
  SessionInputRequired,
  SessionToolCompleted,
  SessionToolFailed,
  UnknownResult,
} from "./results";
export type {
  PauseAnswers,
  SessionExecuteMetaParams,
  SessionExecuteParams,
  SessionExecuteRest,
  ToolRouterSession,
} from "./session";
export type { ToolRegistry } from "./tool-registry-guard";
export type {
  ToolRouterClient,
  ToolRouterClientOptions,
  ToolRouterClientSharedOptions,
} from "./tool-router-client";
export { createToolRouterClient } from "./tool-router-client";
