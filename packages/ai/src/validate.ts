import {
  isObject,
  type JsonSchema,
  MAX_DEPTH,
  propertiesOf,
  requiredOf,
  resolveRef,
  typesOf,
} from "./json-schema";

// Enough for the model to fix its call; a long list only costs tokens.
const MAX_PROBLEMS = 10;

/**
 * What is wrong with `value` by `schema`: missing `required` fields, wrong `type`s, values
 * outside an `enum` or `const`, keys `additionalProperties: false` refuses, and the same inside
 * objects, arrays and `anyOf`/`oneOf`/`allOf` branches. Empty when it fits.
 *
 * Never stricter than the schema: keywords it does not check (`format`, `minLength`,
 * `pattern`, ...) and `$ref`s it cannot resolve accept anything, and `oneOf` passes when any
 * branch fits (the server knows its own rules better). A free-form `{ "type": "object" }`
 * accepts every object.
 */
export function schemaProblems(schema: JsonSchema, value: unknown): string[] {
  const problems: string[] = [];
  check(schema, value, "", schema, problems, 0);
  return problems.slice(0, MAX_PROBLEMS);
}

function check(
  raw: JsonSchema,
  value: unknown,
  path: string,
  root: JsonSchema,
  problems: string[],
  depth: number,
): void {
  const schema = resolveRef(raw, root);
  if (!schema || depth > MAX_DEPTH || problems.length >= MAX_PROBLEMS) return;
  const at = path || "the input";

  const types = typesOf(schema);
  if (schema.nullable === true && types.length > 0) types.push("null");
  if (types.length > 0 && !types.some((type) => hasType(value, type))) {
    problems.push(`${at} must be ${types.map(article).join(" or ")}, not ${describe(value)}`);
    return;
  }
  if (Array.isArray(schema.enum) && !schema.enum.some((option) => equal(option, value))) {
    const options = schema.enum.slice(0, 10).map((option) => JSON.stringify(option));
    problems.push(`${at} must be one of ${options.join(", ")}`);
    return;
  }
  if ("const" in schema && !equal(schema.const, value)) {
    problems.push(`${at} must be ${JSON.stringify(schema.const)}`);
    return;
  }

  for (const branch of schemaList(schema.allOf)) {
    check(branch, value, path, root, problems, depth + 1);
  }
  for (const keyword of ["anyOf", "oneOf"] as const) {
    const branches = schemaList(schema[keyword]);
    const fits = branches.some((branch) => {
      const found: string[] = [];
      check(branch, value, path, root, found, depth + 1);
      return found.length === 0;
    });
    if (branches.length > 0 && !fits) problems.push(`${at} matches none of the allowed shapes`);
  }

  if (isObject(value)) checkObject(schema, value, path, root, problems, depth);
  else if (Array.isArray(value)) checkArray(schema, value, path, root, problems, depth);
}

function checkObject(
  schema: JsonSchema,
  value: Record<string, unknown>,
  path: string,
  root: JsonSchema,
  problems: string[],
  depth: number,
): void {
  const properties = propertiesOf(schema);
  for (const key of requiredOf(schema)) {
    if (!Object.hasOwn(value, key)) problems.push(`${join(path, key)} is required`);
  }
  const extra = schema.additionalProperties;
  for (const [key, item] of Object.entries(value)) {
    const property = Object.hasOwn(properties, key) ? properties[key] : undefined;
    if (property) check(property, item, join(path, key), root, problems, depth + 1);
    else if (extra === false) problems.push(`${join(path, key)} is not a known field`);
    else if (isObject(extra)) check(extra, item, join(path, key), root, problems, depth + 1);
  }
}

function checkArray(
  schema: JsonSchema,
  value: unknown[],
  path: string,
  root: JsonSchema,
  problems: string[],
  depth: number,
): void {
  // `prefixItems` (2020-12) or an `items` array (draft 4-7) describe positions; `items` the rest.
  const positional = Array.isArray(schema.prefixItems)
    ? schemaList(schema.prefixItems)
    : schemaList(schema.items);
  const rest = isObject(schema.items) ? schema.items : undefined;
  value.forEach((item, index) => {
    const itemSchema = index < positional.length ? positional[index] : rest;
    if (itemSchema)
      check(itemSchema, item, `${path || "the input"}[${index}]`, root, problems, depth + 1);
  });
}

function schemaList(value: unknown): JsonSchema[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "string":
      return typeof value === "string";
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "boolean":
      return typeof value === "boolean";
    case "null":
      return value === null;
    case "array":
      return Array.isArray(value);
    case "object":
      return isObject(value);
    default:
      // A type this checker does not know: the server decides.
      return true;
  }
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number" && !Number.isInteger(value)) return "a fractional number";
  return article(typeof value);
}

function article(type: string): string {
  return type === "null" ? "null" : /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function join(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key)
    ? path
      ? `${path}.${key}`
      : key
    : `${path}[${JSON.stringify(key)}]`;
}

/** Equality of JSON values, for `enum` and `const`. */
function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => equal(item, b[index]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.hasOwn(b, key) && equal(a[key], b[key]))
    );
  }
  return false;
}
