// RFC 9110 token characters: what a header name may contain.
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// RFC 9110 field values: tab, visible ASCII, space and obs-text (0x80-0xFF). Anything else
// (line breaks, NUL, other controls, characters beyond Latin-1) cannot go on the wire.
const UNSENDABLE_VALUE = /[^\t\x20-\x7e\x80-\xff]/;

/** Why a header name or value cannot be sent, or undefined when it can. Never echoes the value. */
export function headerProblem(name: string, value: unknown): string | undefined {
  if (!HEADER_NAME.test(name)) return `header name ${JSON.stringify(name)} is not a valid token`;
  if (typeof value !== "string") return `header ${name} must be a string, got ${typeof value}`;
  if (UNSENDABLE_VALUE.test(value)) {
    return `header ${name} contains a line break, NUL, another control character or a non-Latin-1 character`;
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

/**
 * `base` with the headers of `sources` merged in, their names lower-cased: names are
 * case-insensitive, so later sources replace earlier ones whatever their case.
 */
export function withHeaders(
  base: Record<string, string>,
  ...sources: (Record<string, string> | undefined)[]
): Record<string, string> {
  const merged = { ...base };
  for (const source of sources) {
    if (source)
      for (const name of Object.keys(source)) merged[name.toLowerCase()] = source[name] as string;
  }
  return merged;
}
