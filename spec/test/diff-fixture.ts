// Fixture pairs for the spec classifier: fixtures/base.yaml is the "before" side, and each case
// edits a copy of it into the "after" side.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { Change } from "../src/diff/context.mjs";
import { diffSpecs } from "../src/diff/document.mjs";

// biome-ignore lint/suspicious/noExplicitAny: a parsed YAML document, edited freely by the cases
export type Doc = any;

export const base: Doc = parse(
  readFileSync(new URL("fixtures/base.yaml", import.meta.url), "utf8"),
);

/** The changes from the base fixture to a copy edited by `edit`. */
export function diffEdited(edit: (doc: Doc) => void): Change[] {
  const after = structuredClone(base);
  edit(after);
  return diffSpecs(base, after);
}

/** What every case asserts of each change. */
export function essentials(changes: Change[]) {
  return changes.map(({ kind, operation, pointer, packages }) => ({
    kind,
    operation,
    pointer,
    packages,
  }));
}

function operationPointer(path: string): string {
  return `/paths/${path.replaceAll("~", "~0").replaceAll("/", "~1")}/post`;
}

export const EXECUTE = operationPointer("/api/v3/tools/execute/{tool_slug}");
export const SESSION = operationPointer("/api/v3/tool_router/session/{session_id}/execute");
export const META = operationPointer("/api/v3/tool_router/session/{session_id}/execute_meta");
export const PROXY = operationPointer("/api/v3/tool_router/session/{session_id}/proxy_execute");

/** The request body schema of an operation. */
export const requestOf = (op: string) => `${op}/requestBody/content/application~1json/schema`;
/** The 200 response schema of an operation. */
export const responseOf = (op: string, status = "200") =>
  `${op}/responses/${status}/content/application~1json/schema`;

export const TOOLS = [
  "@composio-client/api-types",
  "@composio-client/core",
  "@composio-client/tools",
];
export const ROUTER = [
  "@composio-client/api-types",
  "@composio-client/core",
  "@composio-client/tool-router",
];
