import type {
  CustomAuthParameter,
  CustomConnectionData,
  ExecuteToolRequest,
  ToolArguments,
} from "@composio-client/api-types";
import { ComposioValidationError } from "@composio-client/core";
import {
  assertKnownKeys,
  assertNonEmptyString,
  assertOneOf,
  assertOptionalCustomConnectionData,
  assertOptionalPlainObject,
  assertOptionalString,
  assertPlainObject,
} from "@composio-client/core/internal";

/** Custom authentication for tools that support parameterized authentication. */
export interface CustomAuthParams {
  /** The toolkit API's base URL to call instead of the default. */
  baseUrl?: string | undefined;
  /** Headers or query parameters added to the tool's API requests. */
  parameters?: CustomAuthParameter[] | undefined;
  /** Fields added to the tool's API request body, sent unchanged. */
  body?: Record<string, unknown> | undefined;
}

/** What every `tools.execute` call may set besides `arguments` or `text`. */
export interface ExecuteParamsBase {
  /** The user whose connected account runs the tool. Defaults to the client's `userId`. */
  userId?: string | undefined;
  /**
   * The connected account to authenticate with: its id, or `"instant_account"` to run the tool on
   * Composio's instant account for its toolkit even when the user has connected the toolkit
   * (the call then fails rather than fall back to another credential).
   */
  connectedAccountId?: "instant_account" | (string & {}) | undefined;
  /** Tool version to run. The server runs `"00000000_00"` when omitted. */
  version?: string | undefined;
  /** Custom authentication parameters. */
  customAuthParams?: CustomAuthParams | undefined;
  /** Credentials for this call instead of a stored connected account. Passed through unchanged. */
  customConnectionData?: CustomConnectionData | undefined;
  /** Headers forwarded to the LLM gateway when executing from `text`. */
  llmGatewayHeaders?: Record<string, string> | undefined;
  /** @deprecated Use `userId` instead. */
  entityId?: string | undefined;
  /** @deprecated Tracing is being removed from the API. */
  allowTracing?: boolean | null | undefined;
}

/**
 * The type of a field that conflicts with another one. Its name is the compiler's message:
 * `Type 'string' is not assignable to type 'PassArgumentsOrTextNotBoth'`.
 */
export interface PassArgumentsOrTextNotBoth {
  readonly "tools.execute takes arguments or text, not both": never;
}

/**
 * Structured arguments, sent exactly as given. Required when the tool's declared arguments
 * (see `ToolRegistry`) have required fields.
 */
export type ExecuteWithArguments<Args = ToolArguments> = ExecuteParamsBase &
  // biome-ignore lint/complexity/noBannedTypes: `{} extends Args` asks "are all fields optional?".
  ({} extends Args ? { arguments?: Args | undefined } : { arguments: Args }) & {
    /** Give either `arguments` or `text`, not both. */
    text?: PassArgumentsOrTextNotBoth | undefined;
  };

/** A natural-language description of the task, turned into arguments by the server. */
export interface ExecuteWithText extends ExecuteParamsBase {
  text: string;
  /** Give either `arguments` or `text`, not both. */
  arguments?: PassArgumentsOrTextNotBoth | undefined;
}

/**
 * Parameters of `tools.execute`: `arguments` or `text` (never both), and who runs the tool.
 * `Args` is the tool's arguments type, from `ToolRegistry` for declared tools.
 */
export type ExecuteParams<Args = ToolArguments> = ExecuteWithArguments<Args> | ExecuteWithText;

/** Every key of {@link ExecuteParams}; a type test keeps it equal to the interface's keys. */
export const EXECUTE_PARAM_NAMES = [
  "arguments",
  "text",
  "userId",
  "connectedAccountId",
  "version",
  "customAuthParams",
  "customConnectionData",
  "llmGatewayHeaders",
  "entityId",
  "allowTracing",
] as const;

/** Every key of {@link CustomAuthParams}. */
export const CUSTOM_AUTH_PARAM_NAMES = ["baseUrl", "parameters", "body"] as const;

const MISPLACED_ARGUMENT =
  'A tool\'s own arguments go inside `arguments`: execute(slug, { arguments: { owner: "..." } }).';

/** Checks `params` and builds the wire body; throws before anything is sent. */
export function toExecuteToolRequest(
  params: unknown,
  defaultUserId: string | undefined,
): ExecuteToolRequest {
  if (params === undefined) return defaultUserId === undefined ? {} : { user_id: defaultUserId };
  assertPlainObject(params, "params");
  assertKnownKeys(params, EXECUTE_PARAM_NAMES, "params", MISPLACED_ARGUMENT);
  const p = params as ExecuteParamsBase & { arguments?: unknown; text?: unknown };
  if (p.arguments !== undefined && p.text !== undefined) {
    throw new ComposioValidationError(
      "params.arguments and params.text are mutually exclusive: pass one of them.",
      { path: "params" },
    );
  }
  assertOptionalPlainObject(p.arguments, "params.arguments");
  assertOptionalString(p.text, "params.text");
  assertOptionalString(p.userId, "params.userId");
  assertOptionalString(p.connectedAccountId, "params.connectedAccountId");
  assertOptionalString(p.version, "params.version");
  assertOptionalString(p.entityId, "params.entityId");
  if (p.allowTracing !== undefined && p.allowTracing !== null) {
    if (typeof p.allowTracing !== "boolean") {
      throw new ComposioValidationError("params.allowTracing must be a boolean or null.", {
        path: "params.allowTracing",
      });
    }
  }
  assertOptionalCustomConnectionData(p.customConnectionData, "params.customConnectionData");

  const body: ExecuteToolRequest = {};
  const userId = p.userId ?? defaultUserId;
  if (userId !== undefined) body.user_id = userId;
  if (p.connectedAccountId !== undefined) body.connected_account_id = p.connectedAccountId;
  if (p.entityId !== undefined) body.entity_id = p.entityId;
  if (p.version !== undefined) body.version = p.version;
  if (p.arguments !== undefined) body.arguments = p.arguments;
  if (p.text !== undefined) body.text = p.text;
  if (p.allowTracing !== undefined) body.allow_tracing = p.allowTracing;
  if (p.customAuthParams !== undefined) {
    body.custom_auth_params = toWireCustomAuthParams(p.customAuthParams);
  }
  if (p.customConnectionData !== undefined) body.custom_connection_data = p.customConnectionData;
  return body;
}

/** The `x-llm-gateway-headers` header value, or undefined when none were given. */
export function llmGatewayHeader(params: unknown): string | undefined {
  const headers = (params as ExecuteParamsBase | undefined)?.llmGatewayHeaders;
  if (headers === undefined) return undefined;
  assertPlainObject(headers, "params.llmGatewayHeaders");
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value !== "string") {
      throw new ComposioValidationError(`params.llmGatewayHeaders.${name} must be a string.`, {
        path: `params.llmGatewayHeaders.${name}`,
      });
    }
  }
  return JSON.stringify(headers);
}

function toWireCustomAuthParams(
  value: unknown,
): NonNullable<ExecuteToolRequest["custom_auth_params"]> {
  assertPlainObject(value, "params.customAuthParams");
  assertKnownKeys(value, CUSTOM_AUTH_PARAM_NAMES, "params.customAuthParams");
  const { baseUrl, parameters, body } = value as CustomAuthParams;
  assertOptionalString(baseUrl, "params.customAuthParams.baseUrl");
  assertOptionalPlainObject(body, "params.customAuthParams.body");
  const wire: NonNullable<ExecuteToolRequest["custom_auth_params"]> = {};
  if (baseUrl !== undefined) wire.base_url = baseUrl;
  if (parameters !== undefined) {
    if (!Array.isArray(parameters)) {
      throw new ComposioValidationError("params.customAuthParams.parameters must be an array.", {
        path: "params.customAuthParams.parameters",
      });
    }
    parameters.forEach((parameter, index) => {
      const path = `params.customAuthParams.parameters[${index}]`;
      assertPlainObject(parameter, path);
      assertNonEmptyString(parameter.name, `${path}.name`);
      assertOneOf(parameter.in, ["query", "header"], `${path}.in`);
      if (typeof parameter.value !== "string" && typeof parameter.value !== "number") {
        throw new ComposioValidationError(`${path}.value must be a string or a number.`, {
          path: `${path}.value`,
        });
      }
    });
    wire.parameters = parameters;
  }
  if (body !== undefined) wire.body = body;
  return wire;
}
