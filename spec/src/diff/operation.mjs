// Compares one operation of the old and new documents: its id, parameters, request body,
// responses and security. Schemas are handed to schema.mjs with the direction they travel in.
import { descend } from "./context.mjs";
import { compareDocs, compareRest, UNCLASSIFIED } from "./generic.mjs";
import { byDirection } from "./kinds.mjs";
import { child, deepEqual, deref, isObject } from "./pointer.mjs";
import { compareSchema } from "./schema.mjs";

/** @typedef {import("./context.mjs").Context} Context */
/** @typedef {import("./context.mjs").Location} Location */
/** @typedef {import("./kinds.mjs").Direction} Direction */

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * @typedef {object} OperationEntry
 * @property {string} method  lower case
 * @property {string} path
 * @property {any} operation
 * @property {any} pathItem
 * @property {string} pointer  `/paths/.../method`
 */

/**
 * Every operation of a document, keyed by "METHOD /path".
 * @param {any} doc
 * @returns {Map<string, OperationEntry>}
 */
export function listOperations(doc) {
  /** @type {Map<string, OperationEntry>} */
  const operations = new Map();
  for (const [path, raw] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    const pathItem = deref(doc, raw, child("#/paths", path)).node;
    if (!isObject(pathItem)) continue;
    for (const method of METHODS) {
      if (!isObject(pathItem[method])) continue;
      const pointer = child(child("/paths", path), method);
      operations.set(`${method.toUpperCase()} ${path}`, {
        method,
        path,
        operation: pathItem[method],
        pathItem,
        pointer,
      });
    }
  }
  return operations;
}

const OPERATION_KEYS = new Set([
  "operationId",
  "tags",
  "deprecated",
  "parameters",
  "requestBody",
  "responses",
  "security",
]);

/**
 * @param {Context} ctx
 * @param {OperationEntry} b
 * @param {OperationEntry} a
 */
export function compareOperation(ctx, b, a) {
  /** @type {Location} */
  const loc = {
    pointer: a.pointer,
    beforeAt: `#${b.pointer}`,
    afterAt: `#${a.pointer}`,
    direction: "request",
  };
  const before = b.operation;
  const after = a.operation;
  if (before.operationId !== after.operationId) {
    ctx.report(
      "breaking",
      loc,
      ["operationId"],
      `operationId changed: ${before.operationId} → ${after.operationId}`,
      {
        note: "the generated `operations` type is keyed by it",
      },
    );
  }
  if (!deepEqual(before.tags, after.tags)) ctx.report("docs", loc, ["tags"], "tags changed");
  if (Boolean(before.deprecated) !== Boolean(after.deprecated)) {
    ctx.report(
      "additive",
      loc,
      ["deprecated"],
      after.deprecated ? "operation deprecated" : "operation no longer deprecated",
    );
  }
  compareParameters(ctx, b, a, loc);
  compareRequestBody(ctx, before.requestBody, after.requestBody, descend(loc, "requestBody"));
  compareResponses(ctx, before.responses, after.responses, descend(loc, "responses"));
  compareSecurity(ctx, before, after, loc);
  compareRest(ctx, before, after, loc, OPERATION_KEYS);
  // Path-level summary, description, servers... apply to every operation of the path.
  const pathLoc = {
    ...loc,
    pointer: parentPointer(a.pointer),
    beforeAt: `#${parentPointer(b.pointer)}`,
    afterAt: `#${parentPointer(a.pointer)}`,
  };
  compareRest(ctx, b.pathItem, a.pathItem, pathLoc, new Set([...METHODS, "parameters", "$ref"]));
}

/** @param {string} pointer */
function parentPointer(pointer) {
  return pointer.slice(0, pointer.lastIndexOf("/"));
}

/**
 * The parameters an operation takes, path-level ones included, keyed by location and name.
 * @param {any} doc
 * @param {OperationEntry} entry
 * @returns {Map<string, { param: any, pointer: string, at: string }>}
 */
function parameters(doc, entry) {
  const result = new Map();
  const levels = [
    [entry.pathItem.parameters, parentPointer(entry.pointer)],
    [entry.operation.parameters, entry.pointer],
  ];
  for (const [list, base] of levels) {
    if (!Array.isArray(list)) continue;
    list.forEach((raw, i) => {
      const pointer = child(child(base, "parameters"), i);
      const { node, at } = deref(doc, raw, `#${pointer}`);
      if (!isObject(node)) return;
      const name = node.in === "header" ? String(node.name).toLowerCase() : node.name;
      result.set(`${node.in}:${name}`, { param: node, pointer, at });
    });
  }
  return result;
}

const PARAMETER_KEYS = new Set(["name", "in", "required", "deprecated", "schema"]);

/**
 * @param {Context} ctx
 * @param {OperationEntry} b
 * @param {OperationEntry} a
 * @param {Location} loc
 */
function compareParameters(ctx, b, a, loc) {
  const before = parameters(ctx.before, b);
  const after = parameters(ctx.after, a);
  for (const key of new Set([...after.keys(), ...before.keys()])) {
    const old = before.get(key);
    const now = after.get(key);
    if (!now && old) {
      const at = { ...loc, pointer: old.pointer, beforeAt: old.at };
      ctx.report("breaking", at, [], `${old.param.in} parameter \`${old.param.name}\` removed`, {
        side: "before",
      });
      continue;
    }
    if (!now) continue;
    /** @type {Location} */
    const at = { ...loc, pointer: now.pointer, beforeAt: old?.at ?? loc.beforeAt, afterAt: now.at };
    const label = `${now.param.in} parameter \`${now.param.name}\``;
    if (!old) {
      if (now.param.required) ctx.report("breaking", at, [], `new required ${label}`);
      else ctx.report("additive", at, [], `new optional ${label}`);
      continue;
    }
    if (!old.param.required && now.param.required)
      ctx.report("breaking", at, ["required"], `${label} made required`);
    if (old.param.required && !now.param.required)
      ctx.report("additive", at, ["required"], `${label} made optional`);
    if (Boolean(old.param.deprecated) !== Boolean(now.param.deprecated)) {
      ctx.report(
        "additive",
        at,
        ["deprecated"],
        now.param.deprecated ? `${label} deprecated` : `${label} no longer deprecated`,
      );
    }
    if (old.param.schema !== undefined || now.param.schema !== undefined) {
      compareSchema(ctx, old.param.schema, now.param.schema, descend(at, "schema"));
    }
    compareRest(ctx, old.param, now.param, at, PARAMETER_KEYS);
  }
}

/**
 * @param {Context} ctx
 * @param {unknown} rawBefore
 * @param {unknown} rawAfter
 * @param {Location} loc
 */
function compareRequestBody(ctx, rawBefore, rawAfter, loc) {
  if (rawBefore === undefined && rawAfter === undefined) return;
  if (rawBefore === undefined || rawAfter === undefined) {
    const required = isObject(rawAfter) && deref(ctx.after, rawAfter, loc.afterAt).node.required;
    if (rawAfter === undefined)
      ctx.report("breaking", loc, [], "request body removed", { side: "before" });
    else
      ctx.report(
        required ? "breaking" : "additive",
        loc,
        [],
        `${required ? "required" : "optional"} request body added`,
      );
    return;
  }
  const b = deref(ctx.before, rawBefore, loc.beforeAt);
  const a = deref(ctx.after, rawAfter, loc.afterAt);
  const here = { ...loc, beforeAt: b.at, afterAt: a.at };
  if (!b.node.required && a.node.required)
    ctx.report("breaking", here, ["required"], "request body made required");
  if (b.node.required && !a.node.required)
    ctx.report("additive", here, ["required"], "request body made optional");
  compareContent(ctx, b.node.content, a.node.content, descend(here, "content"));
  compareRest(ctx, b.node, a.node, here, new Set(["required", "content"]));
}

/**
 * Media types of a request body or response, each with its schema.
 * @param {Context} ctx
 * @param {unknown} rawBefore
 * @param {unknown} rawAfter
 * @param {Location} loc
 */
function compareContent(ctx, rawBefore, rawAfter, loc) {
  const before = isObject(rawBefore) ? rawBefore : {};
  const after = isObject(rawAfter) ? rawAfter : {};
  const request = loc.direction === "request";
  for (const type of new Set([...Object.keys(after), ...Object.keys(before)])) {
    if (!Object.hasOwn(after, type)) {
      ctx.report(
        "breaking",
        loc,
        [type],
        `${request ? "no longer accepts" : "no longer returns"} ${type}`,
        { side: "before" },
      );
    } else if (!Object.hasOwn(before, type)) {
      ctx.report(
        byDirection(loc.direction, "additive", "breaking"),
        loc,
        [type],
        `${request ? "now accepts" : "may now return"} ${type}`,
      );
    } else {
      const at = descend(loc, type);
      const b = before[type] ?? {};
      const a = after[type] ?? {};
      compareDocs(ctx, b, a, at, ["example", "examples"]);
      if (b.schema !== undefined || a.schema !== undefined)
        compareSchema(ctx, b.schema, a.schema, descend(at, "schema"));
      compareRest(ctx, b, a, at, new Set(["example", "examples", "schema"]));
    }
  }
}

/**
 * @param {Context} ctx
 * @param {unknown} rawBefore
 * @param {unknown} rawAfter
 * @param {Location} loc
 */
function compareResponses(ctx, rawBefore, rawAfter, loc) {
  const before = isObject(rawBefore) ? rawBefore : {};
  const after = isObject(rawAfter) ? rawAfter : {};
  const responseLoc = { ...loc, direction: /** @type {Direction} */ ("response") };
  for (const status of new Set([...Object.keys(after), ...Object.keys(before)])) {
    if (!Object.hasOwn(after, status)) {
      ctx.report("breaking", responseLoc, [status], `response ${status} removed`, {
        side: "before",
      });
      continue;
    }
    if (!Object.hasOwn(before, status)) {
      ctx.report("additive", responseLoc, [status], `response ${status} added`);
      continue;
    }
    const at = descend(responseLoc, status);
    const b = deref(ctx.before, before[status], at.beforeAt);
    const a = deref(ctx.after, after[status], at.afterAt);
    const here = { ...at, beforeAt: b.at, afterAt: a.at };
    compareHeaders(ctx, b.node.headers, a.node.headers, descend(here, "headers"));
    compareContent(ctx, b.node.content, a.node.content, descend(here, "content"));
    compareRest(ctx, b.node, a.node, here, new Set(["headers", "content", "links"]));
    if (!deepEqual(b.node.links, a.node.links))
      ctx.report("docs", here, ["links"], "links changed");
  }
}

/**
 * Response headers, which users read.
 * @param {Context} ctx
 * @param {unknown} rawBefore
 * @param {unknown} rawAfter
 * @param {Location} loc
 */
function compareHeaders(ctx, rawBefore, rawAfter, loc) {
  const before = isObject(rawBefore) ? rawBefore : {};
  const after = isObject(rawAfter) ? rawAfter : {};
  for (const name of new Set([...Object.keys(after), ...Object.keys(before)])) {
    if (!Object.hasOwn(after, name)) {
      ctx.report("breaking", loc, [name], `response header \`${name}\` removed`, {
        side: "before",
      });
    } else if (!Object.hasOwn(before, name)) {
      ctx.report("additive", loc, [name], `new response header \`${name}\``);
    } else {
      const at = descend(loc, name);
      const b = deref(ctx.before, before[name], at.beforeAt);
      const a = deref(ctx.after, after[name], at.afterAt);
      const here = { ...at, beforeAt: b.at, afterAt: a.at };
      if (b.node.required && !a.node.required)
        ctx.report("breaking", here, ["required"], `header \`${name}\` no longer always present`);
      if (!b.node.required && a.node.required)
        ctx.report("additive", here, ["required"], `header \`${name}\` now always present`);
      if (b.node.schema !== undefined || a.node.schema !== undefined) {
        compareSchema(ctx, b.node.schema, a.node.schema, descend(here, "schema"));
      }
      compareRest(ctx, b.node, a.node, here, new Set(["required", "schema"]));
    }
  }
}

/**
 * The security requirements in force (the operation's, else the document's), and the schemes
 * they name. Any change other than a description is left to a reviewer, as breaking.
 * @param {Context} ctx
 * @param {any} before
 * @param {any} after
 * @param {Location} loc
 */
function compareSecurity(ctx, before, after, loc) {
  const required = (/** @type {any} */ doc, /** @type {any} */ op) =>
    op.security ?? doc.security ?? [];
  const oldRequirements = required(ctx.before, before);
  const newRequirements = required(ctx.after, after);
  if (!deepEqual(oldRequirements, newRequirements)) {
    ctx.report("breaking", loc, ["security"], "security requirements changed", {
      note: UNCLASSIFIED,
    });
  }
  const names = new Set(newRequirements.flatMap((/** @type {object} */ r) => Object.keys(r)));
  for (const name of names) {
    const b = ctx.before.components?.securitySchemes?.[name];
    const a = ctx.after.components?.securitySchemes?.[name];
    if (b === undefined || deepEqual(b, a)) continue;
    const pointer = child("/components/securitySchemes", name);
    compareRest(ctx, b, a, { ...loc, pointer, beforeAt: `#${pointer}`, afterAt: `#${pointer}` });
  }
}
