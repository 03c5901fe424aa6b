import type { MetaToolSlug, ToolArguments } from "@composio-client/api-types";
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
  assertNonEmptyString,
  assertOptionalBoolean,
  assertOptionalPlainObject,
  assertOptionalString,
  labelCall,
} from "@composio-client/core/internal";
import type { UnlistedMetaSlug } from "./meta-slug";
import type { ProxyFetchOptions } from "./proxy-fetch";
import { type ProxyExecuteParams, toProxyExecuteRequest } from "./proxy-params";
import {
  type InputResponses,
  type ProxyExecuteResult,
  type SessionExecuteResult,
  toExecuteResult,
  toProxyResult,
} from "./results";

/** Options of `session.executeMeta`: the request options, and the answers to a pause. */
export interface SessionExecuteMetaOptions extends RequestOptions {
  /**
   * The user's answers to an `inputRequired` result, keyed by its request ids. Sent exactly as
   * given, with the same slug and arguments as the call that paused.
   */
  inputResponses?: InputResponses | undefined;
  /** The `requestState` of the `inputRequired` result being answered, unchanged. */
  requestState?: string | undefined;
}

/** Options of `session.execute`. */
export interface SessionExecuteOptions extends SessionExecuteMetaOptions {
  /** Which connected account to use: an account id or an alias. */
  account?: string | undefined;
  /**
   * Let a large output come back as a preview offloaded to the session's workbench, when the
   * session has one. @defaultValue false (the output comes back inline)
   */
  enableAutoWorkbenchOffload?: boolean | undefined;
}

/** A tool-router session. Get one with `router.session(sessionId)`. */
export interface ToolRouterSession {
  /** The session id. */
  readonly id: string;
  /**
   * Runs a tool in this session. The toolkit is inferred from the slug. Narrow the result on
   * `resultType`: `"completed"`, `"failed"`, `"inputRequired"` (nothing ran yet: answer with
   * `result.respond(answers)`), or `"unknown"` (an answer this client cannot read).
   * @example
   * ```ts
   * let result = await session.execute("GMAIL_SEND_EMAIL", { recipient_email, subject, body });
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
   *   queries: [{ use_case: "send an email" }],
   * });
   * if (result.resultType === "completed") console.log(result.data);
   * ```
   */
  executeMeta(
    slug: MetaToolSlug | UnlistedMetaSlug,
    args?: ToolArguments,
    options?: SessionExecuteMetaOptions,
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
  proxyExecute(params: ProxyExecuteParams, options?: RequestOptions): Promise<ProxyExecuteResult>;
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
    options: SessionExecuteOptions = {},
  ): Promise<SessionExecuteResult> {
    assertNonEmptyString(toolSlug, "toolSlug");
    assertOptionalPlainObject(args, "args");
    const { account, enableAutoWorkbenchOffload, inputResponses, requestState, ...request } =
      options;
    assertOptionalString(account, "options.account");
    assertOptionalBoolean(enableAutoWorkbenchOffload, "options.enableAutoWorkbenchOffload");
    const body = {
      tool_slug: toolSlug,
      ...(args !== undefined && { arguments: args as ToolArguments }),
      ...(account !== undefined && { account }),
      ...(enableAutoWorkbenchOffload !== undefined && {
        enable_auto_workbench_offload: enableAutoWorkbenchOffload,
      }),
      ...answers(inputResponses, requestState),
    };
    const { data, requestId } = await client.post(
      EXECUTE,
      { path, body },
      labelCall(request, "session.execute", toolSlug),
    );
    return toExecuteResult(data, requestId, (responses, state, overrides) =>
      execute(toolSlug, args, {
        ...options,
        ...overrides,
        inputResponses: responses,
        requestState: state,
      }),
    );
  }

  async function executeMeta(
    slug: string,
    args?: ToolArguments,
    options: SessionExecuteMetaOptions = {},
  ): Promise<SessionExecuteResult> {
    // Any non-empty slug is sent: the server knows its meta tools better than this package.
    assertNonEmptyString(slug, "slug");
    assertOptionalPlainObject(args, "args");
    const { inputResponses, requestState, ...request } = options;
    const body = {
      slug: slug as MetaToolSlug,
      ...(args !== undefined && { arguments: args }),
      ...answers(inputResponses, requestState),
    };
    const { data, requestId } = await client.post(
      EXECUTE_META,
      { path, body },
      labelCall(request, "session.executeMeta", slug),
    );
    return toExecuteResult(data, requestId, (responses, state, overrides) =>
      executeMeta(slug, args, {
        ...options,
        ...overrides,
        inputResponses: responses,
        requestState: state,
      }),
    );
  }

  const proxyExecute: ToolRouterSession["proxyExecute"] = async (params, options) => {
    const body = await toProxyExecuteRequest(params);
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
    execute: execute as ToolRouterSession["execute"],
    executeMeta,
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
      return async (input, init) =>
        (await import("./proxy-fetch")).proxyFetchCall(proxyExecute, toolkit, options, input, init);
    },
  };
}

/** The answer fields of a request body, checked; absent when no answer is given. */
function answers(
  inputResponses: InputResponses | undefined,
  requestState: string | undefined,
): { input_responses?: InputResponses; request_state?: string } {
  // Any object: the server takes any answer values, so their shape is checked at compile time only.
  assertOptionalPlainObject(inputResponses, "options.inputResponses");
  assertOptionalString(requestState, "options.requestState");
  return {
    ...(inputResponses !== undefined && { input_responses: inputResponses }),
    ...(requestState !== undefined && { request_state: requestState }),
  };
}
