// The changeset `pnpm spec:diff --changeset` writes.
import { createHash } from "node:crypto";
import { countByKind, groupChanges } from "./report.mjs";

/** @typedef {import("./context.mjs").Change} Change */
/** @typedef {import("./packages.mjs").PackageBump} PackageBump */

/**
 * The changeset's text: each package's bump, then the changes for the changelogs.
 * @param {Change[]} changes
 * @param {PackageBump[]} bumps  at least one
 * @returns {string}
 */
export function renderChangeset(changes, bumps) {
  const released = new Set(bumps.map((b) => b.name));
  const groups = groupChanges(changes.filter((c) => c.packages.some((p) => released.has(p))));
  const lines = ["---", ...bumps.map((b) => `"${b.name}": ${b.bump}`), "---", ""];
  lines.push(`Changes to the API spec (${countByKind(groups)}):`, "");
  // Breaking changes first, for whoever reads the changelog.
  const items = groups.flatMap((g) => g.items.map((item) => ({ ...item, operation: g.operation })));
  for (const kind of ["breaking", "additive", "docs"]) {
    for (const { change, more, operation } of items.filter((i) => i.change.kind === kind)) {
      const note = change.note ? ` (${change.note})` : "";
      const also = more > 0 ? ` and ${more} more` : "";
      lines.push(
        `- ${change.kind}: \`${operation}\`: ${change.message}${note}, at \`${change.pointer}\`${also}`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

/**
 * `spec-<yyyymmdd>-<hash of the content>.md`: the same changes on the same day give the same name.
 * @param {string} content
 * @param {Date} date
 * @returns {string}
 */
export function changesetFileName(content, date) {
  const day = date.toISOString().slice(0, 10).replaceAll("-", "");
  const hash = createHash("sha256").update(content).digest("hex").slice(0, 8);
  return `spec-${day}-${hash}.md`;
}
