// The human-readable and JSON reports of `pnpm spec:upstream`.

/** @typedef {import("./context.mjs").Finding} Finding */
/** @typedef {import("./context.mjs").Group} Group */

/** @type {Group[]} */
export const GROUPS = ["blocking", "mistyped", "info"];

const TITLES = {
  blocking: "blocking requests (upstream accepts, ours refuses)",
  mistyped: "mistyped responses (upstream may return, ours does not type)",
  info: "informational (ours describes what upstream does not)",
};

/**
 * @param {Finding[]} findings
 * @returns {Record<Group, number>}
 */
export function countGroups(findings) {
  const counts = { blocking: 0, mistyped: 0, info: 0 };
  for (const f of findings) counts[f.group] += 1;
  return counts;
}

/**
 * 1 when a valid call would be blocked or a response mistyped, else 0.
 * @param {Finding[]} findings
 */
export function exitCode(findings) {
  return findings.some((f) => f.group !== "info") ? 1 : 0;
}

/**
 * @param {Finding[]} findings
 * @param {{ source: string, spec: string }} compared
 */
export function jsonReport(findings, compared) {
  return JSON.stringify({ ...compared, counts: countGroups(findings), findings }, null, 2);
}

/**
 * Findings by endpoint and group. A finding inside a shared component (the error envelope under
 * every status) is listed once, with a count. Documentation-only findings are counted unless
 * `verbose`.
 * @param {Finding[]} findings
 * @param {{ source: string, spec: string, verbose?: boolean }} options
 * @returns {string}
 */
export function textReport(findings, { source, spec, verbose = false }) {
  const shown = verbose ? findings : findings.filter((f) => !f.docs);
  const counts = countGroups(findings);
  const docs = findings.length - shown.length;
  const lines = [
    `spec:upstream: ${source} → ${spec}`,
    `${counts.blocking} blocking, ${counts.mistyped} mistyped, ${counts.info} informational${
      docs > 0 ? ` (${docs} of them documentation only: --verbose lists them)` : ""
    }`,
  ];
  /** @type {Map<string, Map<string, { finding: Finding, more: number }>>} */
  const byEndpoint = new Map();
  for (const finding of shown) {
    const title = `${finding.endpoint}${finding.operation ? `  (${finding.operation})` : ""}`;
    const items = byEndpoint.get(title) ?? new Map();
    byEndpoint.set(title, items);
    const key = [finding.group, finding.message, finding.source ?? finding.pointer].join("\n");
    const item = items.get(key);
    if (item) item.more += 1;
    else items.set(key, { finding, more: 0 });
  }
  for (const [title, items] of byEndpoint) {
    lines.push("", title);
    for (const group of GROUPS) {
      const list = [...items.values()].filter(({ finding }) => finding.group === group);
      if (list.length === 0) continue;
      lines.push(`  ${TITLES[group]}:`);
      for (const { finding, more } of list) {
        lines.push(`    - ${finding.message}`);
        lines.push(`      at ${finding.pointer}${more > 0 ? ` and ${more} more` : ""}`);
        if (finding.source) lines.push(`      in ${finding.source}`);
        if (finding.upstream !== finding.pointer) lines.push(`      upstream ${finding.upstream}`);
      }
    }
  }
  if (counts.blocking + counts.mistyped === 0) {
    lines.push("", "Nothing upstream accepts or returns is refused or mistyped by our spec.");
  }
  return lines.join("\n");
}
