// Compares the schemas a registry was generated from with the tools' current definitions, with
// the spec-diff classifier (`spec/src/diff`, bundled into this package at build time).
import { createContext } from "@composio-client/spec/diff/context.mjs";
import { KINDS } from "@composio-client/spec/diff/kinds.mjs";
import { lookup } from "@composio-client/spec/diff/pointer.mjs";
import { compareSchema } from "@composio-client/spec/diff/schema.mjs";
import { dataSchema, type SchemasFile, type ToolSnapshot } from "./render";
import { bySlug, isObject, type ToolDefinition } from "./tools";

/** How a change affects code written against the generated types. */
export type ChangeKind = "breaking" | "additive" | "docs";

/** One difference between the generated file and a tool's current definition. */
export interface ToolChange {
  slug: string;
  kind: ChangeKind;
  /** `arguments`, `data`, or `tool` for the tool itself (added, removed, version, description). */
  part: "arguments" | "data" | "tool";
  /** JSON pointer inside the part's schema, "" for the part itself. */
  pointer: string;
  message: string;
}

// Most severe first; the kinds themselves are the spec-diff classifier's.
const KIND_ORDER: ChangeKind[] = [...(KINDS as ChangeKind[])].reverse();

/**
 * Each change from `generated` (the sidecar `--out` wrote) to `current`, classified from the
 * user's side: arguments are written (the API accepting less is breaking), data is read (the
 * API sending more, or guaranteeing less, is breaking).
 */
export function compareTools(
  generated: SchemasFile,
  current: readonly ToolDefinition[],
): ToolChange[] {
  const changes: ToolChange[] = [];
  const now = new Map(bySlug(current).map((tool) => [tool.slug, tool]));
  for (const [slug, before] of Object.entries(generated.tools)) {
    const after = now.get(slug);
    if (!after) {
      changes.push(toolChange(slug, "breaking", "tool removed, or no longer listed"));
      continue;
    }
    if (before.version !== after.version) {
      // The pin keeps running the typed version; moving to the new one is a choice.
      changes.push(
        toolChange(
          slug,
          "additive",
          `version ${before.version ?? "(none)"} → ${after.version ?? "(none)"}`,
        ),
      );
    }
    if ((before.description ?? "") !== (after.description ?? "")) {
      changes.push(toolChange(slug, "docs", "description changed"));
    }
    compareParts(slug, before, after, changes);
  }
  for (const slug of now.keys()) {
    if (!Object.hasOwn(generated.tools, slug)) {
      changes.push(toolChange(slug, "additive", "tool added"));
    }
  }
  return changes.sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
  );
}

function compareParts(
  slug: string,
  before: ToolSnapshot,
  after: ToolDefinition,
  sink: ToolChange[],
) {
  const parts = [
    ["arguments", before.input_parameters, after.inputParameters, "request"],
    ["data", dataSchema(before.output_parameters), dataSchema(after.outputParameters), "response"],
  ] as const;
  for (const [part, rawBefore, rawAfter, direction] of parts) {
    // Identical schemas have no changes, whatever the classifier would make of them.
    if (sameJson(rawBefore, rawAfter)) continue;
    const b = settleRefs(rawBefore);
    const a = settleRefs(rawAfter);
    const found: { pointer: string; kind: ChangeKind; message: string; note?: string }[] = [];
    try {
      // The whole schema is the "document" its local $refs resolve in.
      const ctx = createContext(
        b ?? {},
        a ?? {},
        { operation: slug, packages: [] },
        found as never,
      );
      compareSchema(ctx, withoutDefs(b), withoutDefs(a), {
        pointer: "",
        beforeAt: "#",
        afterAt: "#",
        direction,
      });
    } catch (error) {
      // The schemas differ, but not in a way the classifier can follow (a circular $ref chain,
      // nesting deeper than the stack): said as such, and counted as breaking, to be looked at.
      const reason = error instanceof RangeError ? "nested too deeply" : errorText(error);
      sink.push({
        slug,
        kind: "breaking",
        part,
        pointer: "",
        message: `changed, but could not be compared (${reason})`,
      });
      continue;
    }
    for (const change of found) {
      sink.push({
        slug,
        kind: change.kind,
        part,
        pointer: change.pointer,
        message: change.note ? `${change.message} (${change.note})` : change.message,
      });
    }
  }
}

// $defs are compared where they are used, through the $refs; compared again as keys they
// would show up twice, as unclassified.
function withoutDefs(schema: unknown): unknown {
  if (!isObject(schema)) return schema ?? {};
  const { $defs: _, definitions: __, ...rest } = schema;
  return rest;
}

/** Whether two JSON values are equal; iterative, so that no nesting depth overflows the stack. */
function sameJson(first: unknown, second: unknown): boolean {
  const pending: [unknown, unknown][] = [[first ?? null, second ?? null]];
  for (let pair = pending.pop(); pair; pair = pending.pop()) {
    const [a, b] = pair;
    if (a === b) continue;
    if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    for (const key of keys) {
      if (!Object.hasOwn(b, key)) return false;
      pending.push([(a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]]);
    }
  }
  return true;
}

// Where a $ref has no target (missing, malformed, outside the schema), its target cannot be
// compared: the $ref becomes a plain keyword, so a changed one still shows, and the rest of the
// schema is compared as usual.
const UNRESOLVED = "x-composio-typegen-unresolved-$ref";

function settleRefs(schema: unknown): unknown {
  const root = schema;
  const seen = new Map<object, unknown>();
  const walk = (node: unknown, depth: number): unknown => {
    if (node === null || typeof node !== "object" || depth > MAX_WALK) return node;
    const done = seen.get(node);
    if (done !== undefined) return done;
    if (Array.isArray(node)) {
      const out = node.map((item) => walk(item, depth + 1));
      seen.set(node, out);
      return out;
    }
    const out: Record<string, unknown> = {};
    seen.set(node, out);
    for (const [key, value] of Object.entries(node)) {
      const settled =
        key === "$ref" && typeof value === "string" && lookup(root, value) === undefined
          ? [UNRESOLVED, value]
          : [key, walk(value, depth + 1)];
      Object.defineProperty(out, settled[0] as string, {
        value: settled[1],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  };
  return walk(schema, 0);
}

// Far beyond any real schema, well within the stack; deeper nodes are left as they are.
const MAX_WALK = 2_000;

function errorText(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return "an unprintable error";
  }
}

function toolChange(slug: string, kind: ChangeKind, message: string): ToolChange {
  return { slug, kind, part: "tool", pointer: "", message };
}

/** The changes as lines for a terminal: one per change, grouped by kind. */
export function formatChanges(changes: readonly ToolChange[]): string {
  if (changes.length === 0)
    return "No changes: the generated types match the tools' definitions.\n";
  const lines: string[] = [];
  for (const kind of KIND_ORDER) {
    const ofKind = changes.filter((change) => change.kind === kind);
    if (ofKind.length === 0) continue;
    lines.push(`${kind} (${ofKind.length}):`);
    for (const change of ofKind) {
      const where = change.part === "tool" ? "" : ` ${change.part}${change.pointer || ""}`;
      lines.push(`  ${change.slug}${where}: ${change.message}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
