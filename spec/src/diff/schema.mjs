// Compares two JSON Schemas (OpenAPI 3.1, with 3.0's `nullable`) and classifies each difference.
import { descend } from "./context.mjs";
import { compareDocs, compareRest, DOC_KEYS, UNCLASSIFIED } from "./generic.mjs";
import {
  byDirection,
  constraintNarrowed,
  constraintWidened,
  typeNarrowed,
  typeWidened,
} from "./kinds.mjs";
import { child, deepEqual, deref, isObject } from "./pointer.mjs";

/** @typedef {import("./context.mjs").Context} Context */
/** @typedef {import("./context.mjs").Location} Location */
/** @typedef {Record<string, any>} Schema */

export const LOWER_BOUNDS = [
  "minLength",
  "minimum",
  "exclusiveMinimum",
  "minItems",
  "minProperties",
];
export const UPPER_BOUNDS = [
  "maxLength",
  "maximum",
  "exclusiveMaximum",
  "maxItems",
  "maxProperties",
];
// Any value of these restricts; a changed value may restrict more, so it counts as narrowing.
export const RESTRICTIONS = ["pattern", "format", "multipleOf", "uniqueItems", "contentMediaType"];

const HANDLED = new Set([
  ...DOC_KEYS,
  ...LOWER_BOUNDS,
  ...UPPER_BOUNDS,
  ...RESTRICTIONS,
  "deprecated",
  "type",
  "nullable",
  "enum",
  "const",
  "default",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "oneOf",
  "anyOf",
  "allOf",
  "discriminator",
]);

/**
 * Compares the schemas `before` and `after` found at `loc`, following $refs on both sides.
 * @param {Context} ctx
 * @param {unknown} before
 * @param {unknown} after
 * @param {Location} loc
 */
export function compareSchema(ctx, before, after, loc) {
  let b;
  let a;
  try {
    b = deref(ctx.before, before, loc.beforeAt);
    a = deref(ctx.after, after, loc.afterAt);
  } catch (error) {
    ctx.report("breaking", loc, [], "schema could not be compared", {
      note: `${/** @type {Error} */ (error).message}; ${UNCLASSIFIED}`,
    });
    return;
  }
  if (b.ref !== undefined && a.ref !== undefined && (b.siblings || a.siblings)) {
    // Keywords beside a $ref (OpenAPI 3.1) apply with its target: compare them where written.
    const at = { ...loc, beforeAt: b.siblingsAt, afterAt: a.siblingsAt };
    compareResolved(ctx, b.siblings ?? {}, a.siblings ?? {}, at);
    b.node = b.target;
    a.node = a.target;
  }
  const here = { ...loc, beforeAt: b.at, afterAt: a.at };
  if (b.ref === undefined && a.ref === undefined) {
    compareResolved(ctx, asSchema(b.node), asSchema(a.node), here);
    return;
  }
  // A recursive schema meets the same pair again inside itself: its changes were reported above.
  const key = `${b.at} ${a.at} ${loc.direction}`;
  if (ctx.active.has(key)) return;
  ctx.active.add(key);
  try {
    compareResolved(ctx, asSchema(b.node), asSchema(a.node), here);
  } finally {
    ctx.active.delete(key);
  }
}

/**
 * Boolean schemas as objects: `true` allows anything, `false` nothing.
 * @param {unknown} node
 * @returns {Schema}
 */
function asSchema(node) {
  if (node === false) return { not: {} };
  return isObject(node) ? node : {};
}

/**
 * @param {Context} ctx
 * @param {Schema} b
 * @param {Schema} a
 * @param {Location} loc
 */
function compareResolved(ctx, b, a, loc) {
  compareDocs(ctx, b, a, loc);
  if (Boolean(b.deprecated) !== Boolean(a.deprecated)) {
    ctx.report(
      "additive",
      loc,
      ["deprecated"],
      a.deprecated ? "deprecated" : "no longer deprecated",
    );
  }
  compareType(ctx, b, a, loc);
  compareValues(ctx, b, a, loc);
  compareConstraints(ctx, b, a, loc);
  compareDefault(ctx, b, a, loc);
  compareProperties(ctx, b, a, loc);
  compareAdditionalProperties(ctx, b, a, loc);
  compareItems(ctx, b, a, loc);
  for (const key of ["oneOf", "anyOf", "allOf"]) compareBranches(ctx, b, a, loc, key);
  compareDiscriminator(ctx, b, a, loc);
  compareRest(ctx, b, a, loc, HANDLED);
}

/**
 * The JSON types a schema allows, or null for any.
 * @param {Schema} schema
 * @returns {Set<string> | null}
 */
export function typeSet(schema) {
  if (schema.type === undefined) return null;
  const types = new Set(Array.isArray(schema.type) ? schema.type : [schema.type]);
  if (schema.nullable === true) types.add("null");
  return types;
}

/**
 * @param {Set<string>} types
 * @param {string} type
 */
export function allows(types, type) {
  return types.has(type) || (type === "integer" && types.has("number"));
}

/** @param {Set<string> | null} types */
export function showTypes(types) {
  return types === null ? "any" : [...types].join(" | ");
}

/**
 * @param {Context} ctx
 * @param {Schema} b
 * @param {Schema} a
 * @param {Location} loc
 */
function compareType(ctx, b, a, loc) {
  const before = typeSet(b);
  const after = typeSet(a);
  const narrowed =
    after !== null && (before === null || [...before].some((t) => !allows(after, t)));
  const widened = before !== null && (after === null || [...after].some((t) => !allows(before, t)));
  const shown = `${showTypes(before)} → ${showTypes(after)}`;
  if (narrowed && widened) ctx.report(typeNarrowed(), loc, ["type"], `type changed: ${shown}`);
  else if (narrowed) ctx.report(typeNarrowed(), loc, ["type"], `type narrowed: ${shown}`);
  else if (widened) ctx.report(typeWidened(loc.direction), loc, ["type"], `type widened: ${shown}`);
}

/**
 * The values an `enum` or `const` allows, or null when unrestricted.
 * @param {Schema} schema
 * @returns {unknown[] | null}
 */
export function allowedValues(schema) {
  if ("const" in schema) return [schema.const];
  return Array.isArray(schema.enum) ? schema.enum : null;
}

/**
 * @param {Context} ctx
 * @param {Schema} b
 * @param {Schema} a
 * @param {Location} loc
 */
function compareValues(ctx, b, a, loc) {
  const before = allowedValues(b);
  const after = allowedValues(a);
  const beforeKey = "const" in b ? "const" : "enum";
  const afterKey = "const" in a ? "const" : "enum";
  if (before === null && after === null) return;
  if (before === null) {
    const shown = (after ?? []).map((v) => JSON.stringify(v)).join(", ");
    ctx.report(typeNarrowed(), loc, [afterKey], `restricted to ${shown}`);
    return;
  }
  if (after === null) {
    ctx.report(
      typeWidened(loc.direction),
      loc,
      [beforeKey],
      "no longer restricted to listed values",
      {
        side: "before",
      },
    );
    return;
  }
  const has = (/** @type {unknown[]} */ list, /** @type {unknown} */ v) =>
    list.some((item) => deepEqual(item, v));
  for (const value of before.filter((v) => !has(after, v))) {
    ctx.report(
      typeNarrowed(),
      loc,
      [beforeKey],
      `${beforeKey} value ${JSON.stringify(value)} removed`,
      {
        side: "before",
      },
    );
  }
  for (const value of after.filter((v) => !has(before, v))) {
    ctx.report(
      typeWidened(loc.direction),
      loc,
      [afterKey],
      `${afterKey} value ${JSON.stringify(value)} added`,
    );
  }
}

/**
 * @param {Context} ctx
 * @param {Schema} b
 * @param {Schema} a
 * @param {Location} loc
 */
function compareConstraints(ctx, b, a, loc) {
  for (const key of [...LOWER_BOUNDS, ...UPPER_BOUNDS, ...RESTRICTIONS]) {
    const before = b[key];
    const after = a[key];
    if (deepEqual(before, after) || (key === "uniqueItems" && !before && !after)) continue;
    let narrowed;
    if (after === undefined || after === false) narrowed = false;
    else if (before === undefined || before === false || typeof after === "boolean")
      narrowed = true;
    else if (LOWER_BOUNDS.includes(key)) narrowed = after > before;
    else if (UPPER_BOUNDS.includes(key)) narrowed = after < before;
    else narrowed = true;
    const kind = narrowed ? constraintNarrowed(loc.direction) : constraintWidened(loc.direction);
    const shown = `${JSON.stringify(before) ?? "none"} → ${JSON.stringify(after) ?? "none"}`;
    ctx.report(kind, loc, [key], `${key} ${narrowed ? "stricter" : "looser"}: ${shown}`, {
      side: after === undefined ? "before" : "after",
    });
  }
}

/**
 * A changed default changes what a caller who omits the field gets; in a response it only documents.
 * @param {Context} ctx
 * @param {Schema} b
 * @param {Schema} a
 * @param {Location} loc
 */
function compareDefault(ctx, b, a, loc) {
  if (deepEqual(b.default, a.default)) return;
  const shown = `${JSON.stringify(b.default) ?? "none"} → ${JSON.stringify(a.default) ?? "none"}`;
  if (loc.direction === "response") {
    ctx.report("docs", loc, ["default"], `default changed: ${shown}`);
  } else if (b.default === undefined) {
    ctx.report("additive", loc, ["default"], `default added: ${shown}`);
  } else {
    ctx.report("breaking", loc, ["default"], `default changed: ${shown}`, {
      side: a.default === undefined ? "before" : "after",
      note: "callers that omit the field get a different value",
    });
  }
}

/**
 * @param {Context} ctx
 * @param {Schema} b
 * @param {Schema} a
 * @param {Location} loc
 */
function compareProperties(ctx, b, a, loc) {
  const before = isObject(b.properties) ? b.properties : {};
  const after = isObject(a.properties) ? a.properties : {};
  const requiredBefore = new Set(Array.isArray(b.required) ? b.required : []);
  const requiredAfter = new Set(Array.isArray(a.required) ? a.required : []);
  const existsBefore = (/** @type {string} */ n) =>
    Object.hasOwn(before, n) || requiredBefore.has(n);
  const existsAfter = (/** @type {string} */ n) => Object.hasOwn(after, n) || requiredAfter.has(n);
  const names = [
    ...new Set([
      ...Object.keys(after),
      ...requiredAfter,
      ...Object.keys(before),
      ...requiredBefore,
    ]),
  ];
  const removed = names.filter((n) => existsBefore(n) && !existsAfter(n));
  const added = names.filter((n) => !existsBefore(n) && existsAfter(n));
  const { direction } = loc;
  const response = direction === "response";

  for (const name of removed) {
    const renamed =
      removed.length === 1 && added.length === 1 && deepEqual(before[name], after[added[0] ?? ""]);
    ctx.report(
      "breaking",
      loc,
      ["properties", name],
      `${response ? "response " : ""}field \`${name}\` removed`,
      {
        side: "before",
        ...(renamed ? { note: `looks renamed to \`${added[0]}\`` } : {}),
      },
    );
  }
  for (const name of added) {
    if (response) {
      ctx.report("additive", loc, ["properties", name], `new response field \`${name}\``);
    } else if (requiredAfter.has(name)) {
      const kind = byDirection(direction, "breaking", "additive");
      ctx.report(kind, loc, ["properties", name], `new required field \`${name}\``);
    } else {
      ctx.report("additive", loc, ["properties", name], `new optional field \`${name}\``);
    }
  }
  for (const name of names.filter((n) => existsBefore(n) && existsAfter(n))) {
    // A name only listed in `required` has a schema allowing anything.
    compareSchema(ctx, before[name] ?? {}, after[name] ?? {}, descend(loc, "properties", name));
    const at = ["properties", name];
    if (requiredBefore.has(name) && !requiredAfter.has(name)) {
      const kind = byDirection(direction, "additive", "breaking");
      const message = response
        ? `field \`${name}\` no longer always present`
        : `field \`${name}\` made optional`;
      ctx.report(kind, loc, at, message);
    } else if (!requiredBefore.has(name) && requiredAfter.has(name)) {
      const kind = byDirection(direction, "breaking", "additive");
      const message = response
        ? `field \`${name}\` now always present`
        : `optional field \`${name}\` made required`;
      ctx.report(kind, loc, at, message);
    }
  }
}

/**
 * 0: no additional properties, 1: additional properties of a schema, 2: any.
 * @param {unknown} value
 */
function openness(value) {
  if (value === false) return 0;
  if (
    value === undefined ||
    value === true ||
    (isObject(value) && Object.keys(value).length === 0)
  ) {
    return 2;
  }
  return 1;
}

/**
 * @param {Context} ctx
 * @param {Schema} b
 * @param {Schema} a
 * @param {Location} loc
 */
function compareAdditionalProperties(ctx, b, a, loc) {
  const before = openness(b.additionalProperties);
  const after = openness(a.additionalProperties);
  if (before === 1 && after === 1) {
    const at = descend(loc, "additionalProperties");
    compareSchema(ctx, b.additionalProperties, a.additionalProperties, at);
  } else if (after < before) {
    // Unknown fields a caller sends are now refused; unknown fields a reader gets were never typed.
    const kind = byDirection(loc.direction, "breaking", "additive");
    ctx.report(kind, loc, ["additionalProperties"], "additional properties restricted");
  } else if (after > before) {
    ctx.report("additive", loc, ["additionalProperties"], "additional properties allowed");
  }
}

/**
 * @param {Context} ctx
 * @param {Schema} b
 * @param {Schema} a
 * @param {Location} loc
 */
function compareItems(ctx, b, a, loc) {
  if (b.items === undefined && a.items === undefined) return;
  if (b.items !== undefined && a.items !== undefined) {
    compareSchema(ctx, b.items, a.items, descend(loc, "items"));
  } else if (b.items === undefined) {
    ctx.report(typeNarrowed(), loc, ["items"], "array items constrained");
  } else {
    ctx.report(typeWidened(loc.direction), loc, ["items"], "array items no longer constrained", {
      side: "before",
    });
  }
}

/**
 * Pairs the branches of two unions: same $ref, then equal, then inline branches in order.
 * @param {unknown[]} before
 * @param {unknown[]} after
 * @returns {{ pairs: [number, number][], removed: number[], added: number[] }}
 */
export function matchBranches(before, after) {
  /** @type {Map<number, number>} */
  const pairs = new Map();
  const taken = new Set();
  const refOf = (/** @type {unknown} */ s) => (isObject(s) ? s.$ref : undefined);
  /** @param {(b: unknown, a: unknown) => boolean} same */
  const pass = (same) => {
    before.forEach((b, i) => {
      if (pairs.has(i)) return;
      const j = after.findIndex((a, k) => !taken.has(k) && same(b, a));
      if (j >= 0) {
        pairs.set(i, j);
        taken.add(j);
      }
    });
  };
  pass((b, a) => refOf(b) !== undefined && refOf(b) === refOf(a));
  pass((b, a) => deepEqual(b, a));
  pass((b, a) => refOf(b) === undefined && refOf(a) === undefined);
  return {
    pairs: [...pairs].sort((x, y) => x[1] - y[1]),
    removed: before.map((_, i) => i).filter((i) => !pairs.has(i)),
    added: after.map((_, j) => j).filter((j) => !taken.has(j)),
  };
}

/**
 * @param {unknown} branch
 * @param {number} index
 */
function branchName(branch, index) {
  const ref = isObject(branch) ? branch.$ref : undefined;
  return typeof ref === "string" ? `\`${ref.split("/").pop()}\`` : `#${index}`;
}

/**
 * `oneOf` and `anyOf`: a branch removed narrows, a branch added widens. `allOf`: any branch
 * added or removed is reported as breaking, for review.
 * @param {Context} ctx
 * @param {Schema} b
 * @param {Schema} a
 * @param {Location} loc
 * @param {string} key
 */
function compareBranches(ctx, b, a, loc, key) {
  const before = Array.isArray(b[key]) ? b[key] : undefined;
  const after = Array.isArray(a[key]) ? a[key] : undefined;
  if (!before && !after) return;
  if (!before || !after) {
    ctx.report("breaking", loc, [key], `\`${key}\` ${before ? "removed" : "added"}`, {
      side: before ? "before" : "after",
      note: UNCLASSIFIED,
    });
    return;
  }
  const { pairs, removed, added } = matchBranches(before, after);
  for (const [i, j] of pairs) {
    compareSchema(ctx, before[i], after[j], {
      ...loc,
      pointer: child(child(loc.pointer, key), j),
      beforeAt: child(child(loc.beforeAt, key), i),
      afterAt: child(child(loc.afterAt, key), j),
    });
  }
  const union = key !== "allOf";
  for (const i of removed) {
    const at = {
      ...loc,
      pointer: child(child(loc.pointer, key), i),
      beforeAt: child(child(loc.beforeAt, key), i),
    };
    ctx.report(
      union ? typeNarrowed() : "breaking",
      at,
      [],
      `\`${key}\` branch ${branchName(before[i], i)} removed`,
      {
        side: "before",
        ...(union ? {} : { note: UNCLASSIFIED }),
      },
    );
  }
  for (const j of added) {
    const at = descend(loc, key, j);
    const kind = union ? typeWidened(loc.direction) : "breaking";
    ctx.report(
      kind,
      at,
      [],
      `\`${key}\` branch ${branchName(after[j], j)} added`,
      union ? {} : { note: UNCLASSIFIED },
    );
  }
}

/**
 * @param {Context} ctx
 * @param {Schema} b
 * @param {Schema} a
 * @param {Location} loc
 */
function compareDiscriminator(ctx, b, a, loc) {
  const before = b.discriminator;
  const after = a.discriminator;
  if (before === undefined && after === undefined) return;
  if (!isObject(before) || !isObject(after)) {
    ctx.report(
      "breaking",
      loc,
      ["discriminator"],
      `discriminator ${before ? "removed" : "added"}`,
      {
        side: before ? "before" : "after",
        note: UNCLASSIFIED,
      },
    );
    return;
  }
  const at = descend(loc, "discriminator");
  if (before.propertyName !== after.propertyName) {
    ctx.report(
      "breaking",
      at,
      ["propertyName"],
      `discriminator property changed: ${before.propertyName} → ${after.propertyName}`,
    );
  }
  const mapBefore = isObject(before.mapping) ? before.mapping : {};
  const mapAfter = isObject(after.mapping) ? after.mapping : {};
  for (const value of new Set([...Object.keys(mapBefore), ...Object.keys(mapAfter)])) {
    const segments = ["mapping", value];
    if (!Object.hasOwn(mapAfter, value)) {
      ctx.report(typeNarrowed(), at, segments, `discriminator value "${value}" removed`, {
        side: "before",
      });
    } else if (!Object.hasOwn(mapBefore, value)) {
      ctx.report(typeWidened(loc.direction), at, segments, `discriminator value "${value}" added`);
    } else if (mapBefore[value] !== mapAfter[value]) {
      ctx.report(
        "breaking",
        at,
        segments,
        `discriminator value "${value}" maps to ${mapAfter[value]}`,
      );
    }
  }
  compareRest(ctx, before, after, at, new Set(["propertyName", "mapping"]));
}
