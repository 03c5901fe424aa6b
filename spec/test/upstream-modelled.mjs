// Our spec as issue 9 models today's API, applied to a copy of spec/openapi.yaml: session results
// are a union on `result_type` plus a legacy variant without it (older servers), requests take the
// pause fields, 9 meta slugs, `instant_account`, 402 and 409. Written at the operation level and
// idempotent, so that it holds whether or not the real spec already has the modelling.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { deref } from "../src/diff/pointer.mjs";

export const SPEC_FILE = new URL("../openapi.yaml", import.meta.url);

export const META_SLUGS = [
  "COMPOSIO_SEARCH_TOOLS",
  "COMPOSIO_MULTI_EXECUTE_TOOL",
  "COMPOSIO_MANAGE_CONNECTIONS",
  "COMPOSIO_WAIT_FOR_CONNECTIONS",
  "COMPOSIO_REMOTE_WORKBENCH",
  "COMPOSIO_REMOTE_BASH_TOOL",
  "COMPOSIO_GET_TOOL_SCHEMAS",
  "COMPOSIO_SUBMIT_FEEDBACK",
  "COMPOSIO_PROXY_EXECUTE",
];

const SESSION = "/api/v3/tool_router/session/{session_id}";
const anyMap = { type: "object", additionalProperties: true };
const instantCharge = {
  type: "object",
  required: ["amount", "currency", "charged_by"],
  properties: {
    amount: { type: "string", pattern: "^(0|[1-9]\\d*)(\\.\\d{1,12})?$" },
    currency: { type: "string", const: "USD" },
    charged_by: { type: "string", const: "composio" },
  },
};
const legacy = {
  type: "object",
  required: ["data", "error", "log_id"],
  properties: {
    data: anyMap,
    error: { type: ["string", "null"] },
    log_id: { type: "string" },
  },
};
/** @param {string} resultType */
const finished = (resultType) => ({
  type: "object",
  required: ["result_type", "data", "error", "log_id"],
  properties: {
    result_type: { type: "string", const: resultType },
    ...legacy.properties,
    instant_charge: instantCharge,
  },
});
const inputRequired = {
  type: "object",
  required: ["result_type", "input_requests"],
  properties: {
    result_type: { type: "string", const: "input_required" },
    input_requests: {
      type: "object",
      additionalProperties: {
        type: "object",
        required: ["type", "mode", "message", "requested_schema"],
        properties: {
          type: { type: "string", enum: ["elicitation"] },
          mode: { type: "string", enum: ["form"] },
          message: { type: "string" },
          requested_schema: anyMap,
        },
      },
    },
    request_state: { type: "string" },
  },
};
const pause = { input_responses: anyMap, request_state: { type: "string" } };

/**
 * The real spec with the modelling applied.
 * @returns {any}
 */
export function modelledSpec() {
  return model(parse(readFileSync(SPEC_FILE, "utf8")));
}

/**
 * @param {any} doc  a parsed copy of spec/openapi.yaml, changed in place
 * @returns {any}
 */
export function model(doc) {
  const op = (/** @type {string} */ path) => doc.paths[path].post;
  const body = (/** @type {string} */ path) =>
    deref(doc, op(path).requestBody.content["application/json"].schema, "#").node;
  const ok = (/** @type {string} */ path, /** @type {unknown} */ schema) => {
    const response = deref(doc, op(path).responses["200"], "#").node;
    const json = { ...response.content?.["application/json"], schema };
    op(path).responses["200"] = { ...response, content: { "application/json": json } };
  };
  const error = { $ref: "#/components/schemas/ErrorResponse" };
  const status = (/** @type {string} */ path, /** @type {string[]} */ codes) => {
    for (const code of codes) {
      op(path).responses[code] ??= {
        description: `Error ${code}`,
        content: { "application/json": { schema: error } },
      };
    }
  };

  const tools = "/api/v3/tools/execute/{tool_slug}";
  body(tools).properties.connected_account_id = {
    anyOf: [{ type: "string", const: "instant_account" }, { type: "string" }],
  };
  status(tools, ["402"]);

  Object.assign(body(`${SESSION}/execute`).properties, pause, {
    enable_auto_workbench_offload: { type: "boolean" },
  });
  Object.assign(body(`${SESSION}/execute_meta`).properties, pause);
  const slug = body(`${SESSION}/execute_meta`).properties.slug;
  deref(doc, slug, "#").target.enum = [...META_SLUGS];
  const results = { oneOf: [finished("completed"), finished("failed"), inputRequired, legacy] };
  ok(`${SESSION}/execute`, results);
  ok(`${SESSION}/execute_meta`, results);

  const proxy = deref(doc, op(`${SESSION}/proxy_execute`).responses["200"], "#").node;
  const proxyLegacy = deref(doc, proxy.content["application/json"].schema, "#").node;
  const oldProxy = proxyLegacy.oneOf
    ? proxyLegacy.oneOf.find(
        (/** @type {unknown} */ b) => !deref(doc, b, "#").node.properties?.result_type,
      )
    : proxyLegacy;
  // Inline, so that branch names in findings do not depend on the real spec's component names.
  const legacyProxy = structuredClone(deref(doc, oldProxy, "#").node);
  const completed = structuredClone(legacyProxy);
  completed.required = [...new Set([...(completed.required ?? []), "result_type"])];
  completed.properties.result_type = { type: "string", const: "completed" };
  ok(`${SESSION}/proxy_execute`, { oneOf: [completed, inputRequired, legacyProxy] });
  for (const path of ["execute", "execute_meta", "proxy_execute"]) {
    status(`${SESSION}/${path}`, ["402", "409"]);
  }
  return doc;
}
