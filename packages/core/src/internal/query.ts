import { ComposioValidationError } from "../errors";

/**
 * `?a=1&b=x&b=y` for the query parameters, or "" when there are none. Each value must be a
 * string, a finite number or a boolean, or an array of them; `undefined` and `null` are left out.
 */
export function queryString(query: Record<string, unknown> | undefined): string {
  if (query === undefined) return "";
  if (typeof query !== "object" || query === null || Array.isArray(query)) {
    throw new ComposioValidationError("query must be an object.", { path: "query" });
  }
  const search = new URLSearchParams();
  for (const name of Object.keys(query)) {
    const value = query[name];
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      if (
        typeof item !== "string" &&
        typeof item !== "boolean" &&
        !(typeof item === "number" && Number.isFinite(item))
      ) {
        throw new ComposioValidationError(
          `query.${name} must be a string, a finite number or a boolean, or an array of them.`,
          { path: `query.${name}` },
        );
      }
      search.append(name, String(item));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
