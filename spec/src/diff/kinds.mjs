// How a change is classified. A change is seen from the side of the users of the generated
// types: in a request they write values (the API accepting less breaks them), in a response they
// read values (the API sending more, or guaranteeing less, breaks them).

/** @typedef {"docs" | "additive" | "breaking"} Kind */
/** @typedef {"request" | "response" | "both"} Direction  "both": a type users may write or read */

/** @type {Kind[]} */
export const KINDS = ["docs", "additive", "breaking"];

/**
 * The more severe of two kinds.
 * @param {Kind} a
 * @param {Kind} b
 * @returns {Kind}
 */
export function worst(a, b) {
  return KINDS.indexOf(a) >= KINDS.indexOf(b) ? a : b;
}

/**
 * A kind that depends on the direction; "both" takes the more severe.
 * @param {Direction} direction
 * @param {Kind} request
 * @param {Kind} response
 * @returns {Kind}
 */
export function byDirection(direction, request, response) {
  if (direction === "request") return request;
  if (direction === "response") return response;
  return worst(request, response);
}

/**
 * Fewer values allowed by something TypeScript sees (type, enum, const, a union branch). Breaking
 * either way: callers can no longer send them, and readers comparing against them stop compiling.
 * @returns {Kind}
 */
export function typeNarrowed() {
  return "breaking";
}

/**
 * More values allowed by something TypeScript sees: callers may send more, readers must handle more.
 * @param {Direction} direction
 * @returns {Kind}
 */
export function typeWidened(direction) {
  return byDirection(direction, "additive", "breaking");
}

/**
 * A validation constraint (minLength, pattern, format...) got stricter. Invisible to the types,
 * so only the server's side matters: stricter input breaks callers, stricter output does not.
 * @param {Direction} direction
 * @returns {Kind}
 */
export function constraintNarrowed(direction) {
  return byDirection(direction, "breaking", "additive");
}

/**
 * @param {Direction} direction
 * @returns {Kind}
 */
export function constraintWidened(direction) {
  return byDirection(direction, "additive", "breaking");
}
