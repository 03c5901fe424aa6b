import type { OperationId } from "@composio-client/api-types";

/**
 * A failure to inject with `mock.failNext(n, fault)`. `ran` says whether the tool runs (its
 * handler is called and counted in `mock.executions`) before the failure: what the server did
 * before the client saw it fail.
 */
export type Fault =
  /** 429 with `retry-after` (seconds, default 0); the tool did not run. */
  | { type: "rate-limit"; retryAfter?: number }
  /** A 5xx error envelope (default 500); the tool ran unless `ran: false`. */
  | { type: "server-error"; status?: number; ran?: boolean }
  /** An error status (default 503) with `x-should-retry` (default `true`); the tool did not run. */
  | { type: "should-retry"; status?: number; retry?: boolean }
  /** `fetch` rejects as for a refused connection: nothing was sent, the tool did not run. */
  | { type: "refused" }
  /** The connection drops after the request arrived; the tool ran unless `ran: false`. */
  | { type: "drop"; ran?: boolean }
  /** No answer until the client's timeout or abort signal fires; the tool ran unless `ran: false`. */
  | { type: "hang"; ran?: boolean }
  /** A body that is not JSON (an HTML error page), status 200 by default; the tool ran unless `ran: false`. */
  | { type: "invalid-json"; status?: number; ran?: boolean };

/** The kinds of {@link Fault}. */
export type FaultType = Fault["type"];

/** Which calls a fault applies to; all when omitted. */
export interface FaultFilter {
  /** Only calls of this tool or meta tool slug. */
  slug?: string;
  /** Only calls of this operation. */
  operation?: OperationName;
}

/** The spec's operations, by `operationId`. */
export type OperationName = OperationId;

const RAN_BY_DEFAULT: Record<FaultType, boolean> = {
  "rate-limit": false,
  "server-error": true,
  "should-retry": false,
  refused: false,
  drop: true,
  hang: true,
  "invalid-json": true,
};

/** Whether the tool runs before `fault` strikes. */
export function faultRuns(fault: Fault): boolean {
  return "ran" in fault && fault.ran !== undefined ? fault.ran : RAN_BY_DEFAULT[fault.type];
}

interface Pending {
  fault: Fault;
  filter: FaultFilter;
  left: number;
}

/** The faults still to inject, in the order they were queued. */
export class FaultQueue {
  #pending: Pending[] = [];

  add(count: number, fault: Fault, filter: FaultFilter): void {
    if (!Number.isInteger(count) || count < 1) throw new RangeError("failNext needs a count ≥ 1");
    this.#pending.push({ fault, filter, left: count });
  }

  /** Takes the first fault that applies to this call, if any. */
  take(operation: OperationName, slug: string | undefined): Fault | undefined {
    const index = this.#pending.findIndex(
      ({ filter }) =>
        (filter.operation === undefined || filter.operation === operation) &&
        (filter.slug === undefined || filter.slug === slug),
    );
    const pending = this.#pending[index];
    if (!pending) return undefined;
    pending.left -= 1;
    if (pending.left === 0) this.#pending.splice(index, 1);
    return pending.fault;
  }

  clear(): void {
    this.#pending = [];
  }
}

/** Rejects as undici's fetch does for a refused connection: core sees it was never sent. */
export function refusedError(url: string): TypeError {
  const { host } = new URL(url);
  const cause = Object.assign(new Error(`connect ECONNREFUSED ${host}`), {
    code: "ECONNREFUSED",
    syscall: "connect",
  });
  return new TypeError("fetch failed", { cause });
}

/** Rejects as undici's fetch does when the server resets the connection after the request. */
export function droppedError(): TypeError {
  const cause = Object.assign(new Error("read ECONNRESET"), {
    code: "ECONNRESET",
    syscall: "read",
  });
  return new TypeError("fetch failed", { cause });
}
