// What `pnpm spec:upstream` reports, and where it is while walking both documents side by side.
import { child } from "../diff/pointer.mjs";

/**
 * "blocking": upstream accepts a request we refuse. "mistyped": upstream may return something our
 * types do not describe. "info": we describe something upstream does not (or more precisely).
 * @typedef {"blocking" | "mistyped" | "info"} Group
 */

/** @typedef {"request" | "response"} Direction */

/**
 * @typedef {object} Finding
 * @property {Group} group
 * @property {string} endpoint  e.g. "POST /api/v3/tools/execute/{tool_slug}"
 * @property {string} [operation]  our operationId
 * @property {string} pointer  JSON pointer in our spec, through $refs
 * @property {string} upstream  JSON pointer in upstream's document, through $refs
 * @property {string} message
 * @property {string} [source]  where to edit our spec, when inside a component (`#/components/...`)
 * @property {boolean} [docs]  only documentation (descriptions, examples)
 */

/**
 * @typedef {object} Location
 * @property {string} pointer  logical, in our spec
 * @property {string} upstream  logical, in upstream's document
 * @property {string} oursAt  physical location of our node (`#/...`)
 * @property {string} upAt  physical location of upstream's node
 * @property {Direction} direction
 */

/**
 * @typedef {object} Context
 * @property {any} ours
 * @property {any} up
 * @property {Set<string>} active  pairs of nodes being compared, to stop at cycles
 * @property {Finding[]} sink
 * @property {{ endpoint: string, operation?: string }} target
 */

/** @typedef {{ docs?: boolean }} ReportOptions */

/**
 * What upstream allows beyond what we do: a valid call blocked in a request, an untyped value in a
 * response.
 * @param {Direction} direction
 * @returns {Group}
 */
export function beyondOurs(direction) {
  return direction === "request" ? "blocking" : "mistyped";
}

/**
 * @param {Context} ctx
 * @param {Group} group
 * @param {Location} loc
 * @param {(string | number)[]} segments  below `loc`, on both sides
 * @param {string} message
 * @param {ReportOptions} [options]
 */
export function report(ctx, group, loc, segments, message, options = {}) {
  const pointer = join(loc.pointer, segments);
  /** @type {Finding} */
  const finding = {
    group,
    endpoint: ctx.target.endpoint,
    pointer,
    upstream: join(loc.upstream, segments),
    message,
  };
  if (ctx.target.operation) finding.operation = ctx.target.operation;
  const at = join(loc.oursAt, segments);
  if (at.startsWith("#/components/")) finding.source = at;
  if (options.docs) finding.docs = true;
  ctx.sink.push(finding);
}

/**
 * The same child on both sides.
 * @param {Location} loc
 * @param {...(string | number)} segments
 * @returns {Location}
 */
export function descend(loc, ...segments) {
  return {
    ...loc,
    pointer: join(loc.pointer, segments),
    upstream: join(loc.upstream, segments),
    oursAt: join(loc.oursAt, segments),
    upAt: join(loc.upAt, segments),
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
