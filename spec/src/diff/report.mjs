// The human-readable report of `pnpm spec:diff`.
import { KINDS } from "./kinds.mjs";

/** @typedef {import("./context.mjs").Change} Change */
/** @typedef {import("./packages.mjs").PackageBump} PackageBump */

/**
 * @typedef {object} Item
 * @property {Change} change  the first of its group
 * @property {number} more  how many other pointers show the same change of a shared component
 */

/**
 * @typedef {object} Group
 * @property {string} operation
 * @property {string | undefined} endpoint
 * @property {string[]} packages
 * @property {Item[]} items
 */

/**
 * Changes by operation. A change inside a shared component reaches one operation through several
 * pointers (an error schema under every status): each such change is listed once, with a count.
 * @param {Change[]} changes
 * @returns {Group[]}
 */
export function groupChanges(changes) {
  /** @type {Map<string, Group & { byKey: Map<string, Item> }>} */
  const groups = new Map();
  for (const change of changes) {
    let group = groups.get(change.operation);
    if (!group) {
      group = {
        operation: change.operation,
        endpoint: change.endpoint,
        packages: change.packages,
        items: [],
        byKey: new Map(),
      };
      groups.set(change.operation, group);
    }
    const key = [change.kind, change.message, change.source ?? change.pointer, change.note].join(
      "\n",
    );
    const item = group.byKey.get(key);
    if (item) {
      item.more += 1;
    } else {
      const created = { change, more: 0 };
      group.byKey.set(key, created);
      group.items.push(created);
    }
  }
  const severity = (/** @type {Item} */ item) => KINDS.indexOf(item.change.kind);
  return [...groups.values()].map(({ byKey: _, ...group }) => ({
    ...group,
    items: group.items.sort((x, y) => severity(y) - severity(x)),
  }));
}

/**
 * "2 breaking, 1 additive", counting each listed change once.
 * @param {Group[]} groups
 */
export function countByKind(groups) {
  /** @type {Record<string, number>} */
  const counts = { breaking: 0, additive: 0, docs: 0 };
  for (const group of groups) {
    for (const { change } of group.items) counts[change.kind] = (counts[change.kind] ?? 0) + 1;
  }
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(", ");
}

/**
 * @param {Change[]} changes
 * @param {PackageBump[]} bumps
 * @param {string} base  the git ref compared with
 * @returns {string}
 */
export function formatReport(changes, bumps, base) {
  const title = `spec/openapi.yaml: ${base} → working tree`;
  if (changes.length === 0) return `${title}\nNo changes.`;
  const groups = groupChanges(changes);
  const lines = [title, `Changes: ${countByKind(groups)}`];
  for (const group of groups) {
    lines.push("", `${group.operation}${group.endpoint ? `  ${group.endpoint}` : ""}`);
    lines.push(`  packages: ${group.packages.length > 0 ? group.packages.join(", ") : "none"}`);
    for (const { change, more } of group.items) {
      lines.push(
        `  ${change.kind.padEnd(9)} ${change.message}${change.note ? ` (${change.note})` : ""}`,
      );
      lines.push(`            at ${change.pointer}${more > 0 ? ` and ${more} more` : ""}`);
      if (change.source) lines.push(`            in ${change.source}`);
    }
  }
  lines.push("", "Release:");
  if (bumps.length === 0) lines.push("  no public package is affected");
  for (const { name, version, kind, bump } of bumps) {
    lines.push(`  ${name.padEnd(30)} ${bump.padEnd(5)} (${kind}, from ${version})`);
  }
  return lines.join("\n");
}
