import type { FaultType, OperationName } from "./faults";

/** One request the mock received, as a test reads it. */
export interface MockCall {
  /** The operation, or `undefined` for a path the spec does not have. */
  operation: OperationName | undefined;
  method: string;
  /** The path, without origin or query. */
  path: string;
  /** Path parameters, decoded: `{ tool_slug }` or `{ session_id }`. */
  pathParams: Record<string, string>;
  /** The tool or meta tool slug; `undefined` for proxied calls. */
  slug: string | undefined;
  /** Request headers, lower-cased, with `x-api-key` and `x-user-api-key` replaced by `[redacted]`. */
  headers: Record<string, string>;
  /** The parsed JSON body, or the raw text when it was not JSON. */
  body: unknown;
  /** The status answered; `undefined` when the connection was refused, dropped or hung. */
  status: number | undefined;
  /** Whether the tool (or proxied request) really ran: the handler completed or failed. */
  ran: boolean;
  /** The injected fault, if any. */
  fault: FaultType | undefined;
  /** Why the mock refused it (400), as sent in the envelope's `errors`. */
  validationErrors: string[];
}

/** Every call in order, with filters that read well in assertions. */
export interface MockCalls extends ReadonlyArray<MockCall> {
  /** Calls of tool `slug`, through tools.execute or a session. */
  tool(slug: string): MockCall[];
  /** Calls of meta tool `slug`. */
  meta(slug: string): MockCall[];
  /** Proxied calls (`proxyExecute`). */
  proxy(): MockCall[];
  /** Calls of one operation. */
  operation(name: OperationName): MockCall[];
  /** The most recent call, if any. */
  last(): MockCall | undefined;
}

const TOOL_OPERATIONS: (OperationName | undefined)[] = ["executeTool", "executeSessionTool"];

export function createCalls(): { calls: MockCalls; list: MockCall[] } {
  const list: MockCall[] = [];
  const calls = Object.assign(list, {
    tool: (slug: string) =>
      list.filter((c) => TOOL_OPERATIONS.includes(c.operation) && c.slug === slug),
    meta: (slug: string) =>
      list.filter((c) => c.operation === "executeSessionMetaTool" && c.slug === slug),
    proxy: () => list.filter((c) => c.operation === "proxyExecuteSession"),
    operation: (name: OperationName) => list.filter((c) => c.operation === name),
    last: () => list[list.length - 1],
  });
  return { calls, list };
}

const REDACTED = new Set(["x-api-key", "x-user-api-key", "authorization"]);

export function recordHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = REDACTED.has(name) ? "[redacted]" : value;
  });
  return out;
}
