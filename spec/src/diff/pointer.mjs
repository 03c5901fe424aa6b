// JSON pointers (RFC 6901) and local $ref resolution.

/**
 * @param {string} pointer
 * @param {string | number} segment
 * @returns {string}
 */
export function child(pointer, segment) {
  return `${pointer}/${String(segment).replaceAll("~", "~0").replaceAll("/", "~1")}`;
}

/**
 * The keys of a local reference such as `#/components/schemas/Name`, percent- and ~-unescaped;
 * `[]` for `#`, the whole document. Undefined when `ref` is not a local JSON pointer, or has a
 * malformed percent-escape (`#/$defs/%`).
 * @param {string} ref
 * @returns {string[] | undefined}
 */
export function pointerKeys(ref) {
  if (ref === "#") return [];
  if (!ref.startsWith("#/")) return undefined;
  try {
    return ref
      .slice(2)
      .split("/")
      .map((raw) => decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~"));
  } catch {
    return undefined;
  }
}

/**
 * The value at a local reference, or undefined. Only the document's own keys and array indexes
 * are followed: `#/__proto__`, `#/$defs/constructor` or `#/list/length` find nothing.
 * @param {unknown} doc
 * @param {string} ref
 * @returns {unknown}
 */
export function lookup(doc, ref) {
  const keys = pointerKeys(ref);
  if (keys === undefined) return undefined;
  /** @type {unknown} */
  let node = doc;
  for (const key of keys) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) return undefined;
    // An array is indexed by its digits alone (RFC 6901), never by `length`.
    if (Array.isArray(node) && !/^(0|[1-9]\d*)$/.test(key)) return undefined;
    node = /** @type {Record<string, unknown>} */ (node)[key];
  }
  return node;
}

/**
 * Why `ref` resolves to nothing, for error messages.
 * @param {string} ref
 * @returns {string}
 */
function unresolved(ref) {
  if (!ref.startsWith("#")) return "only local refs (#/...) are followed";
  if (pointerKeys(ref) === undefined) return "it is not a valid JSON pointer";
  return "nothing is there";
}

/**
 * @typedef {object} Resolved
 * @property {any} node  the node with its $ref chain followed; siblings of a $ref override the target
 * @property {any} target  the node at the end of the $ref chain, without the siblings
 * @property {string} at  where the target physically is, as `#/...`
 * @property {string | undefined} ref  the last $ref followed, if any
 * @property {Record<string, unknown> | undefined} siblings  keywords written beside the $refs
 * @property {string} siblingsAt  where the (first) keywords beside a $ref are written
 */

/**
 * Follows a node's $ref chain within `doc`. Throws on a reference it cannot follow.
 * @param {unknown} doc
 * @param {any} node
 * @param {string} at
 * @returns {Resolved}
 */
export function deref(doc, node, at) {
  /** @type {string | undefined} */
  let ref;
  const seen = new Set();
  let current = node;
  let where = at;
  /** @type {Record<string, unknown>} */
  let siblings = {};
  let siblingsAt = at;
  while (isObject(current) && typeof current.$ref === "string") {
    const { $ref, ...rest } = current;
    if (seen.has($ref)) throw new Error(`Circular $ref chain at ${$ref}`);
    seen.add($ref);
    if (Object.keys(siblings).length === 0) siblingsAt = where;
    siblings = { ...rest, ...siblings };
    const target = lookup(doc, $ref);
    if (target === undefined) throw new Error(`Cannot resolve $ref ${$ref}: ${unresolved($ref)}`);
    ref = $ref;
    where = $ref;
    current = target;
  }
  if (Object.keys(siblings).length === 0) {
    return { node: current, target: current, at: where, ref, siblings: undefined, siblingsAt };
  }
  return {
    node: { ...current, ...siblings },
    target: current,
    at: where,
    ref,
    siblings,
    siblingsAt,
  };
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, any>}
 */
export function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * Structural equality of JSON values; key order does not matter.
 * @param {unknown} a
 * @param {unknown} b
 * @returns {boolean}
 */
export function deepEqual(a, b) {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length && keys.every((k) => k in b && deepEqual(a[k], b[k]))
    );
  }
  return false;
}
