import type { components } from "@composio-client/api-types";
import type { ToolArgumentsOf, ToolDataOf } from "@composio-client/core";
import type { OperationName } from "./faults";
import type { InputRequired, ToolBlocked, ToolFailed } from "./results";

/** A meta tool slug of the spec. */
export type MetaToolSlug = components["schemas"]["MetaToolSlug"];

/**
 * What `mock.onMetaTool` says of a slug the spec does not list, written as a plain string: as
 * for `session.executeMeta`, such a slug must come through `unlistedMetaSlug("COMPOSIO_...")`
 * (from `@composio-client/tool-router`), so that a typo in a listed slug fails to compile.
 */
export interface WrapAnUnlistedMetaSlugInUnlistedMetaSlug {
  readonly "use unlistedMetaSlug() from @composio-client/tool-router": never;
}

/**
 * `unknown` (accepted) for a slug of the spec or a branded one (tool-router's
 * `UnlistedMetaSlug`, a string with a symbol brand); else the rule's name, so the slug is refused.
 */
export type MetaSlugCheck<Slug> = Slug extends MetaToolSlug
  ? unknown
  : [Exclude<keyof Slug, keyof string>] extends [never]
    ? WrapAnUnlistedMetaSlugInUnlistedMetaSlug
    : unknown;

/** What a handler knows about the call it answers. */
export interface MockContext {
  operation: OperationName;
  /** The tool or meta tool slug; `undefined` for proxied calls. */
  slug: string | undefined;
  /** `user_id` of tools.execute. */
  userId: string | undefined;
  /** The tool-router session id. */
  sessionId: string | undefined;
  /** The connected account: a session's `account`, or tools.execute's `connected_account_id`. */
  account: string | undefined;
  /** tools.execute's `version`. */
  version: string | undefined;
  /** tools.execute's natural-language `text`, sent instead of arguments. */
  text: string | undefined;
  /** The user's answers, when this call answers an earlier {@link inputRequired} pause. */
  inputResponses: Record<string, unknown> | undefined;
  /** The `request_state` sent back with the answers. */
  requestState: string | undefined;
  /** The request's headers, credentials redacted. */
  headers: Record<string, string>;
  /** The whole JSON body, as sent. */
  body: Record<string, unknown>;
}

/**
 * Answers tool `Slug`: its data (the tool completed), {@link toolFailed}, or, for session calls
 * only, {@link inputRequired} or {@link toolBlocked}. Throw {@link apiError} for an error status.
 */
export type ToolHandler<Slug extends string> = (
  args: ToolArgumentsOf<Slug>,
  ctx: MockContext,
) =>
  | ToolDataOf<Slug>
  | ToolFailed
  | InputRequired
  | ToolBlocked
  | Promise<ToolDataOf<Slug> | ToolFailed | InputRequired | ToolBlocked>;

/** Answers a meta tool, like {@link ToolHandler}. */
export type MetaToolHandler = (
  args: Record<string, unknown>,
  ctx: MockContext,
) =>
  | Record<string, unknown>
  | ToolFailed
  | InputRequired
  | ToolBlocked
  | Promise<Record<string, unknown> | ToolFailed | InputRequired | ToolBlocked>;

/** A proxied request (`proxyExecute`), as the upstream API would receive it. */
export interface ProxyRequest {
  toolkit: string;
  endpoint: string;
  method: components["schemas"]["ProxyMethod"];
  /** The JSON body; `undefined` when none was sent. */
  body: unknown;
  /** The binary body, from a URL or base64. */
  binaryBody: components["schemas"]["SessionProxyExecuteRequest"]["binary_body"];
  /**
   * Query parameters from `parameters`: a string per name, or every value in order when a name
   * was sent more than once (`?a=1&a=2` is `{ a: ["1", "2"] }`).
   */
  query: Record<string, string | string[]>;
  /** Headers from `parameters`. */
  headers: Record<string, string>;
}

/** The upstream API's answer to a proxied request. */
export interface ProxyReply {
  /** The upstream status. @defaultValue 200 */
  status?: number;
  /** The upstream JSON body. */
  data?: unknown;
  /** A binary body, downloaded from a signed URL. */
  binary?: { url: string; contentType: string; size: number; expiresAt?: string };
  /**
   * The upstream headers; one set to `undefined` is left out, so branches of a handler may
   * return different ones. @defaultValue `{ "content-type": "application/json" }`
   */
  headers?: Record<string, string | undefined>;
}

/** Answers proxied requests: the upstream's reply, or {@link inputRequired}. */
export type ProxyHandler = (
  request: ProxyRequest,
  ctx: MockContext,
) => ProxyReply | InputRequired | Promise<ProxyReply | InputRequired>;
