/**
 * One turn of an agent loop with OpenAI Chat Completions: Composio's tools in OpenAI's format,
 * the model's tool calls run through Composio, and the tool messages to send back.
 * Reads COMPOSIO_API_KEY (and COMPOSIO_BASE_URL, if set) from the environment.
 */
import { readFile } from "node:fs/promises";
import { createAgentTools } from "@composio-client/ai";
import { createToolsClient } from "@composio-client/tools";

// The schemas composio-typegen wrote for typegen-example; yours sit beside your generated types.
const schemas = JSON.parse(
  await readFile(
    new URL("../typegen-example/src/generated/composio-tools.schemas.json", import.meta.url),
    "utf8",
  ),
);
const agent = createAgentTools({
  tools: schemas,
  runner: createToolsClient(),
  userId: "user_2b7f9c",
  strict: true,
});

// Pass these as `tools` to openai.chat.completions.create.
const tools = agent.openAIChatTools();
console.log(`Offering ${tools.map((tool) => tool.function.name).join(", ")}`);

// What the model answered (completion.choices[0].message.tool_calls): two calls at once, the
// second missing a required field. In strict mode the model writes null for what it leaves out.
const toolCalls = [
  {
    id: "call_1",
    type: "function",
    function: {
      name: "GITHUB_CREATE_AN_ISSUE",
      arguments: JSON.stringify({
        owner: "composiohq",
        repo: "composio",
        title: "Login button is misaligned",
        body: null,
      }),
    },
  },
  {
    id: "call_2",
    type: "function",
    function: { name: "GMAIL_SEND_EMAIL", arguments: '{"body":"Hi"}' },
  },
];

const batch = await agent.handleOpenAIToolCalls(toolCalls);
// One tool message per call, in call order: push them onto `messages` and call the model again.
for (const message of batch.results()) console.log(`${message.tool_call_id}: ${message.content}`);
