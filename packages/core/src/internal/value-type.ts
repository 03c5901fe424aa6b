/** A short name of a value's type for error messages; never the value itself. */
export function describeType(value: unknown): string {
  if (value === null) return "null";
  if (value === "") return "an empty string";
  if (Array.isArray(value)) return "an array";
  return typeof value;
}

/** True for `{}`-style objects: not null, not an array, not a Date, Map or class instance. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return Object.prototype.toString.call(value) === "[object Object]";
}
