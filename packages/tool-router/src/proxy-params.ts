import type {
  CustomConnectionData,
  ProxyMethod,
  ProxyParameter,
  SessionProxyExecuteRequest,
} from "@composio-client/api-types";
import { ComposioValidationError } from "@composio-client/core/common";
import {
  assertKnownKeys,
  assertNonEmptyString,
  assertOptionalCustomConnectionData,
  assertOptionalString,
  assertPlainObject,
  assertValid,
} from "@composio-client/core/internal";
import { toWireBinaryBody } from "./binary-body";

/** A binary request body: bytes (sent as base64), a URL Composio downloads, or base64 text. */
export type BinaryBodyInput =
  | Uint8Array
  | ArrayBuffer
  | Blob
  | { url: string; contentType?: string | undefined }
  | { base64: string; contentType?: string | undefined };

/** A header or query parameter value; numbers and booleans are sent as strings. */
export type ParameterValue = string | number | boolean;

interface ProxyParamsBase {
  /** The toolkit whose connected account authenticates the call, such as `"gmail"`. */
  toolkit: string;
  /** An absolute URL, or a path relative to the connected account's base URL. */
  endpoint: string;
  /** Query parameters, added as `parameters` entries of type `query`. */
  query?: Record<string, ParameterValue> | undefined;
  /** Headers, added as `parameters` entries of type `header`. */
  headers?: Record<string, ParameterValue> | undefined;
  /** Raw `parameters` entries, sent before those built from `query` and `headers`. */
  parameters?: ProxyParameter[] | undefined;
  /** Credentials for this call instead of the session's connected account. */
  customConnectionData?: CustomConnectionData | undefined;
}

/**
 * The type of `body`, `binaryBody` and `contentType` on a GET or HEAD. Its name is the
 * compiler's message: `Type '{...}' is not assignable to type 'GetAndHeadTakeNoBody'`.
 */
export interface GetAndHeadTakeNoBody {
  readonly "a GET or HEAD request has no body": never;
}

/** The type of `body` beside `binaryBody`, and of `binaryBody` beside `body`. */
export interface PassBodyOrBinaryBodyNotBoth {
  readonly "pass body or binaryBody, not both": never;
}

/** GET and HEAD carry no body. */
export interface ProxyParamsWithoutBody extends ProxyParamsBase {
  method: "GET" | "HEAD";
  body?: GetAndHeadTakeNoBody | undefined;
  binaryBody?: GetAndHeadTakeNoBody | undefined;
  contentType?: GetAndHeadTakeNoBody | undefined;
}

/** A JSON body (any JSON value), sent unchanged. */
export interface ProxyParamsWithJsonBody extends ProxyParamsBase {
  method: BodyMethod;
  body?: unknown;
  binaryBody?: PassBodyOrBinaryBodyNotBoth | undefined;
  /** Sent as the upstream request's Content-Type header. */
  contentType?: string | undefined;
}

/** A binary body. */
export interface ProxyParamsWithBinaryBody extends ProxyParamsBase {
  method: BodyMethod;
  binaryBody: BinaryBodyInput;
  body?: PassBodyOrBinaryBodyNotBoth | undefined;
  /** The upload's Content-Type; defaults to the Blob's type. */
  contentType?: string | undefined;
}

/**
 * Parameters with a method known only at run time (`method: ProxyMethod`), as generic code
 * forwards them: a body on GET or HEAD, or both body kinds, are then refused at run time with a
 * `ComposioValidationError` instead of at compile time.
 */
export interface ProxyParamsAnyMethod extends ProxyParamsBase {
  method: ProxyMethod;
  body?: unknown;
  binaryBody?: BinaryBodyInput | undefined;
  contentType?: string | undefined;
}

/** The methods that may carry a body. */
export type BodyMethod = Exclude<ProxyMethod, "GET" | "HEAD">;

/**
 * Parameters of `session.proxyExecute` with a literal method: a GET or HEAD takes no body, and
 * `body` and `binaryBody` exclude each other.
 */
export type ProxyExecuteParams =
  | ProxyParamsWithoutBody
  | ProxyParamsWithJsonBody
  | ProxyParamsWithBinaryBody;

/**
 * What `session.proxyExecute` takes for a given `method`: {@link ProxyExecuteParams} when the
 * method is known at compile time, {@link ProxyParamsAnyMethod} when it is any `ProxyMethod`.
 */
export type ProxyParamsFor<Method extends ProxyMethod> = [Method] extends ["GET" | "HEAD"]
  ? ProxyParamsWithoutBody
  : [Method] extends [BodyMethod]
    ? ProxyParamsWithJsonBody | ProxyParamsWithBinaryBody
    : ProxyExecuteParams | ProxyParamsAnyMethod;

/** Every key of the parameter types; a type test keeps it equal to their keys. */
export const PROXY_PARAM_NAMES = [
  "toolkit",
  "endpoint",
  "method",
  "query",
  "headers",
  "parameters",
  "body",
  "binaryBody",
  "contentType",
  "customConnectionData",
] as const;

// The methods that carry no body. Any other method is sent as given, with or without one: the
// server knows which methods its proxy takes better than this package.
const WITHOUT_BODY = ["GET", "HEAD"];

/** Checks `params` and builds the wire body; throws before anything is sent. */
export async function toProxyExecuteRequest(params: unknown): Promise<SessionProxyExecuteRequest> {
  assertPlainObject(params, "params");
  assertKnownKeys(params, PROXY_PARAM_NAMES, "params");
  const p = params;
  assertNonEmptyString(p.toolkit, "params.toolkit");
  assertNonEmptyString(p.endpoint, "params.endpoint");
  assertNonEmptyString(p.method, "params.method");
  assertOptionalString(p.contentType, "params.contentType");
  assertOptionalCustomConnectionData(p.customConnectionData, "params.customConnectionData");
  const hasBody = p.body !== undefined;
  const hasBinary = p.binaryBody !== undefined;
  if (hasBody && hasBinary) {
    throw new ComposioValidationError("params.body and params.binaryBody are mutually exclusive.", {
      path: "params",
    });
  }
  if ((hasBody || hasBinary || p.contentType !== undefined) && WITHOUT_BODY.includes(p.method)) {
    const field = hasBody ? "body" : hasBinary ? "binaryBody" : "contentType";
    throw new ComposioValidationError(`A ${p.method} request has no body, so no params.${field}.`, {
      path: `params.${field}`,
    });
  }

  const parameters = [
    ...rawParameters(p.parameters),
    ...recordParameters(p.query, "query"),
    ...recordParameters(p.headers, "header"),
  ];
  const wire: SessionProxyExecuteRequest = {
    toolkit_slug: p.toolkit,
    endpoint: p.endpoint,
    method: p.method as ProxyMethod,
  };
  if (hasBody) wire.body = p.body;
  // Without a body it is still the caller's header: sent, never dropped.
  if (!hasBinary && p.contentType !== undefined) {
    parameters.push({ name: "Content-Type", value: p.contentType, type: "header" });
  }
  if (hasBinary) wire.binary_body = await toWireBinaryBody(p.binaryBody, p.contentType);
  if (parameters.length > 0) wire.parameters = parameters;
  if (p.customConnectionData !== undefined) wire.custom_connection_data = p.customConnectionData;
  return wire;
}

function rawParameters(value: unknown): ProxyParameter[] {
  if (value === undefined) return [];
  assertValid(Array.isArray(value), "params.parameters", "an array", value);
  // `type` is not checked against the values the spec lists: a place the server adds is sent.
  value.forEach((parameter: unknown, index) => {
    const path = `params.parameters[${index}]`;
    assertPlainObject(parameter, path);
    assertNonEmptyString(parameter.name, `${path}.name`);
    assertValid(typeof parameter.value === "string", `${path}.value`, "a string", parameter.value);
    assertNonEmptyString(parameter.type, `${path}.type`);
  });
  return value as ProxyParameter[];
}

function recordParameters(record: unknown, type: "query" | "header"): ProxyParameter[] {
  if (record === undefined) return [];
  const path = type === "query" ? "params.query" : "params.headers";
  assertPlainObject(record, path);
  return Object.entries(record).map(([name, value]) => {
    assertValid(
      typeof value === "string" || typeof value === "number" || typeof value === "boolean",
      `${path}.${name}`,
      "a string, number or boolean",
      value,
    );
    return { name, value: String(value), type };
  });
}
