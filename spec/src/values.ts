// The values the spec enumerates, read from openapi.yaml for the tests that must cover each one:
// iterating these, a test covers a meta tool or an auth scheme added to the spec without an edit.
import { readFileSync } from "node:fs";
import { parse } from "yaml";

interface Schema {
  enum?: string[];
  const?: string;
  oneOf?: { $ref: string }[];
  required?: string[];
  properties?: Record<string, Schema>;
}

const schemas: Record<string, Schema> = parse(
  readFileSync(new URL("../openapi.yaml", import.meta.url), "utf8"),
).components.schemas;
const byRef = ({ $ref }: { $ref: string }) => schemas[$ref.replace("#/components/schemas/", "")];

// A test iterating an empty list would pass without testing anything: a renamed schema throws.
function nonEmpty<T>(values: T[] | undefined, what: string): T[] {
  if (!values?.length) throw new Error(`spec/openapi.yaml: no ${what}`);
  return values;
}

/** The slugs of `MetaToolSlug`, in the spec's order. */
export const META_TOOL_SLUGS: readonly string[] = nonEmpty(
  schemas.MetaToolSlug?.enum,
  "MetaToolSlug enum",
);

/** Each auth scheme of `CustomConnectionData`, with the `val` keys that scheme requires. */
export const CONNECTION_KEYS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  nonEmpty(schemas.CustomConnectionData?.oneOf, "CustomConnectionData variants").map((ref) => {
    const { authScheme, val } = byRef(ref)?.properties ?? {};
    return [authScheme?.const, val?.required ?? []];
  }),
);

/** A valid `customConnectionData` for each auth scheme: every required key set to a string. */
export function connectionDataPerScheme(toolkitSlug = "github") {
  return Object.entries(CONNECTION_KEYS).map(([authScheme, keys]) => ({
    authScheme,
    toolkitSlug,
    val: Object.fromEntries(keys.map((key) => [key, `${key}_value`])),
  }));
}
