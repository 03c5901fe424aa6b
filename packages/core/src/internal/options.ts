import type { RequestOptions } from "../client-options";
import { describeType } from "../validation";
import { headersProblem } from "./headers";

/** Why an option's value is not acceptable, or undefined when it is. Never echoes the value. */
export type OptionCheck = (value: unknown) => string | undefined;

const timeout: OptionCheck = (value) =>
  typeof value !== "number" || Number.isNaN(value) || value <= 0
    ? "must be a positive number of milliseconds (or Infinity for none)"
    : undefined;

const maxRetries: OptionCheck = (value) =>
  typeof value !== "number" || !Number.isInteger(value) || value < 0
    ? "must be a whole number, 0 or more"
    : undefined;

const maxResponseBytes: OptionCheck = (value) =>
  typeof value !== "number" || !(Number.isInteger(value) || value === Infinity) || value <= 0
    ? "must be a whole number of bytes above 0 (or Infinity for no limit)"
    : undefined;

/** A real boolean: the string "false" is truthy, and would turn duplicates on. */
export const boolean: OptionCheck = (value) =>
  typeof value === "boolean" ? undefined : `must be true or false, got ${describeType(value)}`;

const headers: OptionCheck = (value) => {
  if (describeType(value) !== "object") return `must be an object, got ${describeType(value)}`;
  const problem = headersProblem(value as Record<string, unknown>);
  return problem ? `cannot be sent: ${problem}` : undefined;
};

// Duck-typed rather than `instanceof`: signals from another realm or a polyfill work too.
const signal: OptionCheck = (value) => {
  const candidate = value as Partial<AbortSignal> | null;
  return typeof candidate === "object" &&
    candidate !== null &&
    typeof candidate.aborted === "boolean" &&
    typeof candidate.addEventListener === "function" &&
    typeof candidate.removeEventListener === "function"
    ? undefined
    : `must be an AbortSignal, got ${describeType(value)}`;
};

// An id for traces only: never sent, so any non-empty string will do.
const toolCallId: OptionCheck = (value) =>
  typeof value === "string" && value !== ""
    ? undefined
    : `must be a non-empty string, got ${describeType(value)}`;

/**
 * The checks of every option a call accepts; the client runs the same ones on its own options
 * of those names (`signal` and `toolCallId` excepted), so the two can never disagree.
 */
export const REQUEST_OPTION_CHECKS = {
  signal,
  timeout,
  maxRetries,
  maxResponseBytes,
  headers,
  allowDuplicateExecution: boolean,
  toolCallId,
} satisfies Record<keyof RequestOptions, OptionCheck>;

/**
 * The first option of `options` that `checks` has no check for (no `problem`: unknown, so that a
 * misspelt one is refused rather than dropped), or that fails its check, with why. Undefined
 * values pass.
 */
export function optionsProblem(
  options: Record<string, unknown>,
  checks: Record<string, OptionCheck>,
): { name: string; problem?: string } | undefined {
  for (const name of Object.keys(options)) {
    if (!Object.hasOwn(checks, name)) return { name };
    const value = options[name];
    const problem = value === undefined ? undefined : (checks[name] as OptionCheck)(value);
    if (problem) return { name, problem };
  }
  return undefined;
}
