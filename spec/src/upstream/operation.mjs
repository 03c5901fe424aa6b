// Compares one operation of upstream's document with ours: parameters, request body, responses
// and security alternatives. Schemas go to schema.mjs with the direction they travel in.
import { child, deref, isObject } from "../diff/pointer.mjs";
import { beyondOurs, descend, report } from "./context.mjs";
import { compareSchema } from "./schema.mjs";

/** @typedef {import("./context.mjs").Context} Context */
/** @typedef {import("./context.mjs").Location} Location */
/** @typedef {import("../diff/operation.mjs").OperationEntry} OperationEntry */

/**
 * @param {Context} ctx
 * @param {OperationEntry} up
 * @param {OperationEntry} ours
 */
export function compareOperation(ctx, up, ours) {
  /** @type {Location} */
  const loc = {
    pointer: ours.pointer,
    upstream: up.pointer,
    oursAt: `#${ours.pointer}`,
    upAt: `#${up.pointer}`,
    direction: "request",
  };
  compareParameters(ctx, up, ours, loc);
  compareRequestBody(
    ctx,
    up.operation.requestBody,
    ours.operation.requestBody,
    descend(loc, "requestBody"),
  );
  compareResponses(
    ctx,
    up.operation.responses,
    ours.operation.responses,
    descend(loc, "responses"),
  );
  compareSecurity(ctx, up, ours, loc);
}

/**
 * An operation's parameters, path-level ones included, keyed by location and name.
 * @param {any} doc
 * @param {OperationEntry} entry
 * @returns {Map<string, { param: any, pointer: string, at: string }>}
 */
function parameters(doc, entry) {
  const result = new Map();
  const levels = [
    [entry.pathItem.parameters, entry.pointer.slice(0, entry.pointer.lastIndexOf("/"))],
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

/**
 * A path parameter is required whatever it says (upstream marks `session_id` `required: false`),
 * and cannot be empty: an empty segment is another URL.
 * @param {any} param
 */
function effective(param) {
  if (param.in !== "path") return param;
  const schema = isObject(param.schema) ? param.schema : {};
  const nonEmpty =
    schema.type === "string" && schema.minLength === undefined ? { minLength: 1 } : {};
  return { ...param, required: true, schema: { ...schema, ...nonEmpty } };
}

/**
 * @param {Context} ctx
 * @param {OperationEntry} up
 * @param {OperationEntry} ours
 * @param {Location} loc
 */
function compareParameters(ctx, up, ours, loc) {
  const theirs = parameters(ctx.up, up);
  const mine = parameters(ctx.ours, ours);
  for (const key of new Set([...theirs.keys(), ...mine.keys()])) {
    const u = theirs.get(key);
    const o = mine.get(key);
    if (u && !o) {
      const at = { ...loc, upstream: u.pointer };
      report(
        ctx,
        "blocking",
        at,
        [],
        `upstream accepts ${u.param.in} parameter \`${u.param.name}\`, ours lacks it`,
      );
      continue;
    }
    if (!o) continue;
    const mineParam = effective(o.param);
    if (!u) {
      const at = { ...loc, pointer: o.pointer, oursAt: o.at };
      if (mineParam.required)
        report(
          ctx,
          "blocking",
          at,
          [],
          `ours requires ${o.param.in} parameter \`${o.param.name}\`, upstream does not name it`,
        );
      else
        report(
          ctx,
          "info",
          at,
          [],
          `ours describes ${o.param.in} parameter \`${o.param.name}\`, upstream does not`,
        );
      continue;
    }
    const theirParam = effective(u.param);
    /** @type {Location} */
    const at = { ...loc, pointer: o.pointer, upstream: u.pointer, oursAt: o.at, upAt: u.at };
    const label = `${o.param.in} parameter \`${o.param.name}\``;
    if (mineParam.required && !theirParam.required)
      report(
        ctx,
        "blocking",
        at,
        ["required"],
        `ours requires ${label}, upstream makes it optional`,
      );
    if (!mineParam.required && theirParam.required)
      report(ctx, "info", at, ["required"], `upstream requires ${label}, ours makes it optional`);
    if (Boolean(o.param.deprecated) !== Boolean(u.param.deprecated)) {
      report(
        ctx,
        "info",
        at,
        ["deprecated"],
        `${label}: ${o.param.deprecated ? "ours" : "upstream"} marks it deprecated`,
      );
    }
    compareSchema(ctx, theirParam.schema, mineParam.schema, descend(at, "schema"));
  }
}

/**
 * @param {Context} ctx
 * @param {unknown} rawUp
 * @param {unknown} rawOurs
 * @param {Location} loc
 */
function compareRequestBody(ctx, rawUp, rawOurs, loc) {
  if (rawUp === undefined && rawOurs === undefined) return;
  if (rawOurs === undefined) {
    report(ctx, "blocking", loc, [], "upstream accepts a request body, ours takes none");
    return;
  }
  const o = deref(ctx.ours, rawOurs, loc.oursAt);
  if (rawUp === undefined) {
    const group = o.node.required ? "blocking" : "info";
    report(ctx, group, loc, [], "ours describes a request body, upstream does not");
    return;
  }
  const u = deref(ctx.up, rawUp, loc.upAt);
  const here = { ...loc, upAt: u.at, oursAt: o.at };
  if (o.node.required && !u.node.required) {
    // Upstream's generator never writes `required` on a body; the client always sends one.
    report(ctx, "info", here, ["required"], "ours marks the body required, upstream does not");
  }
  compareContent(ctx, u.node.content, o.node.content, descend(here, "content"));
}

/**
 * @param {Context} ctx
 * @param {unknown} rawUp
 * @param {unknown} rawOurs
 * @param {Location} loc
 */
function compareContent(ctx, rawUp, rawOurs, loc) {
  const up = isObject(rawUp) ? rawUp : {};
  const ours = isObject(rawOurs) ? rawOurs : {};
  const request = loc.direction === "request";
  for (const type of new Set([...Object.keys(up), ...Object.keys(ours)])) {
    if (!Object.hasOwn(ours, type)) {
      const message = request
        ? `upstream accepts ${type}, ours does not`
        : `upstream may return ${type}, ours does not type it`;
      report(ctx, beyondOurs(loc.direction), loc, [type], message);
    } else if (!Object.hasOwn(up, type)) {
      report(ctx, "info", loc, [type], `ours describes ${type}, upstream does not`);
    } else {
      const at = descend(loc, type);
      const u = up[type] ?? {};
      const o = ours[type] ?? {};
      const hasExample = (/** @type {any} */ m) =>
        m.example !== undefined || m.examples !== undefined;
      if (hasExample(o) && !hasExample(u))
        report(ctx, "info", at, [], "ours gives examples, upstream does not", { docs: true });
      compareSchema(ctx, u.schema ?? {}, o.schema ?? {}, descend(at, "schema"));
    }
  }
}

/**
 * A status we do not list reaches users as an error they cannot type; one we list that upstream
 * does not is informational.
 * @param {Context} ctx
 * @param {unknown} rawUp
 * @param {unknown} rawOurs
 * @param {Location} loc
 */
function compareResponses(ctx, rawUp, rawOurs, loc) {
  const up = isObject(rawUp) ? rawUp : {};
  const ours = isObject(rawOurs) ? rawOurs : {};
  const responseLoc = { ...loc, direction: /** @type {const} */ ("response") };
  for (const status of new Set([...Object.keys(up), ...Object.keys(ours)])) {
    if (!Object.hasOwn(ours, status)) {
      report(
        ctx,
        "mistyped",
        responseLoc,
        [status],
        `upstream may answer ${status}, ours does not list it`,
      );
      continue;
    }
    if (!Object.hasOwn(up, status)) {
      report(ctx, "info", responseLoc, [status], `ours lists status ${status}, upstream does not`);
      continue;
    }
    const at = descend(responseLoc, status);
    const u = deref(ctx.up, up[status], at.upAt);
    const o = deref(ctx.ours, ours[status], at.oursAt);
    const here = { ...at, upAt: u.at, oursAt: o.at };
    compareHeaders(ctx, u.node.headers, o.node.headers, descend(here, "headers"));
    compareContent(ctx, u.node.content, o.node.content, descend(here, "content"));
  }
}

/**
 * @param {Context} ctx
 * @param {unknown} rawUp
 * @param {unknown} rawOurs
 * @param {Location} loc
 */
function compareHeaders(ctx, rawUp, rawOurs, loc) {
  const up = isObject(rawUp) ? rawUp : {};
  const ours = isObject(rawOurs) ? rawOurs : {};
  for (const name of new Set([...Object.keys(up), ...Object.keys(ours)])) {
    if (!Object.hasOwn(ours, name)) {
      report(
        ctx,
        "mistyped",
        loc,
        [name],
        `upstream may send header \`${name}\`, ours does not type it`,
      );
    } else if (!Object.hasOwn(up, name)) {
      report(ctx, "info", loc, [name], `ours describes header \`${name}\`, upstream does not`);
    } else {
      const at = descend(loc, name);
      const u = deref(ctx.up, up[name], at.upAt);
      const o = deref(ctx.ours, ours[name], at.oursAt);
      compareSchema(ctx, u.node.schema ?? {}, o.node.schema ?? {}, {
        ...descend(at, "schema"),
        upAt: `${u.at}/schema`,
        oursAt: `${o.at}/schema`,
      });
    }
  }
}

/**
 * How a security scheme is sent, so that schemes match by what the server reads, not by name.
 * @param {any} doc
 * @param {string} name
 * @returns {string | undefined}
 */
function schemeKey(doc, name) {
  const scheme = doc.components?.securitySchemes?.[name];
  if (!isObject(scheme)) return undefined;
  return JSON.stringify([
    scheme.type,
    scheme.in,
    String(scheme.name ?? "").toLowerCase(),
    scheme.scheme,
  ]);
}

/**
 * Each security alternative upstream accepts must be one of ours. A scheme upstream names but
 * never declares (`workbench_access_key`) cannot be compared: informational.
 * @param {Context} ctx
 * @param {OperationEntry} up
 * @param {OperationEntry} ours
 * @param {Location} loc
 */
function compareSecurity(ctx, up, ours, loc) {
  /** @type {(doc: any, entry: OperationEntry) => Record<string, unknown>[]} */
  const alternatives = (doc, entry) => entry.operation.security ?? doc.security ?? [];
  const theirs = alternatives(ctx.up, up);
  const mine = alternatives(ctx.ours, ours);
  /** @type {(doc: any, alt: Record<string, unknown>) => string | undefined} */
  const key = (doc, alt) => {
    const keys = Object.keys(alt).map((name) => schemeKey(doc, name));
    return keys.includes(undefined) ? undefined : JSON.stringify(keys.sort());
  };
  const mineKeys = mine.map((alt) => key(ctx.ours, alt));
  const matched = new Set();
  theirs.forEach((alt, i) => {
    const names = Object.keys(alt).join(" + ") || "no authentication";
    const at = {
      ...loc,
      pointer: child(loc.pointer, "security"),
      upstream: child(child(loc.upstream, "security"), i),
    };
    const undeclared = Object.keys(alt).filter((name) => schemeKey(ctx.up, name) === undefined);
    if (undeclared.length > 0) {
      report(
        ctx,
        "info",
        at,
        [],
        `upstream accepts ${names}, a scheme it never declares: not compared`,
      );
      return;
    }
    const j = mineKeys.indexOf(key(ctx.up, alt));
    if (j < 0)
      report(ctx, "blocking", at, [], `upstream accepts ${names}, ours has no such alternative`);
    else matched.add(j);
  });
  mine.forEach((alt, j) => {
    if (matched.has(j)) return;
    const names = Object.keys(alt).join(" + ") || "no authentication";
    report(ctx, "info", loc, ["security", j], `ours accepts ${names}, upstream does not list it`);
  });
}
