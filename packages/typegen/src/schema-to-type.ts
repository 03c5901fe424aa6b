/**
 * JSON Schema → TypeScript type text, for tool arguments and data. Small on purpose: it never
 * throws on a schema (what it cannot type becomes `unknown` with a comment saying why), writes
 * flat object types only (no conditional types, so a registry of thousands of tools type-checks
 * in linear time), and follows the API's rules rather than a generator's habits:
 * - arguments: required is exactly `required`, minus fields with a `default`; no extra keys
 *   unless `additionalProperties` allows them;
 * - data: every object also allows extra keys (real APIs return more than they document).
 */

/** Whether a schema describes what the caller writes (arguments) or reads (data). */
export type Direction = "arguments" | "data";

import { lookup, pointerKeys } from "@composio-client/spec/diff/pointer.mjs";
import { commentText, lines, optionalPropertyType, propertyKey, stringLiteral } from "./text";

type Schema = Record<string, unknown>;

interface Context {
  direction: Direction;
  /** The schema `$ref`s resolve against: the root of `input_parameters` or `output_parameters`. */
  root: unknown;
  /** The `$ref`s being expanded, to stop at a recursive one. */
  expanding: Set<string>;
  depth: number;
  /** Schema nodes left to convert: shared `$ref`s are inlined, and a diamond of them could grow the output exponentially. */
  budget: { left: number };
}

// Deeper and larger than any real tool schema; beyond them, `unknown` keeps a pathological
// schema cheap.
const MAX_DEPTH = 32;
const MAX_NODES = 20_000;
// Keywords this converter cannot express; a schema relying on them alone becomes `unknown`.
const UNSUPPORTED = ["not", "if", "then", "else", "patternProperties", "prefixItems", "contains"];

/** The TypeScript type of `schema`, indented by `indent` for multi-line object types. */
export function schemaToType(schema: unknown, direction: Direction, indent = ""): string {
  const budget = { left: MAX_NODES };
  return typeOf(
    schema,
    { direction, root: schema, expanding: new Set(), depth: 0, budget },
    indent,
  );
}

function typeOf(schema: unknown, ctx: Context, indent: string): string {
  if (schema === true || schema === undefined) return "unknown";
  if (schema === false) return "never";
  if (!isObject(schema)) return unknownBecause("not a JSON Schema");
  if (ctx.depth >= MAX_DEPTH) return unknownBecause("nested too deeply");
  if (--ctx.budget.left < 0) return unknownBecause("schema too large");
  const inner = { ...ctx, depth: ctx.depth + 1 };
  if (typeof schema.$ref === "string") return refType(schema, inner, indent);

  const parts: string[] = [];
  const base = baseType(schema, inner, indent);
  if (base !== undefined) parts.push(base);
  for (const key of ["allOf"] as const) {
    if (Array.isArray(schema[key])) {
      parts.push(...(schema[key] as unknown[]).map((s) => wrap(typeOf(s, inner, indent))));
    }
  }
  for (const key of ["anyOf", "oneOf"] as const) {
    const branches = schema[key];
    if (Array.isArray(branches) && branches.length > 0) {
      parts.push(`(${unique(branches.map((s) => typeOf(s, inner, indent))).join(" | ")})`);
    }
  }
  let type: string;
  if (parts.length === 0) {
    const unsupported = UNSUPPORTED.filter((key) => Object.hasOwn(schema, key));
    type =
      unsupported.length > 0
        ? unknownBecause(
            `unsupported keyword${unsupported.length > 1 ? "s" : ""}: ${unsupported.join(", ")}`,
          )
        : "unknown";
  } else {
    type = parts.length === 1 ? (parts[0] as string) : parts.join(" & ");
  }
  return schema.nullable === true && type !== "unknown" ? `${wrap(type)} | null` : type;
}

/** The type from `const`, `enum` or `type` (with `properties` and `items`), if any. */
function baseType(schema: Schema, ctx: Context, indent: string): string | undefined {
  if (Object.hasOwn(schema, "const")) return literal(schema.const);
  if (Array.isArray(schema.enum)) {
    return schema.enum.length === 0 ? "never" : unique(schema.enum.map(literal)).join(" | ");
  }
  const types = Array.isArray(schema.type)
    ? schema.type
    : schema.type === undefined
      ? []
      : [schema.type];
  if (types.length === 0) {
    // An object or array described without `type`: typed from its keywords.
    if (isObject(schema.properties) || Object.hasOwn(schema, "additionalProperties")) {
      return objectType(schema, ctx, indent);
    }
    if (Object.hasOwn(schema, "items")) return arrayType(schema, ctx, indent);
    return undefined;
  }
  return unique(types.map((type) => namedType(type, schema, ctx, indent))).join(" | ");
}

function namedType(type: unknown, schema: Schema, ctx: Context, indent: string): string {
  switch (type) {
    case "string":
      return "string";
    case "number":
    case "integer":
      return "number";
    case "boolean":
      return "boolean";
    case "null":
      return "null";
    case "array":
      return arrayType(schema, ctx, indent);
    case "object":
      return objectType(schema, ctx, indent);
    default:
      return unknownBecause(`type ${safeJson(type)}`);
  }
}

function arrayType(schema: Schema, ctx: Context, indent: string): string {
  const items = Array.isArray(schema.items) ? undefined : schema.items;
  return `${wrap(typeOf(items, ctx, indent))}[]`;
}

function objectType(schema: Schema, ctx: Context, indent: string): string {
  const properties = isObject(schema.properties) ? schema.properties : {};
  const required = new Set(
    Array.isArray(schema.required) ? schema.required.filter((n) => typeof n === "string") : [],
  );
  const inner = `${indent}  `;
  const out: string[] = [];
  for (const [name, property] of Object.entries(properties)) {
    const doc = docComment(property, inner);
    if (doc) out.push(doc);
    const hasDefault = isObject(property) && Object.hasOwn(property, "default");
    // A defaulted argument may be left out: the server fills it in.
    const optional = !required.has(name) || (ctx.direction === "arguments" && hasDefault);
    const type = typeOf(property, ctx, inner);
    out.push(
      optional
        ? `${inner}${propertyKey(name)}?: ${optionalPropertyType(name, type)};`
        : `${inner}${propertyKey(name)}: ${type};`,
    );
  }
  const index = indexSignature(schema, Object.keys(properties).length > 0, ctx, inner);
  if (index) out.push(`${inner}${index}`);
  if (out.length === 0) return "{}";
  return `{\n${out.join("\n")}\n${indent}}`;
}

/** The index signature of an object's extra keys, or undefined when it allows none. */
function indexSignature(
  schema: Schema,
  hasProperties: boolean,
  ctx: Context,
  indent: string,
): string | undefined {
  const extra = schema.additionalProperties;
  // Data: extra keys are always allowed. Arguments: only as the schema says.
  if (ctx.direction === "data") {
    if (!hasProperties && isObject(extra)) {
      return `[key: string]: ${typeOf(extra, ctx, indent)};`;
    }
    return "[key: string]: unknown;";
  }
  if (extra === false || (extra === undefined && hasProperties)) return undefined;
  // Extra keys of a given type beside declared properties: `unknown`, which every property fits.
  if (isObject(extra) && !hasProperties) return `[key: string]: ${typeOf(extra, ctx, indent)};`;
  return "[key: string]: unknown;";
}

function refType(schema: Schema, ctx: Context, indent: string): string {
  const ref = schema.$ref as string;
  if (!/^#\/(\$defs|definitions)\//.test(ref)) return unknownBecause(`$ref ${ref} not followed`);
  if (ctx.expanding.has(ref)) return unknownBecause(`recursive $ref ${ref}`);
  if (pointerKeys(ref) === undefined) {
    return unknownBecause(`$ref ${ref} is not a valid JSON pointer`);
  }
  const target = lookup(ctx.root, ref);
  if (target === undefined) return unknownBecause(`$ref ${ref} not found`);
  const { $ref: _, ...siblings } = schema;
  // Keywords beside a $ref (nullable, description...) apply with its target.
  const merged = isObject(target) ? { ...target, ...siblings } : target;
  const expanding = new Set(ctx.expanding).add(ref);
  return typeOf(merged, { ...ctx, expanding }, indent);
}

/** A JSDoc block for a schema's description, default and deprecation, or "" when none. */
export function docComment(schema: unknown, indent: string, extra: string[] = []): string {
  const text: string[] = [...extra];
  if (isObject(schema)) {
    const about = typeof schema.description === "string" ? schema.description : schema.title;
    if (typeof about === "string" && about.trim()) text.push(...lines(about.trim()));
    if (Object.hasOwn(schema, "default")) text.push(`@defaultValue ${safeJson(schema.default)}`);
    if (schema.deprecated === true) text.push("@deprecated");
    const ignored = UNSUPPORTED.filter((key) => Object.hasOwn(schema, key));
    if (
      ignored.length > 0 &&
      (Object.hasOwn(schema, "type") || Object.hasOwn(schema, "properties"))
    ) {
      text.push(`Not typed: ${ignored.join(", ")}.`);
    }
  }
  if (text.length === 0) return "";
  const body = text.map((line) => `${indent} * ${commentText(line)}`.trimEnd());
  return `${indent}/**\n${body.join("\n")}\n${indent} */`;
}

function literal(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string") return stringLiteral(value);
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return unknownBecause("a non-primitive enum or const value");
}

function unknownBecause(reason: string): string {
  return `unknown /* ${commentText(reason)} */`;
}

function wrap(type: string): string {
  return /^[\w$.]+$|^\{[\s\S]*\}$|^"[^"]*"$/.test(type) && !type.includes(" | ")
    ? type
    : `(${type})`;
}

function unique(types: string[]): string[] {
  return [...new Set(types)];
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? "undefined";
  } catch {
    return "(not JSON)";
  }
}

function isObject(value: unknown): value is Schema {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
