// Compares an upstream schema (OpenAPI 3.0) with ours (3.1): does ours accept, or type, everything
// upstream says it accepts or returns? The keyword tables and type/value readers are spec-diff's.

import { child, deepEqual, deref, isObject } from "../diff/pointer.mjs";
import {
  allowedValues,
  allows,
  LOWER_BOUNDS,
  RESTRICTIONS,
  showTypes,
  typeSet,
  UPPER_BOUNDS,
} from "../diff/schema.mjs";
import { beyondOurs, descend, report } from "./context.mjs";
import { branches, compareUnions } from "./union.mjs";

/** @typedef {import("./context.mjs").Context} Context */
/** @typedef {import("./context.mjs").Location} Location */
/** @typedef {import("./context.mjs").Finding} Finding */
/** @typedef {Record<string, any>} Schema */

// Keywords that do not change which values are valid.
export const ANNOTATIONS = new Set([
  "title",
  "summary",
  "description",
  "example",
  "examples",
  "$comment",
  "externalDocs",
  "deprecated",
  "default",
  "discriminator",
  "readOnly",
  "writeOnly",
  "xml",
]);
const COMPARED = new Set([
  ...ANNOTATIONS,
  ...LOWER_BOUNDS,
  ...UPPER_BOUNDS,
  ...RESTRICTIONS,
  "type",
  "nullable",
  "enum",
  "const",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "oneOf",
  "anyOf",
]);

/**
 * Compares upstream's schema `up` with `ours` at `loc`, following $refs on both sides.
 * @param {Context} ctx
 * @param {unknown} up
 * @param {unknown} ours
 * @param {Location} loc
 */
export function compareSchema(ctx, up, ours, loc) {
  let u;
  let o;
  try {
    u = deref(ctx.up, up, loc.upAt);
    o = deref(ctx.ours, ours, loc.oursAt);
  } catch (error) {
    const message = `schema could not be compared: ${/** @type {Error} */ (error).message}`;
    report(ctx, beyondOurs(loc.direction), loc, [], message);
    return;
  }
  // A recursive schema meets the same pair again inside itself.
  const key = `${u.at} ${o.at} ${loc.direction}`;
  if (ctx.active.has(key)) return;
  ctx.active.add(key);
  try {
    compareNodes(ctx, asSchema(u.node), asSchema(o.node), { ...loc, upAt: u.at, oursAt: o.at });
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
 * Whether a schema allows any value: no keyword but annotations, extensions and 3.0's
 * `nullable` (`{nullable: true}` alone is how upstream writes "anything").
 * @param {unknown} node
 */
export function isAny(node) {
  if (node === true || node === undefined) return true;
  if (!isObject(node)) return false;
  return Object.keys(node).every(
    (k) => ANNOTATIONS.has(k) || k === "nullable" || k.startsWith("x-"),
  );
}

/**
 * @param {Context} ctx
 * @param {Schema} u
 * @param {Schema} o
 * @param {Location} loc
 */
function compareNodes(ctx, u, o, loc) {
  if (branches(u) || branches(o)) {
    compareUnions(ctx, u, o, loc);
    return;
  }
  compareDocs(ctx, u, o, loc);
  compareType(ctx, u, o, loc);
  compareValues(ctx, u, o, loc);
  compareConstraints(ctx, u, o, loc);
  compareProperties(ctx, u, o, loc);
  compareAdditionalProperties(ctx, u, o, loc);
  compareItems(ctx, u, o, loc);
  compareUnknown(ctx, u, o, loc);
}

/**
 * The documentation we add: a description or example where upstream has none. Different wording
 * is expected (our spec is in our own words) and not reported.
 * @param {Context} ctx
 * @param {Schema} u
 * @param {Schema} o
 * @param {Location} loc
 */
export function compareDocs(ctx, u, o, loc) {
  const has = (/** @type {Schema} */ s, /** @type {string[]} */ keys) =>
    keys.some((k) => s[k] !== undefined);
  for (const keys of [["description"], ["example", "examples"], ["title"]]) {
    if (has(o, keys) && !has(u, keys)) {
      report(ctx, "info", loc, [], `ours documents ${keys[0]}, upstream does not`, { docs: true });
    }
  }
  if (Boolean(u.deprecated) !== Boolean(o.deprecated)) {
    const message = o.deprecated ? "ours marks it deprecated" : "upstream marks it deprecated";
    report(ctx, "info", loc, ["deprecated"], message);
  }
  if (!deepEqual(u.default, o.default)) {
    const shown = `ours ${JSON.stringify(o.default) ?? "none"}, upstream ${JSON.stringify(u.default) ?? "none"}`;
    report(ctx, "info", loc, ["default"], `default differs: ${shown}`);
  }
}

/**
 * @param {Context} ctx
 * @param {Schema} u
 * @param {Schema} o
 * @param {Location} loc
 */
function compareType(ctx, u, o, loc) {
  const up = typeSet(u);
  const ours = typeSet(o);
  if (up === null && ours === null) return;
  const shown = `upstream ${showTypes(up)}, ours ${showTypes(ours)}`;
  if (up === null) {
    // Upstream's generator writes "unknown" as an untyped schema: in a request ours refuses
    // values it would take; in a response upstream promises nothing either way.
    if (loc.direction === "request") {
      report(ctx, "blocking", loc, ["type"], `upstream accepts any type: ${shown}`);
    } else {
      report(ctx, "info", loc, ["type"], `upstream leaves the type open: ${shown}`);
    }
    return;
  }
  const extra = [...up].filter((t) => ours !== null && !allows(ours, t));
  const missing = [...(ours ?? [])].filter((t) => !allows(up, t));
  if (extra.length > 0) {
    const verb = loc.direction === "request" ? "accepts" : "may return";
    report(
      ctx,
      beyondOurs(loc.direction),
      loc,
      ["type"],
      `upstream ${verb} ${extra.join(", ")}: ${shown}`,
    );
  }
  if (missing.length > 0 || (ours === null && up !== null)) {
    report(ctx, "info", loc, ["type"], `ours allows more types: ${shown}`);
  }
}

/**
 * @param {Context} ctx
 * @param {Schema} u
 * @param {Schema} o
 * @param {Location} loc
 */
function compareValues(ctx, u, o, loc) {
  const up = allowedValues(u);
  const ours = allowedValues(o);
  if (up === null && ours === null) return;
  const key = "const" in o ? "const" : "enum";
  const verb = loc.direction === "request" ? "accepts" : "may return";
  if (ours !== null && up === null) {
    const shown = ours.map((v) => JSON.stringify(v)).join(", ");
    report(
      ctx,
      beyondOurs(loc.direction),
      loc,
      [key],
      `upstream ${verb} any value, ours only ${shown}`,
    );
    return;
  }
  if (up !== null && ours === null) {
    const shown = up.map((v) => JSON.stringify(v)).join(", ");
    report(ctx, "info", loc, ["enum"], `upstream lists values (${shown}), ours takes any`);
    return;
  }
  const has = (/** @type {unknown[]} */ list, /** @type {unknown} */ v) =>
    list.some((item) => deepEqual(item, v));
  const upList = up ?? [];
  const oursList = ours ?? [];
  for (const value of upList.filter((v) => !has(oursList, v))) {
    const message = `upstream ${verb} ${JSON.stringify(value)}, ours does not list it`;
    report(ctx, beyondOurs(loc.direction), loc, [key], message);
  }
  for (const value of oursList.filter((v) => !has(upList, v))) {
    report(ctx, "info", loc, [key], `ours lists ${JSON.stringify(value)}, upstream does not`);
  }
}

/**
 * Validation limits are invisible to the types: stricter than upstream blocks calls in a request,
 * and in a response only documents (the client does not validate what it reads).
 * @param {Context} ctx
 * @param {Schema} u
 * @param {Schema} o
 * @param {Location} loc
 */
function compareConstraints(ctx, u, o, loc) {
  for (const key of [...LOWER_BOUNDS, ...UPPER_BOUNDS, ...RESTRICTIONS]) {
    const up = u[key];
    const ours = o[key];
    if (deepEqual(up, ours) || (key === "uniqueItems" && !up && !ours)) continue;
    let stricter;
    if (ours === undefined || ours === false) stricter = false;
    else if (up === undefined || up === false) stricter = true;
    else if (LOWER_BOUNDS.includes(key)) stricter = ours > up;
    else if (UPPER_BOUNDS.includes(key)) stricter = ours < up;
    else stricter = true;
    const shown = `ours ${JSON.stringify(ours) ?? "none"}, upstream ${JSON.stringify(up) ?? "none"}`;
    const group = stricter && loc.direction === "request" ? "blocking" : "info";
    report(
      ctx,
      group,
      loc,
      [key],
      `${key} ${stricter ? "stricter" : "looser"} than upstream: ${shown}`,
    );
  }
}

/**
 * @param {Context} ctx
 * @param {Schema} u
 * @param {Schema} o
 * @param {Location} loc
 */
function compareProperties(ctx, u, o, loc) {
  const upProps = isObject(u.properties) ? u.properties : {};
  const ourProps = isObject(o.properties) ? o.properties : {};
  const upRequired = new Set(Array.isArray(u.required) ? u.required : []);
  const ourRequired = new Set(Array.isArray(o.required) ? o.required : []);
  const request = loc.direction === "request";
  const names = new Set([
    ...Object.keys(upProps),
    ...upRequired,
    ...Object.keys(ourProps),
    ...ourRequired,
  ]);
  for (const name of names) {
    const inUp = Object.hasOwn(upProps, name) || upRequired.has(name);
    const inOurs = Object.hasOwn(ourProps, name) || ourRequired.has(name);
    const at = ["properties", name];
    if (inUp && inOurs) {
      compareSchema(ctx, upProps[name] ?? {}, ourProps[name] ?? {}, descend(loc, ...at));
      if (ourRequired.has(name) && !upRequired.has(name)) {
        const message = request
          ? `ours requires \`${name}\`, upstream makes it optional`
          : `ours marks \`${name}\` required, upstream says it may be absent`;
        report(ctx, beyondOurs(loc.direction), loc, at, message);
      } else if (upRequired.has(name) && !ourRequired.has(name)) {
        report(ctx, "info", loc, at, `upstream marks \`${name}\` required, ours optional`);
      }
    } else if (inUp) {
      compareUndeclared(ctx, upProps[name] ?? {}, o, name, loc);
    } else if (ourRequired.has(name)) {
      const message = request
        ? `ours requires \`${name}\`, which upstream does not name`
        : `ours marks \`${name}\` required, upstream does not name it`;
      report(ctx, beyondOurs(loc.direction), loc, at, message);
    } else {
      report(ctx, "info", loc, at, `ours describes \`${name}\`, upstream does not`);
    }
  }
}

/**
 * A property upstream names and ours does not. Without an index signature the generated type has
 * no such field: callers cannot set it (request types are closed on purpose, so that typos fail
 * to compile), readers cannot see it. An open schema of ours takes it as it is.
 * @param {Context} ctx
 * @param {unknown} upProp
 * @param {Schema} o
 * @param {string} name
 * @param {Location} loc
 */
function compareUndeclared(ctx, upProp, o, name, loc) {
  if (isAny(o)) return;
  const extra = o.additionalProperties;
  const at = ["properties", name];
  const request = loc.direction === "request";
  if (extra === undefined || extra === false) {
    const message = request
      ? `upstream accepts \`${name}\`, ours refuses it`
      : `upstream may return \`${name}\`, ours does not declare it`;
    report(ctx, beyondOurs(loc.direction), loc, at, message);
  } else if (isAny(extra)) {
    if (!request) {
      report(ctx, "info", loc, at, `upstream names \`${name}\`, ours reads it as unknown`);
    }
  } else {
    compareSchema(ctx, upProp, extra, {
      ...descend(loc, ...at),
      pointer: child(loc.pointer, "additionalProperties"),
      oursAt: child(loc.oursAt, "additionalProperties"),
    });
  }
}

/**
 * Absence of `additionalProperties: false` upstream is not a promise of extra fields: only an
 * explicit `additionalProperties` (a map) is compared.
 * @param {Context} ctx
 * @param {Schema} u
 * @param {Schema} o
 * @param {Location} loc
 */
function compareAdditionalProperties(ctx, u, o, loc) {
  const up = u.additionalProperties;
  const ours = o.additionalProperties;
  if (up === undefined || up === false) return;
  if (ours === false) {
    const verb = loc.direction === "request" ? "accepts" : "may return";
    report(
      ctx,
      beyondOurs(loc.direction),
      loc,
      ["additionalProperties"],
      `upstream ${verb} additional properties, ours refuses them`,
    );
  } else if (!(isAny(up) && isAny(ours))) {
    compareSchema(
      ctx,
      up === true ? {} : up,
      ours === undefined || ours === true ? {} : ours,
      descend(loc, "additionalProperties"),
    );
  }
}

/**
 * @param {Context} ctx
 * @param {Schema} u
 * @param {Schema} o
 * @param {Location} loc
 */
function compareItems(ctx, u, o, loc) {
  if (u.items === undefined && o.items === undefined) return;
  if (u.items !== undefined && o.items !== undefined) {
    compareSchema(ctx, u.items, o.items, descend(loc, "items"));
  } else if (o.items === undefined) {
    report(ctx, "info", loc, ["items"], "ours leaves array items open, upstream types them");
  } else if (!isAny(o.items)) {
    const verb = loc.direction === "request" ? "accepts" : "may return";
    report(
      ctx,
      beyondOurs(loc.direction),
      loc,
      ["items"],
      `upstream ${verb} any array items, ours types them`,
    );
  }
}

/**
 * Keywords this comparison does not understand (allOf, not, if...): left to a reviewer, as a
 * problem when upstream has them.
 * @param {Context} ctx
 * @param {Schema} u
 * @param {Schema} o
 * @param {Location} loc
 */
function compareUnknown(ctx, u, o, loc) {
  for (const key of new Set([...Object.keys(u), ...Object.keys(o)])) {
    if (COMPARED.has(key) || key.startsWith("x-") || deepEqual(u[key], o[key])) continue;
    const group = u[key] === undefined ? "info" : beyondOurs(loc.direction);
    report(
      ctx,
      group,
      loc,
      [key],
      `\`${key}\` differs: not compared automatically, review by hand`,
    );
  }
}
