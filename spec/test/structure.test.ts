import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { META_SLUGS } from "./upstream-modelled.mjs";

interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  security?: Record<string, unknown[]>[];
  parameters?: unknown[];
  requestBody?: { content: { "application/json": Media } };
  responses: Record<string, { $ref?: string; content?: { "application/json": Media } }>;
}
interface Media {
  schema: unknown;
  example?: unknown;
  examples?: Record<string, unknown>;
}

interface ConnectionVariant {
  required: string[];
  properties: {
    authScheme: { const: string };
    val: { required?: string[]; properties?: Record<string, unknown> };
  };
}

const spec = parse(readFileSync(new URL("../openapi.yaml", import.meta.url), "utf8"));
const post = (path: string): Operation => spec.paths[path].post;
const get = (path: string): Operation => spec.paths[path].get;
const responses = spec.components.responses as Record<
  string,
  { content: { "application/json": Media } }
>;

const EXECUTE = "/api/v3/tools/execute/{tool_slug}";
const SESSION = "/api/v3/tool_router/session/{session_id}";
const SESSION_STATUSES = [
  "200",
  "400",
  "401",
  "402",
  "403",
  "404",
  "409",
  "413",
  "429",
  "500",
  "502",
];
const STATUSES: Record<string, string[]> = {
  [EXECUTE]: [
    "200",
    "400",
    "401",
    "402",
    "403",
    "404",
    "408",
    "410",
    "413",
    "422",
    "429",
    "500",
    "501",
    "502",
    "503",
  ],
  [`${SESSION}/execute`]: SESSION_STATUSES,
  [`${SESSION}/execute_meta`]: SESSION_STATUSES,
  [`${SESSION}/proxy_execute`]: SESSION_STATUSES,
};
// The two reads of tool definitions, which @composio-client/typegen uses.
const LIST_TOOLS = "/api/v3/tools";
const GET_TOOL = "/api/v3/tools/{tool_slug}";
const GET_STATUSES: Record<string, string[]> = {
  [LIST_TOOLS]: ["200", "400", "401", "403", "429", "500"],
  [GET_TOOL]: ["200", "400", "401", "403", "404", "429", "500"],
};
// As Composio publishes them: the session's tool and meta tool calls take the project key only.
const BOTH_KEYS = [{ ApiKeyAuth: [] }, { UserApiKeyAuth: [] }];
const SECURITY: Record<string, unknown> = {
  [EXECUTE]: BOTH_KEYS,
  [`${SESSION}/execute`]: [{ ApiKeyAuth: [] }],
  [`${SESSION}/execute_meta`]: [{ ApiKeyAuth: [] }],
  [`${SESSION}/proxy_execute`]: BOTH_KEYS,
};

function media(response: Operation["responses"][string]): Media {
  if (response.$ref)
    return responses[response.$ref.split("/").pop() as string]?.content[
      "application/json"
    ] as Media;
  return response.content?.["application/json"] as Media;
}

describe("the spec", () => {
  it("is OpenAPI 3.1 with exactly four POST operations and two GET ones", () => {
    expect(spec.openapi).toBe("3.1.0");
    expect(Object.keys(spec.paths).sort()).toEqual(
      [...Object.keys(STATUSES), ...Object.keys(GET_STATUSES)].sort(),
    );
    for (const path of Object.keys(STATUSES))
      expect(Object.keys(spec.paths[path])).toEqual(["post"]);
    for (const path of Object.keys(GET_STATUSES))
      expect(Object.keys(spec.paths[path])).toEqual(["get"]);
  });

  it.each(Object.keys(GET_STATUSES))("documents GET %s fully", (path) => {
    const op = get(path);
    expect(op.operationId).toMatch(/^[a-z][A-Za-z]+$/);
    expect(op.summary).toBeTruthy();
    expect(op.description).toBeTruthy();
    expect(op.security).toEqual(BOTH_KEYS);
    expect(op.requestBody).toBeUndefined();
    expect(Object.keys(op.responses)).toEqual(GET_STATUSES[path]);
    for (const status of Object.keys(op.responses)) {
      const body = media(op.responses[status] as Operation["responses"][string]);
      expect(body.example ?? body.examples, `${path} ${status}`).toBeTruthy();
    }
  });

  it("lists tools a page at a time and describes each with its JSON Schemas and version", () => {
    const names = (get(LIST_TOOLS).parameters as { name: string }[]).map((p) => p.name);
    expect(names).toEqual(
      expect.arrayContaining(["toolkit_slug", "tool_slugs", "cursor", "limit"]),
    );
    const { ToolList, Tool } = spec.components.schemas;
    expect(Object.keys(ToolList.properties)).toEqual(
      expect.arrayContaining(["items", "next_cursor"]),
    );
    expect(Tool.required).toEqual(
      expect.arrayContaining(["slug", "version", "input_parameters", "output_parameters"]),
    );
  });

  it.each(Object.keys(STATUSES))("documents %s fully", (path) => {
    const op = post(path);
    expect(op.operationId).toMatch(/^[a-z][A-Za-z]+$/);
    expect(op.summary).toBeTruthy();
    expect(op.description).toBeTruthy();
    expect(op.security).toEqual(SECURITY[path]);
    const request = op.requestBody?.content["application/json"];
    expect(request?.example ?? request?.examples).toBeTruthy();
    expect(Object.keys(op.responses)).toEqual(STATUSES[path]);
    for (const status of Object.keys(op.responses)) {
      const body = media(op.responses[status] as Operation["responses"][string]);
      expect(body.example ?? body.examples, `${path} ${status}`).toBeTruthy();
      if (status !== "200")
        expect(body.schema).toEqual({ $ref: "#/components/schemas/ErrorResponse" });
    }
  });

  it("defines both header API keys", () => {
    expect(spec.components.securitySchemes).toEqual({
      ApiKeyAuth: expect.objectContaining({ type: "apiKey", in: "header", name: "x-api-key" }),
      UserApiKeyAuth: expect.objectContaining({
        type: "apiKey",
        in: "header",
        name: "x-user-api-key",
      }),
    });
  });

  it("has the error envelope with message, code, slug and status required", () => {
    const detail = spec.components.schemas.ErrorDetail;
    expect(detail.required).toEqual(["message", "code", "slug", "status"]);
    expect(Object.keys(detail.properties)).toEqual([
      "message",
      "code",
      "slug",
      "status",
      "request_id",
      "suggested_fix",
      "errors",
    ]);
  });

  it("lists exactly the meta tools Composio publishes", () => {
    // The list is kept once, in the modelling of Composio's API that the upstream tests apply.
    expect(spec.components.schemas.MetaToolSlug.enum).toEqual(META_SLUGS);
  });

  it("keys custom connection data by auth scheme, each variant requiring only keys it declares", () => {
    // The schemes and their keys are the spec's own, listed nowhere else (core checks only the
    // shape): the wrappers' tests send one connection per scheme, read from it (src/values.ts).
    const { oneOf, discriminator } = spec.components.schemas.CustomConnectionData;
    const variants: ConnectionVariant[] = oneOf.map(
      (ref: { $ref: string }) => spec.components.schemas[ref.$ref.split("/").pop() as string],
    );
    const schemes = variants.map((variant) => variant.properties.authScheme.const);
    expect(new Set(schemes).size).toBe(schemes.length);
    expect(Object.keys(discriminator.mapping)).toEqual(schemes);
    for (const { required, properties } of variants) {
      expect(required).toEqual(["authScheme", "toolkitSlug", "val"]);
      for (const key of properties.val.required ?? []) {
        expect(properties.val.properties, key).toHaveProperty(key);
      }
    }
  });
});
