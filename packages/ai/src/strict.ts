// OpenAI's strict mode (Structured Outputs for function calling) accepts a subset of JSON Schema:
// every object lists all its properties in `required` and sets `additionalProperties: false`, so
// an optional field is written as a nullable one. These two functions go there and back.
import {
  allowsNull,
  isObject,
  type JsonSchema,
  MAX_DEPTH,
  propertiesOf,
  requiredOf,
  resolveRef,
  setOwn,
  typesOf,
} from "./json-schema";

// Keywords whose meaning the rewrite would have to follow through branches or references; a
// schema using them is sent as it is, without strict mode, rather than rewritten wrongly.
const NOT_REWRITTEN = [
  "$ref",
  "anyOf",
  "oneOf",
  "allOf",
  "not",
  "if",
  "patternProperties",
  "dependentSchemas",
  "prefixItems",
] as const;

/**
 * A copy of `schema` in the form strict mode requires, or `undefined` when strict mode cannot
 * express it: a free-form object (`{ "type": "object" }` without properties, or with
 * `additionalProperties` allowing more keys) would accept only `{}` there, and would break the
 * tool's meaning. `schema` itself is never modified.
 */
export function toStrictSchema(schema: JsonSchema): JsonSchema | undefined {
  return rewrite(schema, 0);
}

function rewrite(original: JsonSchema, depth: number): JsonSchema | undefined {
  if (depth > MAX_DEPTH || NOT_REWRITTEN.some((keyword) => keyword in original)) return undefined;
  const schema = withoutNullable(original);
  if (!schema) return undefined;
  const types = typesOf(schema);
  if (Array.isArray(schema.items)) return undefined;
  if (types.includes("object") || "properties" in schema) return rewriteObject(schema, depth);
  if (types.length === 0 && !("enum" in schema) && !("const" in schema)) return undefined;
  if (isObject(schema.items)) {
    const items = rewrite(schema.items, depth + 1);
    return items && { ...schema, items };
  }
  return { ...schema };
}

function rewriteObject(schema: JsonSchema, depth: number): JsonSchema | undefined {
  const extra = schema.additionalProperties;
  if (extra !== undefined && extra !== false) return undefined;
  if (!isObject(schema.properties)) return undefined;
  const properties = propertiesOf(schema);
  // A property that is not a schema (`true`, a typo) cannot be rewritten.
  if (Object.keys(properties).length !== Object.keys(schema.properties).length) return undefined;
  const required = new Set(requiredOf(schema));
  const rewritten: Record<string, JsonSchema> = {};
  for (const [key, property] of Object.entries(properties)) {
    const strict = rewrite(property, depth + 1);
    if (!strict) return undefined;
    setOwn(rewritten, key, required.has(key) ? strict : nullable(strict));
  }
  return {
    ...schema,
    properties: rewritten,
    required: Object.keys(rewritten),
    additionalProperties: false,
  };
}

/**
 * The schema without the keywords strict mode does not know but Composio's schemas (written
 * from Pydantic models) often carry: OpenAPI's `nullable: true` becomes a `"null"` type, and a
 * `default: null` goes (the model writes null itself). `undefined` when nullable has no type
 * to extend.
 */
function withoutNullable(schema: JsonSchema): JsonSchema | undefined {
  if (!("nullable" in schema) && schema.default !== null) return schema;
  const { nullable: isNullable, ...rest } = schema;
  if (rest.default === null) delete rest.default;
  if (isNullable !== true) return rest;
  if (typesOf(rest).length === 0 && !Array.isArray(rest.enum)) return undefined;
  return nullable(rest);
}

/** The same schema, also accepting null: how strict mode writes an optional field. */
function nullable(schema: JsonSchema): JsonSchema {
  if (allowsNull(schema)) return schema;
  const result: JsonSchema = { ...schema };
  const types = typesOf(schema);
  if (types.length > 0) result.type = [...types, "null"];
  if (Array.isArray(schema.enum)) result.enum = [...schema.enum, null];
  if ("const" in schema) {
    delete result.const;
    result.enum = [schema.const, null];
  }
  return result;
}

/**
 * The model's arguments without the nulls strict mode made it write: a null in a field the
 * original schema leaves optional, and does not allow to be null, is removed, at any depth, so
 * that Composio sees what the schema means ("not given"). A new value; `value` is untouched.
 */
export function removeStrictNulls(schema: JsonSchema, value: unknown): unknown {
  return strip(schema, value, schema, 0);
}

function strip(raw: JsonSchema, value: unknown, root: JsonSchema, depth: number): unknown {
  const schema = resolveRef(raw, root);
  if (!schema || depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) {
    const items = schema.items;
    return isObject(items) ? value.map((item) => strip(items, item, root, depth + 1)) : value;
  }
  if (!isObject(value)) return value;
  const properties = propertiesOf(schema);
  const required = new Set(requiredOf(schema));
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const property = Object.hasOwn(properties, key) ? properties[key] : undefined;
    const resolved = property && resolveRef(property, root);
    if (item === null && resolved && !required.has(key) && !allowsNull(resolved)) continue;
    setOwn(result, key, property ? strip(property, item, root, depth + 1) : item);
  }
  return result;
}
