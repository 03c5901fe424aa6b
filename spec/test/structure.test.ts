import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

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

  it("lists exactly the nine meta tools Composio publishes", () => {
    expect(spec.components.schemas.MetaToolSlug.enum).toEqual([
      "COMPOSIO_SEARCH_TOOLS",
      "COMPOSIO_MULTI_EXECUTE_TOOL",
      "COMPOSIO_MANAGE_CONNECTIONS",
      "COMPOSIO_WAIT_FOR_CONNECTIONS",
      "COMPOSIO_REMOTE_WORKBENCH",
      "COMPOSIO_REMOTE_BASH_TOOL",
      "COMPOSIO_GET_TOOL_SCHEMAS",
      "COMPOSIO_SUBMIT_FEEDBACK",
      "COMPOSIO_PROXY_EXECUTE",
    ]);
  });

  it("has the eleven auth schemes of custom connection data, with their required keys", () => {
    const variants = spec.components.schemas.CustomConnectionData.oneOf.map(
      (ref: { $ref: string }) => spec.components.schemas[ref.$ref.split("/").pop() as string],
    );
    const required = Object.fromEntries(
      variants.map(
        (v: { properties: { authScheme: { const: string }; val: { required?: string[] } } }) => [
          v.properties.authScheme.const,
          v.properties.val.required ?? [],
        ],
      ),
    );
    expect(required).toEqual({
      OAUTH2: ["access_token"],
      DCR_OAUTH: ["client_id", "access_token"],
      API_KEY: [],
      BASIC_WITH_JWT: ["username", "password"],
      BASIC: ["username"],
      BEARER_TOKEN: ["token"],
      OAUTH1: ["oauth_token", "oauth_token_secret"],
      NO_AUTH: [],
      SERVICE_ACCOUNT: ["application_id", "installation_id", "private_key"],
      GOOGLE_SERVICE_ACCOUNT: ["credentials_json"],
      S2S_OAUTH2: ["access_token"],
    });
  });
});
