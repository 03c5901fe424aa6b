import { describe, expect, it } from "vitest";
import { createMockComposio } from "../src/index";
import { setup } from "./helpers";

const TOOLS = "https://backend.composio.dev/api/v3/tools/execute/GITHUB_CREATE_AN_ISSUE";
const SESSION = "https://backend.composio.dev/api/v3/tool_router/session/trs_1";

// Raw requests, so that bodies the wrappers would never send reach the mock.
async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const mock = createMockComposio({ apiKeys: ["good_key"] });
  const response = await mock.fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-api-key": "good_key", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { mock, status: response.status, body: await response.json() };
}

describe("the spec's rules", () => {
  it.each([
    [
      "an unknown field",
      TOOLS,
      { arguments: {}, toolSlug: "X" },
      "Unrecognized key(s) in object: 'toolSlug'",
    ],
    [
      "arguments with text",
      TOOLS,
      { arguments: {}, text: "do it" },
      "Only one of 'text' or 'arguments'",
    ],
    [
      "a wrong type",
      TOOLS,
      { arguments: "x" },
      "Error in payload.arguments: Expected object, received string",
    ],
    [
      "a missing required field",
      `${SESSION}/execute`,
      { arguments: {} },
      "Error in payload.tool_slug: Required",
    ],
    ["an empty meta slug", `${SESSION}/execute_meta`, { slug: "" }, "at least 1 character"],
    [
      "a bad proxy method",
      `${SESSION}/proxy_execute`,
      { toolkit_slug: "g", endpoint: "/", method: "TRACE" },
      "payload.method: Invalid enum value",
    ],
    [
      "a bad proxy parameter type",
      `${SESSION}/proxy_execute`,
      {
        toolkit_slug: "g",
        endpoint: "/",
        method: "GET",
        parameters: [{ name: "a", value: "1", type: "path" }],
      },
      "payload.parameters.0.type",
    ],
    [
      "an unknown auth scheme",
      TOOLS,
      { custom_connection_data: { authScheme: "MAGIC", toolkitSlug: "g", val: {} } },
      "Invalid discriminator value",
    ],
    [
      "connection data missing its token",
      TOOLS,
      { custom_connection_data: { authScheme: "BEARER_TOKEN", toolkitSlug: "g", val: {} } },
      "payload.custom_connection_data.val.token: Required",
    ],
    [
      "an empty base64 body",
      `${SESSION}/proxy_execute`,
      { toolkit_slug: "g", endpoint: "/", method: "POST", binary_body: { base64: "" } },
      "at least 1 character",
    ],
    ["a body that is not JSON", TOOLS, "{not json", "Invalid JSON"],
  ])("refuses %s with the 400 envelope", async (_what, url, body, message) => {
    const { mock, status, body: answer } = await post(url, body);
    expect(status).toBe(400);
    expect(answer.error).toMatchObject({
      code: 10400,
      slug: "Request_ValidationError",
      status: 400,
      request_id: expect.stringMatching(/^req_/),
    });
    expect(answer.error.errors.join("\n")).toContain(message);
    expect(mock.calls[0]?.validationErrors).toEqual(answer.error.errors);
    expect(mock.executions()).toBe(0);
  });

  it("accepts every shape the spec allows", async () => {
    for (const [url, body] of [
      [
        TOOLS,
        { text: "Open an issue", connected_account_id: "instant_account", allow_tracing: null },
      ],
      [TOOLS, { custom_auth_params: { parameters: [{ name: "n", in: "query", value: 5 }] } }],
      [`${SESSION}/execute`, { tool_slug: "X", input_responses: { a: {} }, request_state: "rs" }],
      [
        `${SESSION}/proxy_execute`,
        {
          toolkit_slug: "g",
          endpoint: "/",
          method: "PUT",
          body: [1],
          binary_body: { url: "https://x.example/a" },
        },
      ],
    ] as const) {
      expect((await post(url, body)).status, JSON.stringify(body)).toBe(200);
    }
  });

  it("answers 401 for a missing or wrong key, with the spec's envelope", async () => {
    for (const headers of [{ "x-api-key": "" }, { "x-api-key": "bad_key" }]) {
      const { status, body } = await post(TOOLS, { arguments: {} }, headers);
      expect(status).toBe(401);
      expect(body.error).toMatchObject({ code: 10401, slug: "Auth_InvalidApiKey" });
    }
  });

  it("takes a user API key only where the spec does: not on session execute", async () => {
    const userKey = { "x-api-key": "", "x-user-api-key": "good_key" };
    expect((await post(TOOLS, { arguments: {} }, userKey)).status).toBe(200);
    expect((await post(`${SESSION}/execute`, { tool_slug: "X" }, userKey)).status).toBe(401);
  });

  it("answers 404 for a path the spec does not have", async () => {
    const { status, body } = await post("https://backend.composio.dev/api/v3/tools/list", {});
    expect(status).toBe(404);
    expect(body.error.slug).toBe("Route_NotFound");
  });

  it("surfaces as a typed BadRequestError through the wrappers", async () => {
    const { tools } = setup();
    const error = await tools.client
      .post("/api/v3/tools/execute/{tool_slug}", {
        path: { tool_slug: "X" },
        body: { arguments: {}, toolSlug: "X" } as never,
      })
      .catch((e) => e);
    expect(error).toMatchObject({ name: "BadRequestError", slug: "Request_ValidationError" });
    expect(error.errors).toEqual(["Error in payload: Unrecognized key(s) in object: 'toolSlug'"]);
  });
});
