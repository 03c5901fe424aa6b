import { lookup } from "@composio-client/spec/diff/pointer.mjs";

/** A JSON Schema as Composio sends it: any JSON object. Read, never modified. */
export type JsonSchema = Record<string, unknown>;

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// Schemas from a server are data: a deep or self-referencing one must not hang or overflow.
export const MAX_DEPTH = 64;

/**
 * The schema a local `$ref` (`#/$defs/x`, `#/definitions/x`, any JSON pointer into `root`)
 * points to; the schema itself when it has no `$ref`; `undefined` when the target is missing,
 * malformed or external (a remote `$ref` is never fetched). The pointer is read by the same
 * lookup as typegen's and `spec:diff`'s, bundled in at build time.
 */
export function resolveRef(schema: JsonSchema, root: JsonSchema): JsonSchema | undefined {
  const ref = schema.$ref;
  if (typeof ref !== "string") return schema;
  const target = lookup(root, ref);
  return isObject(target) ? target : undefined;
}

/** The `type` keyword as a list; empty when the schema does not say. */
export function typesOf(schema: JsonSchema): string[] {
  const { type } = schema;
  if (typeof type === "string") return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === "string") : [];
}

/** The names `required` lists (non-strings ignored). */
export function requiredOf(schema: JsonSchema): string[] {
  return Array.isArray(schema.required)
    ? schema.required.filter((key): key is string => typeof key === "string")
    : [];
}

/** The `properties` keyword, when it is an object of schemas. */
export function propertiesOf(schema: JsonSchema): Record<string, JsonSchema> {
  const properties = schema.properties;
  if (!isObject(properties)) return {};
  return Object.fromEntries(
    Object.entries(properties).filter((entry): entry is [string, JsonSchema] => isObject(entry[1])),
  );
}

/** Whether the schema accepts `null` as it is written (`type`, `nullable`, `enum`, `const`). */
export function allowsNull(schema: JsonSchema): boolean {
  if (schema.nullable === true || typesOf(schema).includes("null")) return true;
  if (Array.isArray(schema.enum)) return schema.enum.includes(null);
  if ("const" in schema) return schema.const === null;
  // No type, enum or const: anything goes, null included.
  return typesOf(schema).length === 0 && !hasBranches(schema);
}

function hasBranches(schema: JsonSchema): boolean {
  return ["anyOf", "oneOf", "allOf", "$ref"].some((keyword) => keyword in schema);
}

/**
 * Sets an own, enumerable key, even `__proto__` (which plain assignment would take for the
 * prototype): model output and schemas are data, and a key is just a key.
 */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
