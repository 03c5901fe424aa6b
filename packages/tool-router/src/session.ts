import type {
  MetaToolSlug,
  ProxyBinaryData,
  SessionExecuteResponse,
  ToolArguments,
} from "@composio-client/api-types";
import type {
  ComposioRequester,
  RequestOptions,
  ToolArgumentsOf,
  ToolDataOf,
  ToolSlug,
} from "@composio-client/core";
import {
  assertNonEmptyString,
  assertOneOf,
  assertOptionalPlainObject,
  assertOptionalString,
} from "@composio-client/core/internal";
import { META_TOOL_SLUGS } from "./meta-tools";
import { type ProxyExecuteParams, toProxyExecuteRequest } from "./proxy-params";

/** What `session.execute` and `session.executeMeta` resolve to. */
export interface SessionExecuteResult<Data = Record<string, unknown>> {
  /**
   * The tool's output, exactly as the tool returned it (`{}` when the server sent null). Typed
   * from `ToolRegistry` for declared tools; nothing checks it at run time.
   */
  data: Data;
  /** Why the tool failed, or null when it succeeded. */
  error: string | null;
  /** The execution log's id. */
  logId: string;
  /** The `x-request-id` of the response. */
  requestId: string | undefined;
}

/** Where to download a binary response body of `proxyExecute`. */
export interface BinaryData {
  /** A temporary URL to download the body from. */
  url: string;
  contentType: string;
  /** Size in bytes. */
  size: number;
  /** When `url` stops working. */
  expiresAt?: string;
}

/** What `session.proxyExecute` resolves to: the upstream API's answer. */
export interface ProxyExecuteResult {
  /** The upstream API's HTTP status. A 4xx or 5xx here is the upstream's answer, not an error. */
  status: number;
  /** The upstream body, parsed when it was JSON. */
  data: unknown;
  /** Present when the upstream body was binary. */
  binaryData?: BinaryData;
  /** The upstream response headers. */
  headers: Record<string, string>;
  /** The `x-request-id` of Composio's response. */
  requestId: string | undefined;
}

/** Options of `session.execute`. */
export interface SessionExecuteOptions extends RequestOptions {
  /** Which connected account to use: an account id or an alias. */
  account?: string | undefined;
}

/** A tool-router session. Get one with `router.session(sessionId)`. */
export interface ToolRouterSession {
  /** The session id. */
  readonly id: string;
  /**
   * Runs a tool in this session. The toolkit is inferred from the slug.
   * @example
   * ```ts
   * const { data } = await session.execute("GITHUB_CREATE_AN_ISSUE", { owner, repo, title });
   * ```
   */
  execute<Slug extends ToolSlug>(
    toolSlug: Slug,
    ...rest: SessionExecuteRest<Slug>
  ): Promise<SessionExecuteResult<ToolDataOf<Slug>>>;
  /**
   * Runs a meta tool (`COMPOSIO_*`) in this session.
   * @example
   * ```ts
   * const { data } = await session.executeMeta("COMPOSIO_SEARCH_TOOLS", {
   *   queries: [{ use_case: "send an email" }],
   * });
   * ```
   */
  executeMeta(
    slug: MetaToolSlug,
    args?: ToolArguments,
    options?: RequestOptions,
  ): Promise<SessionExecuteResult>;
  /**
   * Sends a raw HTTP request to a toolkit's API through Composio, which injects the
   * connected account's credentials.
   * @example
   * ```ts
   * const { status, data } = await session.proxyExecute({
   *   toolkit: "gmail",
   *   endpoint: "/gmail/v1/users/me/messages",
   *   method: "GET",
   *   query: { maxResults: 10 },
   * });
   * ```
   */
  proxyExecute(params: ProxyExecuteParams, options?: RequestOptions): Promise<ProxyExecuteResult>;
}

/** `args` and `options` of `session.execute`; `args` is required when the tool declares required fields. */
export type SessionExecuteRest<Slug extends string> =
  // biome-ignore lint/complexity/noBannedTypes: `{} extends Args` asks "are all fields optional?".
  {} extends ToolArgumentsOf<Slug>
    ? [args?: ToolArgumentsOf<Slug>, options?: SessionExecuteOptions]
    : [args: ToolArgumentsOf<Slug>, options?: SessionExecuteOptions];

const EXECUTE = "/api/v3/tool_router/session/{session_id}/execute";
const EXECUTE_META = "/api/v3/tool_router/session/{session_id}/execute_meta";
const PROXY_EXECUTE = "/api/v3/tool_router/session/{session_id}/proxy_execute";

/** Binds the session operations to `sessionId`, which the caller has checked. */
export function createSession(client: ComposioRequester, sessionId: string): ToolRouterSession {
  const path = { session_id: sessionId };
  async function execute(
    toolSlug: string,
    args?: unknown,
    options?: SessionExecuteOptions,
  ): Promise<SessionExecuteResult> {
    assertNonEmptyString(toolSlug, "toolSlug");
    assertOptionalPlainObject(args, "args");
    assertOptionalString(options?.account, "options.account");
    const body =
      args === undefined ? { tool_slug: toolSlug } : { tool_slug: toolSlug, arguments: args };
    const account = options?.account;
    const { data, requestId } = await client.post(
      EXECUTE,
      { path, body: account === undefined ? body : { ...body, account } },
      options,
    );
    return toExecuteResult(data, requestId);
  }
  return {
    id: sessionId,
    // The typed signature narrows `data` per slug; at run time it is what the tool returned.
    execute: execute as ToolRouterSession["execute"],

    async executeMeta(slug, args, options) {
      assertOneOf(slug, META_TOOL_SLUGS, "slug");
      assertOptionalPlainObject(args, "args");
      const body = args === undefined ? { slug } : { slug, arguments: args };
      const { data, requestId } = await client.post(EXECUTE_META, { path, body }, options);
      return toExecuteResult(data, requestId);
    },

    async proxyExecute(params, options) {
      const body = await toProxyExecuteRequest(params);
      const { data, requestId } = await client.post(PROXY_EXECUTE, { path, body }, options);
      const result: ProxyExecuteResult = {
        status: data.status,
        data: data.data ?? null,
        headers: data.headers ?? {},
        requestId,
      };
      if (data.binary_data) result.binaryData = toBinaryData(data.binary_data);
      return result;
    },
  };
}

function toExecuteResult(
  data: SessionExecuteResponse,
  requestId: string | undefined,
): SessionExecuteResult {
  return { data: data.data ?? {}, error: data.error ?? null, logId: data.log_id, requestId };
}

function toBinaryData(wire: ProxyBinaryData): BinaryData {
  const binary: BinaryData = { url: wire.url, contentType: wire.content_type, size: wire.size };
  if (wire.expires_at !== undefined) binary.expiresAt = wire.expires_at;
  return binary;
}
