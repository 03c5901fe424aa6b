import type {
  CustomAuthParameter,
  CustomConnectionData,
  ExecuteToolRequest,
  ToolArguments,
} from "@composio-client/api-types";
import { ComposioValidationError } from "@composio-client/core/common";
import {
  assertKnownKeys,
  assertNonEmptyString,
  assertOptionalCustomConnectionData,
  assertOptionalPlainObject,
  assertOptionalString,
  assertPlainObject,
  assertValid,
  misplacedArgumentHint,
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

/** Every key of {@link CustomAuthParams}. */
export const CUSTOM_AUTH_PARAM_NAMES = ["baseUrl", "parameters", "body"] as const;

type Wire = Record<string, unknown>;
/**
 * Checks a field's value (`undefined` never reaches it) and returns what the wire carries
 * instead of it, or nothing (an assertion) for the value as given.
 */
type ToWire = (value: unknown, path: string) => unknown;

/** Each field of `params` the wire body carries, in the wire body's order. */
const FIELDS = [
  ["userId", "user_id", assertOptionalString],
  ["connectedAccountId", "connected_account_id", assertOptionalString],
  ["entityId", "entity_id", assertOptionalString],
  ["version", "version", assertOptionalString],
  ["arguments", "arguments", assertPlainObject],
  ["text", "text", assertOptionalString],
  [
    "allowTracing",
    "allow_tracing",
    (value, path) =>
      assertValid(value === null || typeof value === "boolean", path, "a boolean or null", value),
  ],
  ["customAuthParams", "custom_auth_params", toWireCustomAuthParams],
  ["customConnectionData", "custom_connection_data", assertOptionalCustomConnectionData],
] as const satisfies readonly (readonly [name: string, wire: string, toWire: ToWire])[];

/**
 * Every key of {@link ExecuteParams}: the fields of the wire body, and the one sent as a header.
 * A type test keeps it equal to the interface's keys.
 */
export const EXECUTE_PARAM_NAMES: readonly ((typeof FIELDS)[number][0] | "llmGatewayHeaders")[] = [
  ...FIELDS.map(([name]) => name),
  "llmGatewayHeaders",
];

/** Checks `params` and builds the wire body; throws before anything is sent. */
export function toExecuteToolRequest(
  params: unknown,
  defaultUserId: string | undefined,
): ExecuteToolRequest {
  const body: Wire = defaultUserId === undefined ? {} : { user_id: defaultUserId };
  if (params === undefined) return body;
  assertPlainObject(params, "params");
  assertKnownKeys(params, EXECUTE_PARAM_NAMES, "params", misplacedArgumentHint("tools.execute"));
  if (params.arguments !== undefined && params.text !== undefined) {
    throw new ComposioValidationError(
      "params.arguments and params.text are mutually exclusive: pass one of them.",
      { path: "params" },
    );
  }
  for (const [name, wire, toWire] of FIELDS) {
    const value = params[name];
    if (value !== undefined) body[wire] = (toWire as ToWire)(value, `params.${name}`) ?? value;
  }
  return body;
}

/** The `x-llm-gateway-headers` header value, or undefined when none were given. */
export function llmGatewayHeader(params: unknown): string | undefined {
  const headers = (params as ExecuteParamsBase | undefined)?.llmGatewayHeaders;
  if (headers === undefined) return undefined;
  assertPlainObject(headers, "params.llmGatewayHeaders");
  for (const [name, value] of Object.entries(headers)) {
    assertValid(typeof value === "string", `params.llmGatewayHeaders.${name}`, "a string", value);
  }
  return JSON.stringify(headers);
}

function toWireCustomAuthParams(
  value: unknown,
  path: string,
): NonNullable<ExecuteToolRequest["custom_auth_params"]> {
  assertPlainObject(value, path);
  assertKnownKeys(value, CUSTOM_AUTH_PARAM_NAMES, path);
  const { baseUrl, parameters, body } = value as CustomAuthParams;
  assertOptionalString(baseUrl, `${path}.baseUrl`);
  assertOptionalPlainObject(body, `${path}.body`);
  const wire: NonNullable<ExecuteToolRequest["custom_auth_params"]> = {};
  if (baseUrl !== undefined) wire.base_url = baseUrl;
  if (parameters !== undefined) {
    assertValid(Array.isArray(parameters), `${path}.parameters`, "an array", parameters);
    // `in` is not checked against the values the spec lists: a place the server adds is sent.
    parameters.forEach((parameter, index) => {
      const at = `${path}.parameters[${index}]`;
      assertPlainObject(parameter, at);
      assertNonEmptyString(parameter.name, `${at}.name`);
      assertNonEmptyString(parameter.in, `${at}.in`);
      const { value } = parameter;
      assertValid(
        typeof value === "string" || typeof value === "number",
        `${at}.value`,
        "a string or a number",
        value,
      );
    });
    wire.parameters = parameters;
  }
  if (body !== undefined) wire.body = body;
  return wire;
}
