// Compares the four operations of Composio's published document with ours.
import { listOperations } from "../diff/operation.mjs";
import { compareOperation } from "./operation.mjs";

/** @typedef {import("./context.mjs").Finding} Finding */

/** The operations this project covers, as published upstream. */
export const OPERATIONS = [
  "POST /api/v3/tools/execute/{tool_slug}",
  "POST /api/v3/tool_router/session/{session_id}/execute",
  "POST /api/v3/tool_router/session/{session_id}/execute_meta",
  "POST /api/v3/tool_router/session/{session_id}/proxy_execute",
];

/**
 * Every difference between upstream's document and ours, for the four operations.
 * @param {any} up  Composio's published document (OpenAPI 3.0), parsed
 * @param {any} ours  spec/openapi.yaml, parsed
 * @param {string[]} [endpoints]  "METHOD /path" of the operations to compare
 * @returns {Finding[]}
 */
export function compareUpstream(up, ours, endpoints = OPERATIONS) {
  /** @type {Finding[]} */
  const sink = [];
  const theirs = listOperations(up);
  const mine = listOperations(ours);
  for (const endpoint of endpoints) {
    const u = theirs.get(endpoint);
    const o = mine.get(endpoint);
    const operation = o?.operation.operationId;
    const ctx = { up, ours, active: new Set(), sink, target: { endpoint, operation } };
    const pointer = (u ?? o)?.pointer ?? "";
    const missing = {
      group: /** @type {const} */ ("blocking"),
      endpoint,
      pointer,
      upstream: pointer,
    };
    if (!u)
      sink.push({
        ...missing,
        message: "upstream does not publish this operation (moved or removed?)",
      });
    else if (!o) sink.push({ ...missing, message: "ours does not describe this operation" });
    else compareOperation(ctx, u, o);
  }
  return sink;
}
