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
// The errors, createComposioClient and the core types, as every package exports them.
export * from "@composio-client/core/common";
export type { UnlistedMetaSlug } from "./meta-slug";
export { unlistedMetaSlug } from "./meta-slug";
export type { ProxyFetchOptions } from "./proxy-fetch";
export { createProxyFetch } from "./proxy-fetch";
export {
  ProxyDownloadError,
  ProxyDownloadExpiredError,
  ProxyDownloadTooLargeError,
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
  SessionToolBlocked,
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
