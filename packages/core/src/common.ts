/**
 * What every package of this client exports alike: the errors, `createComposioClient` and the
 * core types. Core's entry and each wrapper's entry `export *` this module (the wrappers as
 * `@composio-client/core/common`), so the list is kept here only; package-checks' parity test
 * fails when a wrapper re-exports anything else of core's beside it.
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
  SpanLike,
  TracerLike,
} from "./client-options";
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
export type { ComposioRequester } from "./requester";
export type { KnownToolSlug, ToolArgumentsOf, ToolDataOf, ToolSlug } from "./tool-registry";
