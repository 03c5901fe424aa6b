// The agent loop over MCP: a real MCP server (the SDK's) lists the tools and answers
// `tools/call` with this package; a pause becomes an MCP elicitation the client answers; the
// test asserts each CallToolResult the client receives. MCP carries arguments as JSON objects,
// so a bad JSON string cannot arrive: a missing field stands in for bad arguments.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import {
  CallToolRequestSchema,
  ElicitRequestSchema,
  ListToolsRequestSchema,
} from "@modelcontextprotocol/sdk/types.js";
import { expect, it } from "vitest";
import { createAgentTools, type InputResponses } from "../src/index";
import { EXPECTED, expectRan, mockComposio, QUESTION, SCRIPT, sessionOf, TOOLS } from "./fixtures";

it("MCP: tools/list and tools/call, with a pause answered through elicitation", async () => {
  const mock = mockComposio();
  const agent = createAgentTools({ tools: TOOLS, runner: sessionOf(mock) });

  // The server's code, as a README example would write it.
  const server = new Server(
    { name: "composio", version: "1.0.0" },
    { capabilities: { tools: {} } },
  );
  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: agent.mcpTools() }));
  server.setRequestHandler(CallToolRequestSchema, async (request) => {
    let outcome = await agent.handleMcpToolCall(request.params);
    while (outcome.resultType === "inputRequired") {
      const answers: InputResponses = {};
      for (const [id, question] of Object.entries(outcome.inputRequests)) {
        const answer = await server.elicitInput({
          mode: "form",
          message: question.message,
          requestedSchema: question.requestedSchema as never,
        });
        answers[id] = { action: answer.action, content: answer.content };
      }
      outcome = await outcome.respond(answers);
    }
    return outcome.result;
  });

  // The client: the user approves what they are asked.
  const questions: string[] = [];
  const client = new Client(
    { name: "app", version: "1.0.0" },
    { capabilities: { elicitation: {} } },
  );
  client.setRequestHandler(ElicitRequestSchema, (request) => {
    questions.push(request.params.message);
    return { action: "accept", content: { decision: "approve" } };
  });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await Promise.all([server.connect(serverSide), client.connect(clientSide)]);

  const { tools } = await client.listTools();
  expect(tools.map((tool) => [tool.name, tool.description])).toEqual(
    TOOLS.map((tool) => [tool.slug, tool.description]),
  );
  expect(tools[0]?.inputSchema).toEqual(TOOLS[0]?.input_parameters);

  // Turn 1 without the bad JSON call; turn 2 as scripted, all calls of a turn at once.
  const turns = [SCRIPT[0]?.slice(1) ?? [], SCRIPT[1] ?? []];
  const results = [];
  for (const turn of turns) {
    results.push(
      ...(await Promise.all(
        turn.map((call) =>
          client.callTool({ name: call.name, arguments: JSON.parse(call.arguments) }),
        ),
      )),
    );
  }
  expect(results).toEqual(
    [EXPECTED[0]?.slice(1) ?? [], EXPECTED[1] ?? []].flat().map(({ isError, text }) => ({
      content: [{ type: "text", text }],
      ...(isError && { isError: true }),
    })),
  );
  expect(questions).toEqual([QUESTION]);
  expectRan(mock, expect);
  await client.close();
});
