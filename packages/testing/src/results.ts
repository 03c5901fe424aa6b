import { SPEC } from "./spec.gen";
import type { ErrorDetail } from "./spec-data";

const KIND = Symbol.for("@composio-client/testing.result");

/** A tool that ran and failed: `successful: false` from tools.execute, `failed` in a session. */
export interface ToolFailed {
  readonly [KIND]: "failed";
  readonly error: string;
  readonly data: Record<string, unknown>;
}

/** A session call a hook blocked: see {@link toolBlocked}. */
export interface ToolBlocked {
  readonly [KIND]: "blocked";
  readonly error: string;
  readonly blockReason: unknown;
  readonly hookResults: unknown;
}

/** One question of {@link inputRequired}. */
export interface MockInputRequest {
  /** What the user is asked. */
  message: string;
  /**
   * The JSON Schema of the answer's `content`.
   * @defaultValue the spec's approval schema: `{ decision: "approve" | "reject" }`
   */
  requestedSchema?: Record<string, unknown>;
}

/** A session call that has not run: it waits for the user's answers. */
export interface InputRequired {
  readonly [KIND]: "inputRequired";
  readonly requests: Record<string, MockInputRequest>;
  readonly requestState: string | undefined;
}

/**
 * The tool ran and failed. Return it from a handler: tools.execute answers `successful: false`,
 * a session answers `result_type: "failed"`.
 */
export function toolFailed(error: string, data: Record<string, unknown> = {}): ToolFailed {
  return { [KIND]: "failed", error, data };
}

/**
 * A session hook blocked the call (session calls only). Return it from a handler: the session
 * answers `result_type: "blocked"` with `error` as the hook's message, empty `data`, and
 * `block_reason` and `hook_results` as given (any JSON; left out when undefined). The call
 * counts as not run: `mock.executions(slug)` does not include it.
 */
export function toolBlocked(
  error: string,
  options: { blockReason?: unknown; hookResults?: unknown } = {},
): ToolBlocked {
  return {
    [KIND]: "blocked",
    error,
    blockReason: options.blockReason,
    hookResults: options.hookResults,
  };
}

/**
 * The tool has not run: it waits for the user (session calls only). Return it from a handler;
 * the answer arrives in the same call again, as `ctx.inputResponses`.
 * @param requests the questions by id, or one question's message (its id is then `approval`)
 * @param options `requestState`: the opaque state to expect back; the mock makes one by default
 */
export function inputRequired(
  requests: Record<string, MockInputRequest> | string,
  options: { requestState?: string } = {},
): InputRequired {
  return {
    [KIND]: "inputRequired",
    requests: typeof requests === "string" ? { approval: { message: requests } } : requests,
    requestState: options.requestState,
  };
}

/** Thrown from a handler: the mock answers Composio's error envelope with this status. */
export class MockApiError extends Error {
  override readonly name = "MockApiError";
  readonly status: number;
  readonly detail: ErrorDetail;
  readonly headers: Record<string, string>;
  constructor(status: number, detail: ErrorDetail, headers: Record<string, string>) {
    super(detail.message);
    this.status = status;
    this.detail = detail;
    this.headers = headers;
  }
}

/**
 * What {@link apiError} may set. Without `message` and `slug`, the rest comes from the spec's
 * example for the status; with either, the rest is generic.
 */
export interface ApiErrorInit {
  message?: string;
  code?: number;
  slug?: string;
  suggestedFix?: string;
  errors?: string[];
  headers?: Record<string, string>;
}

/**
 * An error answer to throw from a handler: `throw apiError(404, { slug: "Tool_NotFound" })`.
 * With neither `message` nor `slug`, the rest comes from the spec's example error for that status;
 * with either, what is left out is generic (`Http_<status>`, no `suggested_fix`).
 */
export function apiError(status: number, init: ApiErrorInit = {}): MockApiError {
  return new MockApiError(status, errorDetail(status, init), init.headers ?? {});
}

export function errorDetail(status: number, init: ApiErrorInit = {}): ErrorDetail {
  // The spec's example describes one situation (its 404 is a connected account not found): it
  // fills in an error only when the caller named none, with neither a message nor a slug.
  const named = init.message !== undefined || init.slug !== undefined;
  const example = named ? undefined : SPEC.errors[String(status)];
  const detail: ErrorDetail = {
    message: init.message ?? example?.message ?? `HTTP ${status}`,
    code: init.code ?? example?.code ?? 10000 + status,
    slug: init.slug ?? example?.slug ?? `Http_${status}`,
    status,
  };
  const fix = init.suggestedFix ?? example?.suggested_fix;
  if (fix !== undefined) detail.suggested_fix = fix;
  if (init.errors) detail.errors = init.errors;
  return detail;
}

export function isToolFailed(value: unknown): value is ToolFailed {
  return (value as ToolFailed | null)?.[KIND] === "failed";
}

export function isToolBlocked(value: unknown): value is ToolBlocked {
  return (value as ToolBlocked | null)?.[KIND] === "blocked";
}

export function isInputRequired(value: unknown): value is InputRequired {
  return (value as InputRequired | null)?.[KIND] === "inputRequired";
}
