// Unions: upstream's schema matches our oneOf/anyOf when each of its branches (or itself) is
// compatible with at least one of ours.

import { child, deref, isObject } from "../diff/pointer.mjs";
import { allowedValues } from "../diff/schema.mjs";
import { beyondOurs, report } from "./context.mjs";
import { ANNOTATIONS, compareDocs, compareSchema } from "./schema.mjs";

/** @typedef {import("./context.mjs").Context} Context */
/** @typedef {import("./context.mjs").Location} Location */
/** @typedef {import("./context.mjs").Finding} Finding */
/** @typedef {Record<string, any>} Schema */

/**
 * A union's branches, each with the keywords written beside the union (minus documentation), or
 * undefined when the schema is not a union.
 * @param {Schema} s
 * @returns {{ schema: unknown, key: string, index: number }[] | undefined}
 */
export function branches(s) {
  const key = Array.isArray(s.oneOf) ? "oneOf" : Array.isArray(s.anyOf) ? "anyOf" : undefined;
  if (!key) return undefined;
  const rest = Object.fromEntries(
    Object.entries(s).filter(
      ([k]) => !ANNOTATIONS.has(k) && k !== "oneOf" && k !== "anyOf" && !k.startsWith("x-"),
    ),
  );
  return s[key].map((/** @type {unknown} */ branch, /** @type {number} */ index) => {
    if (Object.keys(rest).length === 0) return { schema: branch, key, index };
    // 3.0's `nullable` beside a union adds null to every branch; other keywords apply alongside.
    return { schema: isObject(branch) ? { ...rest, ...branch } : branch, key, index };
  });
}

/**
 * "#1 (Name)" for a $ref, "#1 (result_type: "failed")" for a branch told apart by a constant.
 * @param {any} doc
 * @param {unknown} branch
 * @param {number} index
 */
function branchName(doc, branch, index) {
  const ref = isObject(branch) ? branch.$ref : undefined;
  if (typeof ref === "string") return `#${index} (${ref.split("/").pop()})`;
  if (isObject(branch) && typeof branch.title === "string") return `#${index} (${branch.title})`;
  const props = isObject(branch) && isObject(branch.properties) ? branch.properties : {};
  for (const [name, prop] of Object.entries(props)) {
    const values = allowedValues(isObject(prop) ? deref(doc, prop, "#").node : {});
    if (values?.length === 1) return `#${index} (${name}: ${JSON.stringify(values[0])})`;
  }
  return `#${index}`;
}

/**
 * Upstream's schema matches our union when each of its branches (or itself) is compatible with at
 * least one of ours; each of our branches no upstream branch matches is informational.
 * @param {Context} ctx
 * @param {Schema} u
 * @param {Schema} o
 * @param {Location} loc
 */
export function compareUnions(ctx, u, o, loc) {
  compareDocs(ctx, u, o, loc);
  const ups = branches(u) ?? [{ schema: u, key: "", index: -1 }];
  const ours = branches(o) ?? [{ schema: o, key: "", index: -1 }];
  const matched = new Set();
  for (const up of ups) {
    /** @type {{ index: number, problems: number, findings: Finding[] } | undefined} */
    let best;
    for (const [index, mine] of ours.entries()) {
      const sink = /** @type {Finding[]} */ ([]);
      compareSchema({ ...ctx, sink }, up.schema, mine.schema, branchLoc(loc, up, mine));
      const problems = sink.filter((f) => f.group !== "info").length;
      // The other way round: a branch of ours is upstream's when any upstream branch fits it.
      if (problems === 0) matched.add(index);
      if (
        !best ||
        problems < best.problems ||
        (problems === best.problems && sink.length < best.findings.length)
      ) {
        best = { index, problems, findings: sink };
      }
    }
    if (!best) continue;
    const closest = ours[best.index];
    if (best.problems === 0) {
      // Against one schema of ours, a single upstream branch is narrower by design: keep docs only.
      const kept = closest?.index === -1 ? best.findings.filter((f) => f.docs) : best.findings;
      ctx.sink.push(...kept);
      if (up.index < 0 && closest) {
        const name = branchName(ctx.ours, closest.schema, closest.index);
        report(
          ctx,
          "info",
          branchLoc(loc, up, closest),
          [],
          `upstream's single schema matches ours ${closest.key} branch ${name} only`,
        );
      }
      continue;
    }
    const name =
      up.index < 0
        ? "upstream's single schema"
        : `upstream's ${up.key} branch ${branchName(ctx.up, up.schema, up.index)}`;
    const near =
      closest && closest.index >= 0
        ? `; closest: ours ${branchName(ctx.ours, closest.schema, closest.index)}`
        : "";
    const at =
      up.index < 0 ? loc : { ...loc, upstream: child(child(loc.upstream, up.key), up.index) };
    report(ctx, beyondOurs(loc.direction), at, [], `${name} matches none of our branches${near}`);
    // Why, against the closest branch; labelled, as several upstream branches may fail alike.
    const label = up.index < 0 ? "" : `${branchName(ctx.up, up.schema, up.index)}: `;
    for (const f of best.findings.filter((f) => f.group !== "info")) {
      ctx.sink.push({ ...f, message: `${label}${f.message}` });
    }
  }
  for (const [index, mine] of ours.entries()) {
    if (matched.has(index) || mine.index < 0) continue;
    const at = { ...loc, pointer: child(child(loc.pointer, mine.key), mine.index) };
    report(
      ctx,
      "info",
      at,
      [],
      `ours describes ${mine.key} branch ${branchName(ctx.ours, mine.schema, mine.index)}, which no upstream branch matches`,
    );
  }
}

/**
 * @param {Location} loc
 * @param {{ key: string, index: number }} up
 * @param {{ key: string, index: number }} ours
 * @returns {Location}
 */
function branchLoc(loc, up, ours) {
  const step = (/** @type {string} */ p, /** @type {{ key: string, index: number }} */ b) =>
    b.index < 0 ? p : child(child(p, b.key), b.index);
  return {
    ...loc,
    pointer: step(loc.pointer, ours),
    upstream: step(loc.upstream, up),
    oursAt: step(loc.oursAt, ours),
    upAt: step(loc.upAt, up),
  };
}
