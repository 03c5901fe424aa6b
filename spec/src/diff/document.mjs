// Compares two OpenAPI documents operation by operation, then whatever no operation reaches.
//
// Not a library: of the npm OpenAPI diff tools, openapi-diff rejects OpenAPI 3.1,
// @pb33f/openapi-changes downloads a binary from GitHub, Optic's rulesets pull in a large stack,
// and api-smart-diff (3.0 only) classifies against these rules: a request type array widened is
// breaking to it, a removed optional field non-breaking, an example change unclassified. So the
// rules are ours (kinds.mjs), in a few small modules tested by spec/test/*.test.ts.
import { createContext } from "./context.mjs";
import { compareRest, UNCLASSIFIED } from "./generic.mjs";
import { compareOperation, listOperations } from "./operation.mjs";
import { API_TYPES, packagesForPath } from "./packages.mjs";
import { child, deepEqual, isObject, lookup } from "./pointer.mjs";
import { compareSchema } from "./schema.mjs";

/** @typedef {import("./context.mjs").Change} Change */

// Top-level sections no package is generated from (openapi-typescript emits none of them).
const UNPACKAGED = new Set(["info", "tags", "externalDocs", "servers"]);

/**
 * Every change from `before` to `after`, classified and attributed to operations and packages.
 * @param {any} before  the old document, parsed
 * @param {any} after  the new document, parsed
 * @returns {Change[]}
 */
export function diffSpecs(before, after) {
  /** @type {Change[]} */
  const changes = [];
  const oldOps = listOperations(before);
  const newOps = listOperations(after);
  for (const key of new Set([...newOps.keys(), ...oldOps.keys()])) {
    const b = oldOps.get(key);
    const a = newOps.get(key);
    const entry = a ?? b;
    if (!entry) continue;
    const ctx = createContext(
      before,
      after,
      {
        operation: entry.operation.operationId ?? key,
        endpoint: key,
        packages: packagesForPath(entry.path, entry.method),
      },
      changes,
    );
    const loc = {
      pointer: entry.pointer,
      beforeAt: `#${entry.pointer}`,
      afterAt: `#${entry.pointer}`,
      direction: /** @type {const} */ ("request"),
    };
    if (b && a) {
      compareOperation(ctx, b, a);
    } else if (b) {
      const moved = [...newOps].find(
        ([k, o]) => !oldOps.has(k) && o.operation.operationId === b.operation.operationId,
      );
      ctx.report("breaking", loc, [], "operation removed", {
        side: "before",
        ...(moved ? { note: `moved to ${moved[0]}` } : {}),
      });
    } else if (a) {
      const moved = [...oldOps].find(
        ([k, o]) => !newOps.has(k) && o.operation.operationId === a.operation.operationId,
      );
      ctx.report(
        "additive",
        loc,
        [],
        "operation added",
        moved ? { note: `moved from ${moved[0]}` } : {},
      );
    }
  }
  compareUnreachedComponents(before, after, changes);
  compareTopLevel(before, after, changes);
  return changes;
}

/**
 * Components no operation reaches are still exported by api-types (as `components[...]`):
 * their changes reach api-types alone, judged as types users may both write and read.
 * @param {any} before
 * @param {any} after
 * @param {Change[]} changes
 */
function compareUnreachedComponents(before, after, changes) {
  const reached = new Set([...reachedRefs(before), ...reachedRefs(after)]);
  const ctx = createContext(
    before,
    after,
    { operation: "(components)", packages: [API_TYPES] },
    changes,
  );
  const sections = new Set([
    ...Object.keys(before.components ?? {}),
    ...Object.keys(after.components ?? {}),
  ]);
  for (const section of sections) {
    const old = before.components?.[section] ?? {};
    const now = after.components?.[section] ?? {};
    for (const name of new Set([...Object.keys(now), ...Object.keys(old)])) {
      const pointer = child(child("/components", section), name);
      if (reached.has(`#${pointer}`)) continue;
      const loc = {
        pointer,
        beforeAt: `#${pointer}`,
        afterAt: `#${pointer}`,
        direction: /** @type {const} */ ("both"),
      };
      if (!Object.hasOwn(now, name)) {
        ctx.report("breaking", loc, [], `component \`${name}\` removed`, { side: "before" });
      } else if (!Object.hasOwn(old, name)) {
        ctx.report("additive", loc, [], `new component \`${name}\``);
      } else if (section === "schemas") {
        compareSchema(ctx, old[name], now[name], loc);
      } else {
        compareRest(ctx, old[name], now[name], loc);
      }
    }
  }
}

/**
 * The `#/components/...` references reachable from the document's paths, and the security
 * schemes they use.
 * @param {any} doc
 * @returns {Set<string>}
 */
function reachedRefs(doc) {
  const seen = new Set();
  /** @param {unknown} node */
  const walk = (node) => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
    } else if (isObject(node)) {
      if (typeof node.$ref === "string" && !seen.has(node.$ref)) {
        seen.add(node.$ref);
        walk(lookup(doc, node.$ref));
      }
      for (const value of Object.values(node)) walk(value);
    }
  };
  walk(doc.paths);
  for (const [, op] of listOperations(doc)) {
    for (const requirement of op.operation.security ?? doc.security ?? []) {
      for (const name of Object.keys(requirement))
        seen.add(`#${child("/components/securitySchemes", name)}`);
    }
  }
  return seen;
}

/**
 * `info`, `tags`, `servers`: docs no package includes. `paths`, `components` and `security` are
 * compared above. Anything else (webhooks, extensions...) is unclassified, for api-types.
 * @param {any} before
 * @param {any} after
 * @param {Change[]} changes
 */
function compareTopLevel(before, after, changes) {
  const loc = {
    pointer: "",
    beforeAt: "#",
    afterAt: "#",
    direction: /** @type {const} */ ("both"),
  };
  const unpackaged = createContext(
    before,
    after,
    { operation: "(document)", packages: [] },
    changes,
  );
  const packaged = createContext(
    before,
    after,
    { operation: "(document)", packages: [API_TYPES] },
    changes,
  );
  const handled = new Set(["paths", "components", "security", ...UNPACKAGED]);
  for (const key of UNPACKAGED) {
    if (!deepEqual(before[key], after[key])) {
      unpackaged.report("docs", loc, [key], `\`${key}\` changed`, {
        note: "no package includes it",
      });
    }
  }
  if (before.openapi !== after.openapi) {
    packaged.report(
      "breaking",
      loc,
      ["openapi"],
      `OpenAPI version changed: ${before.openapi} → ${after.openapi}`,
      {
        note: UNCLASSIFIED,
      },
    );
  }
  compareRest(packaged, before, after, loc, new Set([...handled, "openapi"]));
}
