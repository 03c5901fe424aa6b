// The tools and the mock every loop test runs against, and the one script the model follows.
import {
  createMockComposio,
  inputRequired,
  type MockComposio,
  toolBlocked,
  toolFailed,
} from "@composio-client/testing";
import { createToolRouterClient } from "@composio-client/tool-router";

/** Three tools as GET /api/v3/tools returns them. */
export const TOOLS = [
  {
    slug: "GITHUB_CREATE_AN_ISSUE",
    name: "Create an issue",
    description: "Creates an issue in a GitHub repository.",
    toolkit: { slug: "github", name: "GitHub" },
    version: "20250909_00",
    input_parameters: {
      type: "object",
      properties: {
        owner: { type: "string" },
        repo: { type: "string" },
        title: { type: "string" },
        labels: { type: "array", items: { type: "string" } },
        // Free-form: any object goes through as it is.
        metadata: { type: "object", description: "Anything to keep with the issue." },
      },
      required: ["owner", "repo", "title"],
    },
  },
  {
    slug: "GMAIL_SEND_EMAIL",
    description: "Sends an email.",
    input_parameters: {
      type: "object",
      properties: { recipient_email: { type: "string" }, body: { type: "string" } },
      required: ["recipient_email"],
    },
  },
  {
    slug: "SLACK_SEND_MESSAGE",
    description: "Posts a message to a Slack channel.",
    input_parameters: {
      type: "object",
      properties: { channel: { type: "string" }, text: { type: "string" } },
      required: ["channel", "text"],
    },
  },
];

/** The mock, with a handler per tool: an issue, an email that asks first, a blocked post. */
export function mockComposio(): MockComposio {
  const mock = createMockComposio({ apiKeys: ["test"] });
  mock.onTool("GITHUB_CREATE_AN_ISSUE", (args) => ({
    number: 7,
    title: args.title,
    metadata: args.metadata,
  }));
  mock.onTool("GMAIL_SEND_EMAIL", (args, ctx) => {
    const answer = ctx.inputResponses?.approval as { content?: { decision?: string } } | undefined;
    if (!answer) return inputRequired(`Send an email to ${args.recipient_email}?`);
    return answer.content?.decision === "approve" ? { id: "msg_1" } : toolFailed("Rejected");
  });
  mock.onTool("SLACK_SEND_MESSAGE", () =>
    toolBlocked("Posting to #general needs an admin", { blockReason: { hook: "channel-policy" } }),
  );
  return mock;
}

export function sessionOf(mock: MockComposio) {
  return createToolRouterClient({ apiKey: "test", fetch: mock.fetch }).session("trs_1");
}

/** One call of the script: its id, the tool's name and the arguments as the model wrote them. */
export interface ScriptedCall {
  id: string;
  name: string;
  arguments: string;
}

const METADATA = '{"source":"agent","trace":[1,{"deep":null}],"":{}}';

/**
 * What the model does, turn by turn: two calls at once (bad JSON, an unknown tool), then four
 * (a missing field, a good call with free-form metadata, one that pauses, one a hook blocks),
 * then it answers in text.
 */
export const SCRIPT: ScriptedCall[][] = [
  [
    {
      id: "call_1",
      name: "GITHUB_CREATE_AN_ISSUE",
      arguments: '{"owner": "composiohq", "title": ',
    },
    { id: "call_2", name: "GITHUB_DELETE_REPO", arguments: '{"repo": "composio"}' },
  ],
  [
    {
      id: "call_3",
      name: "GITHUB_CREATE_AN_ISSUE",
      arguments: '{"owner":"composiohq","repo":"composio"}',
    },
    {
      id: "call_4",
      name: "GITHUB_CREATE_AN_ISSUE",
      arguments: `{"owner":"composiohq","repo":"composio","title":"Login is broken","metadata":${METADATA}}`,
    },
    {
      id: "call_5",
      name: "GMAIL_SEND_EMAIL",
      arguments: '{"recipient_email":"ada@example.com","body":"Issue #7"}',
    },
    {
      id: "call_6",
      name: "SLACK_SEND_MESSAGE",
      arguments: '{"channel":"#general","text":"Issue #7"}',
    },
  ],
];

/** What the model must get back for each call of the script, in order: error or not, and text. */
export const EXPECTED: { id: string; isError: boolean; text: string }[][] = [
  [
    {
      id: "call_1",
      isError: true,
      text: "Error: the arguments for GITHUB_CREATE_AN_ISSUE are not valid JSON. Nothing ran. Call it again with a JSON object.",
    },
    {
      id: "call_2",
      isError: true,
      text: 'Error: there is no tool named "GITHUB_DELETE_REPO". Nothing ran. Call one of the tools you were given.',
    },
  ],
  [
    {
      id: "call_3",
      isError: true,
      text: "Error: the arguments for GITHUB_CREATE_AN_ISSUE do not match its schema: title is required. Nothing ran. Call it again with corrected arguments.",
    },
    {
      id: "call_4",
      isError: false,
      text: `{"number":7,"title":"Login is broken","metadata":${METADATA}}`,
    },
    { id: "call_5", isError: false, text: '{"id":"msg_1"}' },
    {
      id: "call_6",
      isError: true,
      text: "Error: a Composio session hook blocked SLACK_SEND_MESSAGE: Posting to #general needs an admin. Calling it again unchanged will be blocked again.",
    },
  ],
];

/** The app's side of a pause: the user approves, after reading the question. */
export const APPROVE = {
  approval: { action: "accept" as const, content: { decision: "approve" } },
};
export const QUESTION = "Send an email to ada@example.com?";

/** What Composio must have seen: the good issue call with its metadata byte for byte, one email. */
export function expectRan(mock: MockComposio, expect: typeof import("vitest").expect) {
  expect(mock.executions("GITHUB_CREATE_AN_ISSUE")).toBe(1);
  expect(mock.executions("GMAIL_SEND_EMAIL")).toBe(1);
  expect(mock.executions("SLACK_SEND_MESSAGE")).toBe(0);
  expect(mock.calls.tool("GITHUB_CREATE_AN_ISSUE").map((call) => call.body)).toEqual([
    {
      tool_slug: "GITHUB_CREATE_AN_ISSUE",
      arguments: {
        owner: "composiohq",
        repo: "composio",
        title: "Login is broken",
        metadata: JSON.parse(METADATA),
      },
    },
  ]);
}
