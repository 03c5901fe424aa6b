import type {
  MetaToolSlug,
  ProxyMethod,
  SessionExecuteMetaRequest,
  SessionExecuteRequest,
  SessionExecuteResponse,
  SessionProxyExecuteResponse,
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
  assertKnownKeys,
  assertNonEmptyString,
  assertOptionalBoolean,
  assertOptionalPlainObject,
  assertOptionalString,
  assertPlainObject,
  labelCall,
  misplacedArgumentHint,
  type TracedCall,
} from "@composio-client/core/internal";
import type { UnlistedMetaSlug } from "./meta-slug";
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

// What a call's span records of its result, with a tracer: the same reading as the caller's.
const TRACED_EXECUTE: TracedCall = {
  kind: "execute_tool",
  read: (data) => toExecuteResult(data as SessionExecuteResponse, undefined, neverAnswered),
};
const TRACED_PROXY: TracedCall = {
  kind: "proxy_execute",
  read: (data) => toProxyResult(data as SessionProxyExecuteResponse, undefined),
};

/** `respond` of the span's reading of a pause, which only records its result type. */
function neverAnswered(): never {
  throw new Error("A traced result is never answered.");
}

/** Binds the session operations to `sessionId`, which the caller has checked. */
export function createSession(client: ComposioRequester, sessionId: string): ToolRouterSession {
  const path = { session_id: sessionId };

  async function execute(
    toolSlug: string,
    params: SessionExecuteParams = {},
    options?: RequestOptions,
  ): Promise<SessionExecuteResult> {
    assertNonEmptyString(toolSlug, "toolSlug");
    const common = checkedCommonFields(params, SESSION_EXECUTE_PARAM_NAMES, "session.execute");
    assertOptionalString(params.account, "params.account");
    assertOptionalBoolean(params.enableAutoWorkbenchOffload, "params.enableAutoWorkbenchOffload");
    // A field left undefined is not sent: JSON drops it.
    const body = {
      tool_slug: toolSlug,
      arguments: common.arguments,
      account: params.account,
      enable_auto_workbench_offload: params.enableAutoWorkbenchOffload,
      input_responses: common.input_responses,
      request_state: common.request_state,
    } as SessionExecuteRequest;
    const { data, requestId } = await client.post(
      EXECUTE,
      { path, body },
      labelCall(options, "session.execute", toolSlug, TRACED_EXECUTE),
    );
    return toExecuteResult(data, requestId, (inputResponses, requestState, overrides) =>
      execute(toolSlug, { ...params, inputResponses, requestState }, { ...options, ...overrides }),
    );
  }

  async function executeMeta(
    slug: string,
    params: SessionExecuteMetaParams = {},
    options?: RequestOptions,
  ): Promise<SessionExecuteResult> {
    // Any non-empty slug is sent: the server knows its meta tools better than this package.
    assertNonEmptyString(slug, "slug");
    const body = {
      slug,
      ...checkedCommonFields(params, SESSION_EXECUTE_META_PARAM_NAMES, "session.executeMeta"),
    } as SessionExecuteMetaRequest;
    const { data, requestId } = await client.post(
      EXECUTE_META,
      { path, body },
      labelCall(options, "session.executeMeta", slug, TRACED_EXECUTE),
    );
    return toExecuteResult(data, requestId, (inputResponses, requestState, overrides) =>
      executeMeta(slug, { ...params, inputResponses, requestState }, { ...options, ...overrides }),
    );
  }

  const proxyExecute: ToolRouterSession["proxyExecute"] = async (params, options) => {
    const body = await toProxyExecuteRequest(params);
    const { data, requestId } = await client.post(
      PROXY_EXECUTE,
      { path, body },
      labelCall(options, "session.proxyExecute", undefined, TRACED_PROXY),
    );
    return toProxyResult(data, requestId);
  };

  const session: ToolRouterSession = {
    id: sessionId,
    // The typed signature narrows `data` per slug; at run time it is what the tool returned.
    execute: execute as ToolRouterSession["execute"],
    executeMeta,
    proxyExecute,
  };
  CLIENTS.set(session, client);
  return session;
}

// The client of each session this package made, kept out of the session's public shape.
const CLIENTS = new WeakMap<object, ComposioRequester>();

/** The client `session` sends through, when this package made it. */
export function clientOf(session: object): ComposioRequester | undefined {
  return CLIENTS.get(session);
}

/**
 * Checks the params `execute` and `executeMeta` share (no key outside `known`, the arguments and
 * the answers to a pause) and returns their wire fields, undefined where not given.
 */
function checkedCommonFields(
  params: unknown,
  known: readonly string[],
  call: "session.execute" | "session.executeMeta",
): {
  arguments: ToolArguments | undefined;
  input_responses: InputResponses | undefined;
  request_state: string | undefined;
} {
  assertPlainObject(params, "params");
  assertKnownKeys(params, known, "params", misplacedArgumentHint(call));
  const {
    arguments: args,
    inputResponses,
    requestState,
  } = params as PauseAnswers & {
    arguments?: ToolArguments;
  };
  assertOptionalPlainObject(args, "params.arguments");
  // Any object: the server takes any answer values, so their shape is checked at compile time.
  assertOptionalPlainObject(inputResponses, "params.inputResponses");
  assertOptionalString(requestState, "params.requestState");
  return { arguments: args, input_responses: inputResponses, request_state: requestState };
}
