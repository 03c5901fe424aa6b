// What a comparison reports, and where it is while walking both documents side by side.
import { child } from "./pointer.mjs";

/** @typedef {import("./kinds.mjs").Kind} Kind */
/** @typedef {import("./kinds.mjs").Direction} Direction */

/**
 * One classified change.
 * @typedef {object} Change
 * @property {string} operation  operationId, or "(components)" / "(document)" outside operations
 * @property {string} [endpoint]  e.g. "POST /api/v3/tools/execute/{tool_slug}"
 * @property {string} pointer  JSON pointer from the document root, through $refs
 * @property {Kind} kind
 * @property {string} message
 * @property {string} [source]  where the change physically is, when inside a component (`#/...`)
 * @property {string} [note]
 * @property {string[]} packages  the public packages whose users see the change
 */

/**
 * @typedef {object} Location
 * @property {string} pointer  logical: how users reach the node, through $refs
 * @property {string} beforeAt  physical location of the node in the old document (`#/...`)
 * @property {string} afterAt  physical location in the new document
 * @property {Direction} direction
 */

/**
 * @typedef {object} Target
 * @property {string} operation
 * @property {string} [endpoint]
 * @property {string[]} packages
 */

/**
 * @typedef {object} ReportOptions
 * @property {"before" | "after"} [side]  the document the change is in (a removal is in "before")
 * @property {string} [note]
 */

/**
 * @typedef {object} Context
 * @property {any} before  the old document
 * @property {any} after  the new document
 * @property {Set<string>} active  pairs of $ref targets being compared, to stop at cycles
 * @property {(kind: Kind, loc: Location, segments: (string | number)[], message: string, options?: ReportOptions) => void} report
 */

/**
 * @param {any} before
 * @param {any} after
 * @param {Target} target
 * @param {Change[]} sink
 * @returns {Context}
 */
export function createContext(before, after, target, sink) {
  return {
    before,
    after,
    active: new Set(),
    report(kind, loc, segments, message, options = {}) {
      const physical = options.side === "before" ? loc.beforeAt : loc.afterAt;
      /** @type {Change} */
      const change = {
        operation: target.operation,
        pointer: join(loc.pointer, segments),
        kind,
        message,
        packages: target.packages,
      };
      if (target.endpoint) change.endpoint = target.endpoint;
      if (physical.startsWith("#/components/")) change.source = join(physical, segments);
      if (options.note) change.note = options.note;
      sink.push(change);
    },
  };
}

/**
 * The location of a child node, the same key on both sides.
 * @param {Location} loc
 * @param {...(string | number)} segments
 * @returns {Location}
 */
export function descend(loc, ...segments) {
  return {
    ...loc,
    pointer: join(loc.pointer, segments),
    beforeAt: join(loc.beforeAt, segments),
    afterAt: join(loc.afterAt, segments),
  };
}

/**
 * @param {string} pointer
 * @param {(string | number)[]} segments
 * @returns {string}
 */
function join(pointer, segments) {
  return segments.reduce((/** @type {string} */ p, s) => child(p, s), pointer);
}
