import { createMockComposio } from "@composio-client/testing";
import { createToolsClient } from "@composio-client/tools";
import { describe, expect, it } from "vitest";
import { createAgentTools } from "../src/index";
import { removeStrictNulls, toStrictSchema } from "../src/strict";

const SEND = {
  type: "object",
  properties: {
    to: { type: "string", description: "Recipient" },
    cc: { type: "array", items: { type: "string" } },
    priority: { type: "string", enum: ["low", "high"] },
    kind: { const: "email" },
    thread: {
      type: "object",
      properties: { id: { type: "string" }, reply_all: { type: "boolean" } },
      required: ["id"],
    },
    note: { type: ["string", "null"] },
  },
  required: ["to"],
};

describe("toStrictSchema", () => {
  it("lists every property in required, makes the optional ones nullable, closes every object", () => {
    const before = structuredClone(SEND);
    expect(toStrictSchema(SEND)).toEqual({
      type: "object",
      properties: {
        to: { type: "string", description: "Recipient" },
        cc: { type: ["array", "null"], items: { type: "string" } },
        priority: { type: ["string", "null"], enum: ["low", "high", null] },
        kind: { enum: ["email", null] },
        thread: {
          type: ["object", "null"],
          properties: { id: { type: "string" }, reply_all: { type: ["boolean", "null"] } },
          required: ["id", "reply_all"],
          additionalProperties: false,
        },
        note: { type: ["string", "null"] },
      },
      required: ["to", "cc", "priority", "kind", "thread", "note"],
      additionalProperties: false,
    });
    expect(SEND).toEqual(before); // never modified
  });

  it("writes OpenAPI's nullable as a null type, and drops a null default, as Composio's schemas have them", () => {
    const schema = {
      type: "object",
      properties: {
        assignee: { type: "string", nullable: true, default: null },
        state: { type: "string", enum: ["open", "closed"], nullable: true },
        body: { type: "string", default: "" },
      },
      required: ["state"],
    };
    expect(toStrictSchema(schema)).toEqual({
      type: "object",
      properties: {
        assignee: { type: ["string", "null"] },
        state: { type: ["string", "null"], enum: ["open", "closed", null] },
        body: { type: ["string", "null"], default: "" },
      },
      required: ["assignee", "state", "body"],
      additionalProperties: false,
    });
    // A null the schema allows is the model's answer, kept; one it does not is "not given".
    expect(removeStrictNulls(schema, { assignee: null, state: null, body: null })).toEqual({
      assignee: null,
      state: null,
    });
  });

  it("declines what strict mode cannot express, rather than change its meaning", () => {
    const freeForm = { type: "object", properties: { metadata: { type: "object" } } };
    expect(toStrictSchema(freeForm)).toBeUndefined();
    expect(
      toStrictSchema({ type: "object", additionalProperties: true, properties: {} }),
    ).toBeUndefined();
    expect(toStrictSchema({ type: "object", properties: { a: { anyOf: [] } } })).toBeUndefined();
    expect(
      toStrictSchema({ type: "object", properties: { a: { $ref: "#/$defs/a" } } }),
    ).toBeUndefined();
    expect(toStrictSchema({ type: "object", properties: { a: {} } })).toBeUndefined();
  });
});

describe("removeStrictNulls", () => {
  it("removes the nulls of optional fields that do not allow null, at any depth, and keeps the rest", () => {
    const args = {
      to: "ada@example.com",
      cc: null,
      priority: null,
      kind: null,
      thread: { id: "t1", reply_all: null },
      note: null,
    };
    const before = structuredClone(args);
    expect(removeStrictNulls(SEND, args)).toEqual({
      to: "ada@example.com",
      thread: { id: "t1" },
      note: null, // the schema allows null: the model meant it
    });
    expect(args).toEqual(before);
  });
});

describe("strict mode through the handlers", () => {
  const tools = [
    { slug: "GMAIL_SEND_EMAIL", description: "Sends an email.", input_parameters: SEND },
    {
      slug: "GITHUB_CREATE_AN_ISSUE",
      description: "Creates an issue.",
      input_parameters: { type: "object", properties: { metadata: { type: "object" } } },
    },
  ];

  it("sends strict definitions, and a tool it cannot express as it is, with strict: false", () => {
    const mock = createMockComposio();
    const runner = createToolsClient({ apiKey: "test", fetch: mock.fetch });
    const agent = createAgentTools({ tools, runner, userId: "user_1", strict: true });
    const [send, issue] = agent.openAIChatTools();
    expect(send?.function.strict).toBe(true);
    expect(send?.function.parameters).toEqual(toStrictSchema(SEND));
    expect(issue?.function).toEqual({
      name: "GITHUB_CREATE_AN_ISSUE",
      description: "Creates an issue.",
      parameters: tools[1]?.input_parameters,
      strict: false,
    });
    expect(agent.openAIResponsesTools().map((tool) => tool.strict)).toEqual([true, false]);
    // Strict mode is OpenAI's: other formats get the schema as it is, the same object.
    expect(agent.anthropicTools()[0]?.input_schema).toBe(SEND);
    expect(createAgentTools({ tools, runner }).openAIChatTools()[0]?.function).not.toHaveProperty(
      "strict",
    );
  });

  it("runs the call with the optional fields' nulls removed, so Composio sees them as not given", async () => {
    const mock = createMockComposio();
    mock.onTool("GMAIL_SEND_EMAIL", () => ({ id: "msg_1" }));
    const runner = createToolsClient({ apiKey: "test", fetch: mock.fetch });
    const agent = createAgentTools({ tools, runner, userId: "user_1", strict: true });
    const batch = await agent.handleOpenAIToolCalls([
      {
        id: "call_1",
        type: "function",
        function: {
          name: "GMAIL_SEND_EMAIL",
          arguments:
            '{"to":"ada@example.com","cc":null,"priority":null,"kind":null,"thread":null,"note":null}',
        },
      },
    ]);
    expect(batch.results()).toEqual([
      { role: "tool", tool_call_id: "call_1", content: '{"id":"msg_1"}' },
    ]);
    expect(mock.calls.tool("GMAIL_SEND_EMAIL")[0]?.body).toEqual({
      arguments: { to: "ada@example.com", note: null },
      user_id: "user_1",
    });
  });
});
