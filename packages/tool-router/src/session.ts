import type {
  MetaToolSlug,
  ProxyMethod,
  SessionExecuteMetaRequest,
  SessionExecuteRequest,
  ToolArguments,
} from "@composio-client/api-types";
import {
  type ComposioRequester,
  ComposioValidationError,
  type FetchLike,
  type RequestOptions,
  type ToolArgumentsOf,
  type ToolDataOf,
  type ToolSlug,
} from "@composio-client/core";
import {
  assertKnownKeys,
  assertNonEmptyString,
  assertOptionalBoolean,
  assertOptionalPlainObject,
  assertOptionalString,
  assertPlainObject,
  labelCall,
} from "@composio-client/core/internal";
import type { UnlistedMetaSlug } from "./meta-slug";
import { loadOnDemand, ON_DEMAND_KIT } from "./on-demand";
import type { ProxyFetchOptions } from "./proxy-fetch";
import { type ProxyParamsFor, toProxyExecuteRequest } from "./proxy-params";
import {
  type InputResponses,
  type ProxyExecuteResult,
  type SessionExecuteResult,
  toExecuteResult,
  toProxyResult,
} from "./results";

/** The answers to an `inputRequired` result, for a call that answers a pause. */
export interface PauseAnswers {
  /**
   * The user's answers to an `inputRequired` result, keyed by its request ids. Sent exactly as
   * given, with the same slug and arguments as the call that paused. `result.respond(answers)`
   * fills this and `requestState` for you.
   */
  inputResponses?: InputResponses | undefined;
  /** The `requestState` of the `inputRequired` result being answered, unchanged. */
  requestState?: string | undefined;
}

/**
 * Parameters of `session.execute`: the tool's `arguments`, as in `tools.execute`, and how the
 * session runs it. `arguments` is required when the tool's declared arguments have required
 * fields (see `ToolRegistry`).
 */
export type SessionExecuteParams<Args = ToolArguments> = PauseAnswers &
  // biome-ignore lint/complexity/noBannedTypes: `{} extends Args` asks "are all fields optional?".
  ({} extends Args ? { arguments?: Args | undefined } : { arguments: Args }) & {
    /** Which connected account to use: an account id or an alias. */
    account?: string | undefined;
    /**
     * Let a large output come back as a preview offloaded to the session's workbench, when the
     * session has one. @defaultValue false (the output comes back inline)
     */
    enableAutoWorkbenchOffload?: boolean | undefined;
  };

/** Parameters of `session.executeMeta`: the meta tool's `arguments`, and answers to a pause. */
export interface SessionExecuteMetaParams extends PauseAnswers {
  /** The meta tool's arguments, sent exactly as given. */
  arguments?: ToolArguments | undefined;
}

/** Every key of the two parameter types; type tests keep them equal to the types' keys. */
export const SESSION_EXECUTE_META_PARAM_NAMES = [
  "arguments",
  "inputResponses",
  "requestState",
] as const;
export const SESSION_EXECUTE_PARAM_NAMES = [
  ...SESSION_EXECUTE_META_PARAM_NAMES,
  "account",
  "enableAutoWorkbenchOffload",
] as const;

const MISPLACED_ARGUMENT =
  'A tool\'s own arguments go inside `arguments`, as in tools.execute: { arguments: { owner: "..." } }.';

/** A tool-router session. Get one with `router.session(sessionId)`. */
export interface ToolRouterSession {
  /** The session id. */
  readonly id: string;
  /**
   * Runs a tool in this session. The toolkit is inferred from the slug. Narrow the result on
   * `resultType`: `"completed"`, `"failed"`, `"inputRequired"` (nothing ran yet: answer with
   * `result.respond(answers)`), `"blocked"` (a session hook blocked it: `error` has the hook's
   * message), or `"unknown"` (an answer this client cannot read).
   * @example
   * ```ts
   * let result = await session.execute("GMAIL_SEND_EMAIL", {
   *   arguments: { recipient_email, subject, body },
   * });
   * if (result.resultType === "inputRequired") {
   *   result = await result.respond({ [id]: { action: "accept", content: { decision: "approve" } } });
   * }
   * if (result.resultType === "completed") console.log(result.data);
   * ```
   */
  execute<Slug extends ToolSlug>(
    toolSlug: Slug,
    ...rest: SessionExecuteRest<Slug>
  ): Promise<SessionExecuteResult<ToolDataOf<Slug>>>;
  /**
   * Runs a meta tool (`COMPOSIO_*`) in this session. Its result has the same shapes as
   * {@link ToolRouterSession.execute}'s. A slug this package does not list yet compiles only
   * through `unlistedMetaSlug("COMPOSIO_...")`, and is sent as given.
   * @example
   * ```ts
   * const result = await session.executeMeta("COMPOSIO_SEARCH_TOOLS", {
   *   arguments: { queries: [{ use_case: "send an email" }] },
   * });
   * if (result.resultType === "completed") console.log(result.data);
   * ```
   */
  executeMeta(
    slug: MetaToolSlug | UnlistedMetaSlug,
    params?: SessionExecuteMetaParams,
    options?: RequestOptions,
  ): Promise<SessionExecuteResult>;
  /**
   * Sends a raw HTTP request to a toolkit's API through Composio, which injects the
   * connected account's credentials. Resolves to the upstream's answer (`"completed"`, whatever
   * its status), or to `"inputRequired"` when the request was held for the user's input.
   * @example
   * ```ts
   * const result = await session.proxyExecute({
   *   toolkit: "gmail",
   *   endpoint: "/gmail/v1/users/me/messages",
   *   method: "GET",
   *   query: { maxResults: 10 },
   * });
   * if (result.resultType === "completed") console.log(result.status, result.data);
   * ```
   */
  proxyExecute<Method extends ProxyMethod>(
    params: { method: Method } & ProxyParamsFor<Method>,
    options?: RequestOptions,
  ): Promise<ProxyExecuteResult>;
  /**
   * A standard `fetch` that sends each request through `proxyExecute` for `toolkit`, so that
   * fetch-based SDKs (Octokit, openapi-fetch...) run on the connected account's credentials.
   * Upstream 4xx and 5xx resolve as `Response`s; a pause rejects with `ProxyInputRequiredError`,
   * and Composio's own errors with the usual `ComposioError` classes. Any `authorization`
   * header is dropped: Composio injects the credentials.
   * @example
   * ```ts
   * const octokit = new Octokit({ request: { fetch: session.proxyFetch("github") } });
   * const { data } = await octokit.request("GET /repos/{owner}/{repo}/issues", { owner, repo });
   * ```
   */
  proxyFetch(toolkit: string, options?: ProxyFetchOptions): FetchLike;
}

/** `params` and `options` of `session.execute`; `params` is required when the arguments are. */
export type SessionExecuteRest<Slug extends string> =
  // biome-ignore lint/complexity/noBannedTypes: `{} extends Args` asks "are all fields optional?".
  {} extends ToolArgumentsOf<Slug>
    ? [params?: SessionExecuteParams<ToolArgumentsOf<Slug>>, options?: RequestOptions]
    : [params: SessionExecuteParams<ToolArgumentsOf<Slug>>, options?: RequestOptions];

const EXECUTE = "/api/v3/tool_router/session/{session_id}/execute";
const EXECUTE_META = "/api/v3/tool_router/session/{session_id}/execute_meta";
const PROXY_EXECUTE = "/api/v3/tool_router/session/{session_id}/proxy_execute";

/** Binds the session operations to `sessionId`, which the caller has checked. */
export function createSession(client: ComposioRequester, sessionId: string): ToolRouterSession {
  const path = { session_id: sessionId };

  /**
   * `execute` (`meta` false) and `executeMeta`: the same checks, answers and results, each with
   * its own path, slug field and parameters. A field left undefined is not sent: JSON drops it.
   */
  async function run(
    meta: boolean,
    slug: string,
    params: SessionExecuteParams = {},
    options?: RequestOptions,
  ): Promise<SessionExecuteResult> {
    // Any non-empty slug is sent: the server knows its meta tools better than this package.
    assertNonEmptyString(slug, meta ? "slug" : "toolSlug");
    assertPlainObject(params, "params");
    assertKnownKeys(
      params,
      meta ? SESSION_EXECUTE_META_PARAM_NAMES : SESSION_EXECUTE_PARAM_NAMES,
      "params",
      MISPLACED_ARGUMENT,
    );
    const { account, enableAutoWorkbenchOffload, inputResponses, requestState } = params;
    assertOptionalPlainObject(params.arguments, "params.arguments");
    assertOptionalString(account, "params.account");
    assertOptionalBoolean(enableAutoWorkbenchOffload, "params.enableAutoWorkbenchOffload");
    // Any object: the server takes any answer values, so their shape is checked at compile time.
    assertOptionalPlainObject(inputResponses, "params.inputResponses");
    assertOptionalString(requestState, "params.requestState");
    const body = {
      [meta ? "slug" : "tool_slug"]: slug,
      arguments: params.arguments,
      account,
      enable_auto_workbench_offload: enableAutoWorkbenchOffload,
      input_responses: inputResponses,
      request_state: requestState,
    } as SessionExecuteRequest & SessionExecuteMetaRequest;
    const { data, requestId } = await client.post(
      meta ? EXECUTE_META : EXECUTE,
      { path, body },
      labelCall(options, meta ? "session.executeMeta" : "session.execute", slug),
    );
    return toExecuteResult(data, requestId, (inputResponses, requestState, overrides) =>
      run(meta, slug, { ...params, inputResponses, requestState }, { ...options, ...overrides }),
    );
  }

  const proxyExecute: ToolRouterSession["proxyExecute"] = async (params, options) => {
    const body = await toProxyExecuteRequest(params, options?.signal);
    const { data, requestId } = await client.post(
      PROXY_EXECUTE,
      { path, body },
      labelCall(options, "session.proxyExecute"),
    );
    return toProxyResult(data, requestId);
  };

  return {
    id: sessionId,
    // The typed signature narrows `data` per slug; at run time it is what the tool returned.
    execute: ((slug: string, params?: SessionExecuteParams, options?: RequestOptions) =>
      run(false, slug, params, options)) as ToolRouterSession["execute"],
    executeMeta: (slug, params, options) => run(true, slug, params, options),
    proxyExecute,
    proxyFetch(toolkit, options = {}) {
      assertNonEmptyString(toolkit, "toolkit");
      assertOptionalPlainObject(options, "options");
      if (options.baseUrl !== undefined && !/^https?:\/\/./i.test(String(options.baseUrl))) {
        throw new ComposioValidationError("options.baseUrl must be an absolute http(s) URL.", {
          path: "options.baseUrl",
        });
      }
      // Loaded on the first request: programs that never proxy a fetch never load the mapping.
      return async (input, init) => {
        const own = init?.signal ?? (input instanceof Request ? input.signal : undefined);
        const { proxyFetchCall } = await loadOnDemand(
          () => import("./proxy-fetch"),
          own ?? options.signal,
        );
        return proxyFetchCall(ON_DEMAND_KIT, proxyExecute, toolkit, options, input, init, own);
      };
    },
  };
}
