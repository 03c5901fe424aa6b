/** Why `value` is not a usable timeout in milliseconds, or undefined when it is. */
export function timeoutProblem(value: unknown): string | undefined {
  if (typeof value !== "number" || Number.isNaN(value) || value <= 0) {
    return "must be a positive number of milliseconds (or Infinity for none)";
  }
  return undefined;
}

/** Why `value` is not a usable retry count, or undefined when it is. */
export function maxRetriesProblem(value: unknown): string | undefined {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    return "must be a whole number, 0 or more";
  }
  return undefined;
}
