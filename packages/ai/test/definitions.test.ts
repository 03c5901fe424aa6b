import { createComposioClient } from "@composio-client/core";
import { sendJson, startHttpServer } from "@composio-client/mock-servers";
import * as typegen from "@composio-client/typegen";
import { describe, expect, it } from "vitest";
import { loadToolDefinitions, readToolDefinitions } from "../src/index";
import { TOOLS } from "./fixtures";

const ISSUE_SCHEMA = TOOLS[0]?.input_parameters;

describe("readToolDefinitions", () => {
  it("reads what GET /api/v3/tools returns, keeping each schema by reference", () => {
    const [issue, email] = readToolDefinitions({ items: TOOLS, next_cursor: null });
    expect(issue).toEqual({
      slug: "GITHUB_CREATE_AN_ISSUE",
      description: "Creates an issue in a GitHub repository.",
      inputSchema: ISSUE_SCHEMA,
      version: "20250909_00",
      toolkit: "github",
    });
    expect(issue?.inputSchema).toBe(ISSUE_SCHEMA);
    expect(email?.toolkit).toBeUndefined();
    expect(readToolDefinitions(TOOLS)).toEqual(readToolDefinitions({ items: TOOLS }));
    expect(readToolDefinitions(TOOLS[1])).toEqual([email]);
  });

  it("reads the schemas file composio-typegen writes", () => {
    const { tools } = typegen.readToolDefinitions(TOOLS);
    const schemas = JSON.parse(typegen.renderFiles(tools, { source: "test" }).schemas);
    const definitions = readToolDefinitions(schemas);
    // The same definitions as from the API: slug, description, schema, version and toolkit.
    expect(definitions).toEqual(readToolDefinitions(TOOLS));
    expect(definitions[0]?.inputSchema).toBe(schemas.tools.GITHUB_CREATE_AN_ISSUE.input_parameters);
  });

  it("gives a tool without an argument schema an empty object's, and falls back to the name", () => {
    expect(readToolDefinitions([{ slug: "X_PING", name: "Ping" }])).toEqual([
      {
        slug: "X_PING",
        description: "Ping",
        inputSchema: { type: "object", properties: {} },
        version: undefined,
        toolkit: undefined,
      },
    ]);
  });

  it("refuses what is not tool definitions, naming the entry without a slug", () => {
    expect(() => readToolDefinitions("tools")).toThrow(TypeError);
    expect(() => readToolDefinitions([TOOLS[0], { name: "no slug" }])).toThrow(
      "Tool definition 1 has no slug.",
    );
  });
});

describe("loadToolDefinitions", () => {
  it("reads every page of each toolkit and the slugs asked for", async () => {
    const [issue, email, slack] = TOOLS;
    const server = await startHttpServer((request, res) => {
      const url = new URL(request.url, "http://localhost");
      if (url.searchParams.get("tool_slugs"))
        return sendJson(res, 200, { items: [slack], next_cursor: null });
      const second = url.searchParams.get("cursor") === "page-2";
      return sendJson(res, 200, {
        items: [second ? email : issue],
        next_cursor: second ? null : "page-2",
      });
    });
    try {
      const client = createComposioClient({ apiKey: "test", baseUrl: server.url });
      const definitions = await loadToolDefinitions({
        client,
        toolkits: ["github"],
        tools: ["SLACK_SEND_MESSAGE", "SLACK_LIST_CHANNELS"],
        limit: 1,
      });
      expect(definitions).toEqual(readToolDefinitions(TOOLS));
      expect(server.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
        "GET /api/v3/tools?toolkit_slug=github&limit=1",
        "GET /api/v3/tools?toolkit_slug=github&limit=1&cursor=page-2",
        "GET /api/v3/tools?tool_slugs=SLACK_SEND_MESSAGE%2CSLACK_LIST_CHANNELS&limit=1",
      ]);
    } finally {
      await server.close();
    }
  });
});
