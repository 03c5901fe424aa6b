/**
 * The core client of Composio's tool-execution API: configuration, credentials, timeouts, safe
 * retries and typed errors over openapi-fetch. The `@composio-client/tools` and
 * `@composio-client/tool-router` packages are built on it.
 * @packageDocumentation
 */

export type { Middleware } from "openapi-fetch";
export type { ComposioClient } from "./client";
export { createComposioClient } from "./client";
export type {
  ComposioClientOptions,
  FetchLike,
  Logger,
  LogLevel,
  RequestOptions,
} from "./client-options";
export type { ApiErrorInit, CallContext, ToolFailure } from "./errors";
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
  InternalServerError,
  NotFoundError,
  PayloadTooLargeError,
  PaymentRequiredError,
  PermissionDeniedError,
  RateLimitError,
  ResponseTooLargeError,
  ToolExecutionError,
} from "./errors";
export type {
  ApiResponse,
  ComposioRequester,
  GetInit,
  GetPath,
  GetPathParams,
  GetQuery,
  GetResponse,
  GetSuccessBody,
  HeaderParams,
  PathParams,
  PostInit,
  PostPath,
  RequestBody,
  SuccessBody,
} from "./requester";
export type {
  PassAClientOrClientOptionsNotBoth,
  SharedClientOptions,
  WithoutSharedClient,
} from "./shared-client";
export type {
  KnownToolSlug,
  ToolArgumentsOf,
  ToolDataOf,
  ToolRegistry,
  ToolRegistryDeclaredInWrapper,
  ToolSlug,
} from "./tool-registry";
