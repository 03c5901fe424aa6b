/**
 * The core client of Composio's tool-execution API: configuration, credentials, timeouts, safe
 * retries and typed errors over openapi-fetch. The `@composio-client/tools` and
 * `@composio-client/tool-router` packages are built on it.
 * @packageDocumentation
 */

// The errors, createComposioClient and the core types, exported alike by every package.
export * from "./common";
export type { ApiErrorInit, CallContext, ToolFailure } from "./errors";
export type {
  ApiResponse,
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
export type { ToolRegistry, ToolRegistryDeclaredInWrapper } from "./tool-registry";
