import { createMockComposio } from "@composio-client/testing";
import { unlistedMetaSlug } from "@composio-client/tool-router";
import { describe, expect, inject, it } from "vitest";

// @composio-client/testing checks requests with its own reading of the spec. Prism is the
// reference: for each request below, both must accept it, or both refuse it.
const TOOL = "/api/v3/tools/execute/GITHUB_CREATE_AN_ISSUE";
const EXECUTE = "/api/v3/tool_router/session/trs_1/execute";
const META = "/api/v3/tool_router/session/trs_1/execute_meta";
const PROXY = "/api/v3/tool_router/session/trs_1/proxy_execute";
const KEY = { "x-api-key": "contract_key" };

const cases: [string, string, unknown, Record<string, string>?][] = [
  ["tool arguments", TOOL, { arguments: { title: "Bug" }, user_id: "u" }],
  ["tool text", TOOL, { text: "Open an issue", connected_account_id: "instant_account" }],
  ["tool unknown field", TOOL, { arguments: {}, toolSlug: "X" }],
  ["tool arguments not an object", TOOL, { arguments: "x" }],
  [
    "tool custom auth params",
    TOOL,
    { custom_auth_params: { parameters: [{ name: "n", in: "query", value: 1 }] } },
  ],
  [
    "tool custom auth param in body",
    TOOL,
    { custom_auth_params: { parameters: [{ name: "n", in: "body", value: 1 }] } },
  ],
  [
    "tool bearer connection data",
    TOOL,
    {
      custom_connection_data: { authScheme: "BEARER_TOKEN", toolkitSlug: "n", val: { token: "t" } },
    },
  ],
  [
    "tool connection data without token",
    TOOL,
    { custom_connection_data: { authScheme: "BEARER_TOKEN", toolkitSlug: "n", val: {} } },
  ],
  ["tool without a key", TOOL, { arguments: {} }, {}],
  ["session tool", EXECUTE, { tool_slug: "GMAIL_SEND_EMAIL", arguments: {}, account: "a" }],
  [
    "session tool answering a pause",
    EXECUTE,
    { tool_slug: "X", input_responses: { a: { action: "accept" } }, request_state: "rs_1" },
  ],
  ["session tool without tool_slug", EXECUTE, { arguments: {} }],
  ["session tool with toolkit", EXECUTE, { tool_slug: "X", toolkit: "github" }],
  [
    "session tool offload not boolean",
    EXECUTE,
    { tool_slug: "X", enable_auto_workbench_offload: "yes" },
  ],
  ["meta tool", META, { slug: "COMPOSIO_SEARCH_TOOLS", arguments: { queries: [] } }],
  [
    "proxy GET",
    PROXY,
    {
      toolkit_slug: "gmail",
      endpoint: "/m",
      method: "GET",
      parameters: [{ name: "q", value: "1", type: "query" }],
    },
  ],
  ["proxy bad method", PROXY, { toolkit_slug: "gmail", endpoint: "/m", method: "TRACE" }],
  [
    "proxy parameter without type",
    PROXY,
    {
      toolkit_slug: "gmail",
      endpoint: "/m",
      method: "GET",
      parameters: [{ name: "q", value: "1" }],
    },
  ],
  [
    "proxy base64 body",
    PROXY,
    {
      toolkit_slug: "d",
      endpoint: "/u",
      method: "POST",
      binary_body: { base64: "aGk=", content_type: "text/plain" },
    },
  ],
  [
    "proxy URL body",
    PROXY,
    {
      toolkit_slug: "d",
      endpoint: "/u",
      method: "POST",
      binary_body: { url: "https://files.example.com/a.pdf" },
    },
  ],
  ["proxy without endpoint", PROXY, { toolkit_slug: "d", method: "POST" }],
];

async function accepted(
  baseUrl: string,
  fetchImpl: typeof fetch,
  path: string,
  body: unknown,
  headers: Record<string, string>,
) {
  const response = await fetchImpl(`${baseUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  return response.ok;
}

describe("the testing package's mock agrees with Prism on what the spec accepts", () => {
  const mock = createMockComposio();
  it.each(cases)("%s", async (_name, path, body, headers = KEY) => {
    const prism = await accepted(inject("prismUrl"), fetch, path, body, headers);
    const mocked = await accepted("https://backend.composio.dev", mock.fetch, path, body, headers);
    expect(mocked).toBe(prism);
  });

  it("covers both answers", async () => {
    const answers = await Promise.all(
      cases.map(([, path, body, headers = KEY]) =>
        accepted(inject("prismUrl"), fetch, path, body, headers),
      ),
    );
    expect(new Set(answers)).toEqual(new Set([true, false]));
  });
});

// The one place they differ on purpose: Prism refuses a meta slug outside the spec's enum, while
// Composio decides for itself (it may have added the tool since), and so does the mock.
it("lets an unlisted meta slug through, where Prism refuses it", async () => {
  const body = { slug: "COMPOSIO_GET_RECIPE" };
  expect(await accepted(inject("prismUrl"), fetch, META, body, KEY)).toBe(false);
  const mock = createMockComposio().onMetaTool(unlistedMetaSlug("COMPOSIO_GET_RECIPE"), () => ({}));
  expect(await accepted("https://backend.composio.dev", mock.fetch, META, body, KEY)).toBe(true);
});
