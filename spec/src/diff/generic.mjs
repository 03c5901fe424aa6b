// Keys that only document, and the conservative comparison of anything not understood.
import { deepEqual, isObject } from "./pointer.mjs";

/** Keys whose changes are documentation only. */
export const DOC_KEYS = [
  "title",
  "summary",
  "description",
  "example",
  "examples",
  "$comment",
  "externalDocs",
];

/** Said of every change the classifier does not understand. */
export const UNCLASSIFIED = "not classified automatically: treated as breaking, review it by hand";

/**
 * "added", "removed" or "changed", for a message.
 * @param {unknown} before
 * @param {unknown} after
 * @returns {string}
 */
export function verb(before, after) {
  if (before === undefined) return "added";
  if (after === undefined) return "removed";
  return "changed";
}

/**
 * Reports a docs change for each documentation key that differs.
 * @param {import("./context.mjs").Context} ctx
 * @param {Record<string, unknown>} before
 * @param {Record<string, unknown>} after
 * @param {import("./context.mjs").Location} loc
 * @param {string[]} [keys]
 */
export function compareDocs(ctx, before, after, loc, keys = DOC_KEYS) {
  for (const key of keys) {
    if (!deepEqual(before[key], after[key])) {
      ctx.report("docs", loc, [key], `${key} ${verb(before[key], after[key])}`);
    }
  }
}

/**
 * Compares every key of two objects that `handled` does not cover: documentation keys as docs,
 * anything else as breaking, with a note.
 * @param {import("./context.mjs").Context} ctx
 * @param {unknown} before
 * @param {unknown} after
 * @param {import("./context.mjs").Location} loc
 * @param {Set<string>} [handled]
 */
export function compareRest(ctx, before, after, loc, handled = new Set()) {
  const b = isObject(before) ? before : {};
  const a = isObject(after) ? after : {};
  const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
  for (const key of keys) {
    if (handled.has(key) || deepEqual(b[key], a[key])) continue;
    if (DOC_KEYS.includes(key)) {
      ctx.report("docs", loc, [key], `${key} ${verb(b[key], a[key])}`);
    } else {
      const side = a[key] === undefined ? "before" : "after";
      ctx.report("breaking", loc, [key], `\`${key}\` ${verb(b[key], a[key])}`, {
        side,
        note: UNCLASSIFIED,
      });
    }
  }
}
