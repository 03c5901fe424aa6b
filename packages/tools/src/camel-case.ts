/**
 * A copy of `value` whose object keys are camelCased at every depth (`session_id` →
 * `sessionId`), for server data whose shape the API does not promise (`session_info`). Values,
 * arrays and anything that is not a plain JSON object are kept as they are.
 */
export function camelCaseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelCaseKeys);
  if (value === null || typeof value !== "object") return value;
  // fromEntries defines properties, so a `__proto__` key from JSON stays a plain key.
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      // Leading underscores are kept: `_id` stays `_id`, not `Id`.
      key.replace(/(?<=[^_])_+([a-z0-9])/g, (_, c: string) => c.toUpperCase()),
      camelCaseKeys(item),
    ]),
  );
}
