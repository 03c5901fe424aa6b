import { connectionDataPerScheme } from "@composio-client/spec/values";
import {
  ComposioApiError,
  type CustomConnectionData,
  createToolsClient,
  type ToolsClient,
} from "@composio-client/tools";
import { beforeAll, describe, expect, inject, it } from "vitest";

// Prism (one for the whole suite, started by setup/prism.ts) serves the spec and validates every
// request against it: any field the spec does not have, or a missing required one, fails the call
// with a 4xx.
let tools: ToolsClient;
beforeAll(async () => {
  tools = createToolsClient({
    apiKey: "contract_key",
    baseUrl: inject("prismUrl"),
    userId: "user_2b7f9c",
  });
});

// One valid connection per auth scheme of the spec, read from it: a scheme the spec adds is
// covered without an edit.
const connectionData = connectionDataPerScheme() as CustomConnectionData[];

describe("tools.execute against the spec (Prism)", () => {
  it("runs a tool with arguments", async () => {
    const result = await tools.execute("GITHUB_CREATE_AN_ISSUE", {
      arguments: { owner: "composiohq", repo: "composio", title: "Bug" },
    });
    expect(result.successful).toBe(true);
    expect(result.data).toMatchObject({ number: 1482, state: "open" });
    expect(result.logId).toBe("log_Xq3Vb7Tn1KpR");
    expect(result.sessionInfo).toEqual({
      sessionId: "session-6f1c2a",
      expiresAt: "2026-11-21T13:00:00Z",
    });
  });

  it("runs a tool from text with every optional field set", async () => {
    const result = await tools.execute("GITHUB_CREATE_AN_ISSUE", {
      text: "Open an issue titled Bug",
      connectedAccountId: "instant_account",
      version: "20250909_00",
      entityId: "legacy_entity",
      allowTracing: null,
      llmGatewayHeaders: { "x-trace-id": "trace_1" },
      customAuthParams: {
        baseUrl: "https://ghe.example.com/api/v3",
        parameters: [
          { name: "x-org", in: "header", value: "acme" },
          { name: "per_page", in: "query", value: 50 },
        ],
        body: { draft: true },
      },
    });
    expect(result.successful).toBe(true);
  });

  it.each(connectionData)("sends custom connection data for $authScheme", async (data) => {
    await expect(
      tools.execute("GITHUB_CREATE_AN_ISSUE", { customConnectionData: data }),
    ).resolves.toMatchObject({ successful: true });
  });

  it("is a real check: Prism rejects a body field the spec does not have", async () => {
    const error = await tools.client
      .post("/api/v3/tools/execute/{tool_slug}", {
        path: { tool_slug: "X" },
        body: { arguments: {}, toolSlug: "X" } as never,
      })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ComposioApiError);
    expect(error.headers.get("sl-violations")).toContain("toolSlug");
  });
});
