// Which public packages a change reaches, and the semver bump it needs.
import { worst } from "./kinds.mjs";

export const API_TYPES = "@composio-client/api-types";
export const CORE = "@composio-client/core";

// The one hand-kept mapping: which package sends which method to which paths. Everything else
// (which operations a shared schema reaches) is computed from the spec.
const WRAPPERS = [
  { method: "post", prefix: "/api/v3/tools/", name: "@composio-client/tools" },
  { method: "post", prefix: "/api/v3/tool_router/", name: "@composio-client/tool-router" },
  // typegen reads tool definitions: `GET /api/v3/tools` and `GET /api/v3/tools/{tool_slug}`.
  { method: "get", prefix: "/api/v3/tools", name: "@composio-client/typegen" },
];

/** The public packages, in the order reports list them. */
export const PUBLIC_PACKAGES = [API_TYPES, CORE, ...WRAPPERS.map((w) => w.name)];

/**
 * The packages whose users see a change to the operation `method` at `path`: api-types generates
 * every operation's types, core re-exports them, and a wrapper sends requests to the path.
 * @param {string} path
 * @param {string} [method]  lower case; POST, the method of every tool-executing operation
 * @returns {string[]}
 */
export function packagesForPath(path, method = "post") {
  const users = WRAPPERS.filter((w) => w.method === method && path.startsWith(w.prefix));
  return [API_TYPES, CORE, ...users.map((w) => w.name)];
}

/** @typedef {"major" | "minor" | "patch"} Bump */

/**
 * Breaking is major, or minor while the package is below 1.0.0 (semver's 0.x rule); additive
 * is minor; docs is patch.
 * @param {import("./kinds.mjs").Kind} kind
 * @param {string} version
 * @returns {Bump}
 */
export function bumpFor(kind, version) {
  if (kind === "breaking") return Number.parseInt(version, 10) >= 1 ? "major" : "minor";
  return kind === "additive" ? "minor" : "patch";
}

/**
 * @typedef {object} PackageBump
 * @property {string} name
 * @property {string} version
 * @property {import("./kinds.mjs").Kind} kind  the most severe change reaching the package
 * @property {Bump} bump
 */

/**
 * One bump per package reached by `changes`, from the most severe change reaching it.
 * Packages missing from `versions` (not in this repository, or private) are left out.
 * @param {import("./context.mjs").Change[]} changes
 * @param {Map<string, string>} versions  public package name → current version
 * @returns {PackageBump[]}
 */
export function packageBumps(changes, versions) {
  /** @type {Map<string, import("./kinds.mjs").Kind>} */
  const kinds = new Map();
  for (const change of changes) {
    for (const name of change.packages) {
      const current = kinds.get(name);
      kinds.set(name, current ? worst(current, change.kind) : change.kind);
    }
  }
  const rank = (/** @type {string} */ name) =>
    PUBLIC_PACKAGES.includes(name) ? PUBLIC_PACKAGES.indexOf(name) : PUBLIC_PACKAGES.length;
  return [...kinds]
    .filter(([name]) => versions.has(name))
    .sort(([x], [y]) => rank(x) - rank(y) || x.localeCompare(y))
    .map(([name, kind]) => {
      const version = versions.get(name) ?? "0.0.0";
      return { name, version, kind, bump: bumpFor(kind, version) };
    });
}
