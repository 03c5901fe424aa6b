import type { ExecuteToolResponse } from "@composio-client/api-types";
import type {
  ComposioClientOptions,
  ComposioRequester,
  RequestOptions,
  SharedClientOptions,
  ToolArgumentsOf,
  ToolDataOf,
  ToolSlug,
  WithoutSharedClient,
} from "@composio-client/core";
import { ToolExecutionError } from "@composio-client/core/common";
import {
  assertNonEmptyString,
  assertOptionalBoolean,
  assertOptionalString,
  assertPlainObject,
  labelCall,
  redactJson,
  redactSecrets,
  requesterSettings,
  resolveRequester,
  type TracedCall,
} from "@composio-client/core/internal";
import { camelCaseKeys } from "./camel-case";
import { type ExecuteParams, llmGatewayHeader, toExecuteToolRequest } from "./execute-params";

/** Fields of every `tools.execute` result. */
interface ToolExecuteResultBase {
  /** The execution log's id, for Composio's dashboard. */
  logId: string | undefined;
  /**
   * Session details for tools that return session context, else null. Any JSON value (the API
   * does not promise its shape); object keys are camelCased at every depth, like the rest of
   * the result (`session_id` becomes `sessionId`).
   */
  sessionInfo: unknown;
  /** The `x-request-id` of the response. */
  requestId: string | undefined;
}

/** The tool ran and succeeded: narrow on `successful` or `resultType`. */
export interface ToolExecuteCompleted<Data = Record<string, unknown>>
  extends ToolExecuteResultBase {
  resultType: "completed";
  successful: true;
  /**
   * The tool's output, exactly as the tool returned it (`{}` when the server sent null). Typed
   * from `ToolRegistry` for declared tools; nothing checks it at run time.
   */
  data: Data;
  /** Null, or a warning the server sent although the tool succeeded. */
  error: string | null;
}

/** The tool ran and failed; `error` says why. */
export interface ToolExecuteFailed extends ToolExecuteResultBase {
  resultType: "failed";
  successful: false;
  /** Whatever output the tool returned before failing (`{}` when none). */
  data: Record<string, unknown>;
  /** Why the tool failed, as the server said; `"no reason given"` when it said nothing. */
  error: string;
}

/**
 * What `tools.execute` resolves to. `if (!result.successful)` (or `resultType === "failed"`)
 * narrows `error` to a string; otherwise `data` is the tool's typed output.
 */
export type ToolExecuteResult<Data = Record<string, unknown>> =
  | ToolExecuteCompleted<Data>
  | ToolExecuteFailed;

/** Options of a `tools.execute` call. */
export interface ExecuteOptions extends RequestOptions {
  /** Throw a {@link ToolExecutionError} when the tool reports failure (`successful: false`). */
  throwOnToolError?: boolean | undefined;
}

/** Defaults of a tools client for every call. */
export interface ToolsClientDefaults {
  /** The user every call runs as, unless a call gives its own `userId`. */
  userId?: string | undefined;
  /** Throw a {@link ToolExecutionError} whenever a tool reports failure. */
  throwOnToolError?: boolean | undefined;
  /**
   * The version to run of each tool, by slug: sent as `version` unless a call gives its own.
   * Pass the module `composio-typegen` writes beside your types, so that what runs is what was
   * typed; slugs not listed run the server's default version.
   */
  toolVersions?: Readonly<Record<string, string>> | undefined;
}

/** Options of {@link createToolsClient}: the core client's options plus defaults for every call. */
export interface ToolsClientOptions
  extends ComposioClientOptions,
    ToolsClientDefaults,
    WithoutSharedClient {}

/**
 * Options of {@link createToolsClient} that reuse a core client from `createComposioClient`,
 * shared with other wrappers. Core options beside `client` are a compile error.
 */
export type ToolsClientSharedOptions = ToolsClientDefaults & SharedClientOptions;

/** Executes Composio tools. Create one with {@link createToolsClient}. */
export interface ToolsClient {
  /** What this client sends through: the shared core client, or a lean one made from its options. */
  readonly client: ComposioRequester;
  /**
   * Runs a tool with `arguments` (or natural-language `text`) and resolves to its result.
   * A tool that ran and failed resolves with `successful: false` unless `throwOnToolError` is set.
   *
   * @example
   * ```ts
   * const result = await tools.execute("GITHUB_CREATE_AN_ISSUE", {
   *   userId: "user_2b7f9c",
   *   arguments: { owner: "composiohq", repo: "composio", title: "Found a bug" },
   * });
   * if (result.successful) console.log(result.data);
   * ```
   */
  execute<Slug extends ToolSlug, const Options extends ExecuteOptions = ExecuteOptions>(
    toolSlug: Slug,
    ...rest: ExecuteRest<Slug, Options>
  ): Promise<ExecuteResultFor<Slug, Options>>;
}

/** `params` and `options` of `tools.execute`; `params` is required when the arguments are. */
export type ExecuteRest<Slug extends string, Options extends ExecuteOptions = ExecuteOptions> =
  // biome-ignore lint/complexity/noBannedTypes: `{} extends Args` asks "are all fields optional?".
  {} extends ToolArgumentsOf<Slug>
    ? [params?: ExecuteParams<ToolArgumentsOf<Slug>>, options?: Options]
    : [params: ExecuteParams<ToolArgumentsOf<Slug>>, options?: Options];

/**
 * What a call resolves to: only a completed result when the call sets `throwOnToolError: true`
 * (a failure then throws), else either result.
 */
export type ExecuteResultFor<Slug extends string, Options> = Options extends {
  throwOnToolError: true;
}
  ? ToolExecuteCompleted<ToolDataOf<Slug>>
  : ToolExecuteResult<ToolDataOf<Slug>>;

const EXECUTE_PATH = "/api/v3/tools/execute/{tool_slug}";

/** Creates a tools client from core options (API key, base URL...) or a shared core client. */
export function createToolsClient(
  options: ToolsClientOptions | ToolsClientSharedOptions = {},
): ToolsClient {
  const { userId, throwOnToolError, toolVersions, ...rest } = options;
  assertOptionalString(userId, "userId");
  assertOptionalBoolean(throwOnToolError, "throwOnToolError");
  const pinned = checkedVersions(toolVersions);
  const client = resolveRequester(rest);
  async function execute(
    toolSlug: string,
    params?: unknown,
    requestOptions?: ExecuteOptions,
  ): Promise<ToolExecuteResult> {
    assertNonEmptyString(toolSlug, "toolSlug");
    const { throwOnToolError: throwOnThis, ...request } = requestOptions ?? {};
    assertOptionalBoolean(throwOnThis, "options.throwOnToolError");
    const body = toExecuteToolRequest(params, userId);
    // An explicit version wins; `Object.hasOwn` keeps "constructor" and friends out.
    if (body.version === undefined && pinned && Object.hasOwn(pinned, toolSlug)) {
      body.version = pinned[toolSlug] as string;
    }
    const gatewayHeaders = llmGatewayHeader(params);
    const { data, requestId } = await client.post(
      EXECUTE_PATH,
      {
        path: { tool_slug: toolSlug },
        header:
          gatewayHeaders === undefined ? undefined : { "x-llm-gateway-headers": gatewayHeaders },
        body,
      },
      labelCall(request, "tools.execute", toolSlug, TRACED),
    );
    const result = toToolResult(data, requestId);
    if (!result.successful && (throwOnThis ?? throwOnToolError)) {
      // An error is meant to be logged: the server's text in it goes without the key.
      const { secrets } = requesterSettings(client);
      throw new ToolExecutionError(
        redactSecrets(`Tool ${toolSlug} failed: ${result.error}`, secrets),
        redactJson(result, secrets) as ToolExecuteFailed,
        { operation: "tools.execute", toolSlug },
      );
    }
    return result;
  }
  // The typed signature narrows `data` per slug; at run time it is what the tool returned.
  return { client, execute: execute as ToolsClient["execute"] };
}

/** Reads the 200 body of `tools.execute`: only `successful: true` is success, not a missing one. */
function toToolResult(data: ExecuteToolResponse, requestId: string | undefined): ToolExecuteResult {
  const common = {
    data: data.data ?? {},
    logId: data.log_id,
    sessionInfo: camelCaseKeys(data.session_info ?? null),
    requestId,
  };
  return data.successful === true
    ? { resultType: "completed", successful: true, error: data.error ?? null, ...common }
    : {
        resultType: "failed",
        successful: false,
        error: data.error || "no reason given",
        ...common,
      };
}

// What a call's span records of its result, with a tracer: the same reading as the caller's.
const TRACED: TracedCall = {
  kind: "execute_tool",
  read: (data) => toToolResult(data as ExecuteToolResponse, undefined),
};

/** A copy of `toolVersions` (later edits to the caller's object do not apply), checked. */
function checkedVersions(toolVersions: unknown): Readonly<Record<string, string>> | undefined {
  if (toolVersions === undefined) return undefined;
  assertPlainObject(toolVersions, "toolVersions");
  for (const [slug, version] of Object.entries(toolVersions)) {
    assertNonEmptyString(version, `toolVersions.${slug}`);
  }
  return Object.freeze({ ...(toolVersions as Record<string, string>) });
}
