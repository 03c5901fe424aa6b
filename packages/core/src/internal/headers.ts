// RFC 9110 token characters: what a header name may contain.
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// fetch rejects CR, LF and NUL in values, and anything outside Latin-1 cannot be sent at all.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNSENDABLE_VALUE = /[\r\n\0]|[^\u0000-\u00ff]/;

/** Why a header name or value cannot be sent, or undefined when it can. Never echoes the value. */
export function headerProblem(name: string, value: unknown): string | undefined {
  if (!HEADER_NAME.test(name)) return `header name ${JSON.stringify(name)} is not a valid token`;
  if (typeof value !== "string") return `header ${name} must be a string, got ${typeof value}`;
  if (UNSENDABLE_VALUE.test(value)) {
    return `header ${name} contains a line break, NUL or non-Latin-1 character`;
  }
  return undefined;
}

/** Returns the first problem of a header record, or undefined when every entry can be sent. */
export function headersProblem(headers: Record<string, unknown>): string | undefined {
  for (const name of Object.keys(headers)) {
    const problem = headerProblem(name, headers[name]);
    if (problem) return problem;
  }
  return undefined;
}
