import type { RequestOptions } from "../client-options";

/** One operation to send: the spec path, its parameters and its wire body. */
export interface Operation {
  /** POST when absent: every tool-executing operation is one. */
  method?: "GET" | "POST" | undefined;
  path: string;
  pathParams: Record<string, unknown>;
  headerParams: Record<string, string> | undefined;
  /** Query parameters (GET only): `undefined` values are skipped, arrays repeat the name. */
  query?: Record<string, unknown> | undefined;
  body: unknown;
}

/** A response, and its error body when the sender has already read it. */
export interface Dispatched {
  response: Response;
  /** Present when the body of a non-2xx response was read: parsed JSON, or the raw text. */
  errorBody?: unknown;
}

/**
 * Sends one attempt of `operation` with the serialized `body`. Rejections from the network are
 * {@link ComposioConnectionError}s; aborts through `signal` pass through untouched.
 */
export type Dispatch = (
  operation: Operation,
  body: string,
  options: RequestOptions,
  signal: AbortSignal,
) => Promise<Dispatched>;

const PARAM = /\{(\w+)\}/g;

/** The operation's path with its (checked) parameters percent-encoded into it. */
export function fillPath(operation: Operation): string {
  return operation.path.replace(PARAM, (_, name: string) =>
    encodeURIComponent(operation.pathParams[name] as string),
  );
}
