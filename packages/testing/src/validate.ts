import type { Schema } from "./spec-data";

/**
 * Validates `value` against the subset of JSON Schema the spec's request bodies use, and returns
 * one message per problem in the words of Composio's validation errors ("Error in payload.x: ...").
 * Interpreted, never compiled: no `eval`, so it runs in workerd and browsers.
 */
export function validate(
  schema: Schema,
  value: unknown,
  schemas: Record<string, Schema>,
  path = "payload",
): string[] {
  const problems: string[] = [];
  check(schema, value, path, problems, schemas);
  return problems;
}

function check(
  schema: Schema,
  value: unknown,
  path: string,
  out: string[],
  schemas: Record<string, Schema>,
): void {
  const fail = (message: string): void => {
    out.push(`Error in ${path}: ${message}`);
  };
  if (schema.$ref !== undefined) {
    const target = schemas[schema.$ref];
    if (!target) throw new Error(`The mock's spec has no schema ${schema.$ref}`);
    check(target, value, path, out, schemas);
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((type) => hasType(value, type))) {
      fail(`Expected ${types.join(" | ")}, received ${typeName(value)}`);
      return;
    }
  }
  if ("const" in schema && value !== schema.const) {
    fail(`Invalid literal value, expected ${JSON.stringify(schema.const)}`);
    return;
  }
  if (schema.enum && !schema.enum.includes(value)) {
    const expected = schema.enum.map((v) => JSON.stringify(v)).join(" | ");
    fail(`Invalid enum value. Expected ${expected}, received ${JSON.stringify(value)}`);
    return;
  }
  if (typeof value === "string") {
    if (schema.minLength !== undefined && value.length < schema.minLength) {
      fail(`String must contain at least ${schema.minLength} character(s)`);
    }
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, "u").test(value)) {
      fail("Invalid string: does not match the expected pattern");
    }
    if (schema.format === "uri" && !isUrl(value)) fail("Invalid url");
  }
  if (isObject(value)) checkObject(schema, value, path, out, schemas);
  if (Array.isArray(value) && schema.items) {
    const items = schema.items;
    value.forEach((item, index) => {
      check(items, item, `${path}.${index}`, out, schemas);
    });
  }
  if (schema.anyOf || schema.oneOf) checkBranches(schema, value, path, out, schemas);
  if (schema.not && validate(schema.not, value, schemas, path).length === 0) {
    fail("Invalid input: matches a shape it must not have");
  }
}

function checkObject(
  schema: Schema,
  value: Record<string, unknown>,
  path: string,
  out: string[],
  schemas: Record<string, Schema>,
): void {
  const properties = schema.properties ?? {};
  for (const name of schema.required ?? []) {
    if (!(name in value)) out.push(`Error in ${path}.${name}: Required`);
  }
  const unknown: string[] = [];
  for (const [name, field] of Object.entries(value)) {
    const declared = Object.hasOwn(properties, name) ? properties[name] : undefined;
    if (declared) check(declared, field, `${path}.${name}`, out, schemas);
    else if (schema.additionalProperties === false) unknown.push(name);
    else if (typeof schema.additionalProperties === "object") {
      check(schema.additionalProperties, field, `${path}.${name}`, out, schemas);
    }
  }
  if (unknown.length > 0) {
    out.push(
      `Error in ${path}: Unrecognized key(s) in object: ${unknown.map((k) => `'${k}'`).join(", ")}`,
    );
  }
}

// A discriminated oneOf checks the branch its discriminator names, for a precise message;
// otherwise anyOf needs one passing branch and oneOf exactly one.
function checkBranches(
  schema: Schema,
  value: unknown,
  path: string,
  out: string[],
  schemas: Record<string, Schema>,
): void {
  const branches = schema.anyOf ?? schema.oneOf ?? [];
  const discriminator = schema.discriminator;
  if (discriminator?.mapping && isObject(value)) {
    const tag = value[discriminator.propertyName];
    const target = typeof tag === "string" ? discriminator.mapping[tag] : undefined;
    if (target === undefined) {
      const expected = Object.keys(discriminator.mapping)
        .map((k) => `'${k}'`)
        .join(" | ");
      out.push(
        `Error in ${path}.${discriminator.propertyName}: Invalid discriminator value. Expected ${expected}`,
      );
      return;
    }
    check({ $ref: target.split("/").pop() as string }, value, path, out, schemas);
    return;
  }
  const results = branches.map((branch) => validate(branch, value, schemas, path));
  const passing = results.filter((problems) => problems.length === 0).length;
  if (schema.oneOf ? passing === 1 : passing > 0) return;
  if (passing > 1) {
    out.push(`Error in ${path}: Invalid input: matches more than one allowed shape`);
    return;
  }
  // The branch with the fewest problems is most likely what was meant: report its problems.
  const closest = results.reduce((best, problems) =>
    problems.length < best.length ? problems : best,
  );
  out.push(...closest);
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "null":
      return value === null;
    case "array":
      return Array.isArray(value);
    case "object":
      return isObject(value);
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    default:
      return typeof value === type;
  }
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}
