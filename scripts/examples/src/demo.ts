/**
 * The demo: calls all four operations through the wrapper packages and prints each result,
 * including a tool call that pauses for the user's approval and is then answered.
 *
 *   pnpm demo                      against a Prism mock of the spec, started and stopped here
 *   pnpm demo --prism-url <url>    against a Prism mock already running (the contract suite's)
 *   pnpm demo --base-url <url>     against another server (set COMPOSIO_API_KEY for it)
 */
import { inspect, parseArgs } from "node:util";
import { startPrismMock } from "@composio-client/mock-servers";
import { createToolRouterClient } from "@composio-client/tool-router";
import { ComposioError, createComposioClient, createToolsClient } from "@composio-client/tools";

const { values } = parseArgs({
  options: { "base-url": { type: "string" }, "prism-url": { type: "string" } },
});
const given = values["base-url"] ?? values["prism-url"];
const started = given === undefined ? await startPrismMock() : undefined;
// A Prism mock, started here or already running, answers the pause when asked to.
const mock = started ?? (values["prism-url"] === undefined ? undefined : { url: given });
const baseUrl = given ?? started?.url;

try {
  console.log(
    started
      ? `Started a mock of the spec at ${baseUrl}\n`
      : mock
        ? `Using the mock of the spec at ${baseUrl}\n`
        : `Using ${baseUrl}\n`,
  );
  // One core client, shared by both wrappers. The mock accepts any key.
  const client = createComposioClient({
    baseUrl,
    apiKey: process.env.COMPOSIO_API_KEY ?? (mock ? "demo_api_key" : undefined),
  });
  const tools = createToolsClient({ client, userId: "user_2b7f9c" });
  const session = createToolRouterClient({ client }).session("trs_4xY8pQ2mNa");

  show(
    "tools.execute",
    await tools.execute("GITHUB_CREATE_AN_ISSUE", {
      arguments: { owner: "composiohq", repo: "composio", title: "Login button is misaligned" },
    }),
  );
  // A tool that waits for the user's approval, answered. The embedded mock pauses when asked
  // to (Prism serves the spec's example named in the Prefer header); a real server pauses when
  // the session requires approval for the tool.
  const asMock = (example: string) => (mock ? { headers: { prefer: `example=${example}` } } : {});
  const email = {
    recipient_email: "ada@example.com",
    subject: "Quarterly report",
    body: "The report is attached.",
  };
  let sent = await session.execute(
    "GMAIL_SEND_EMAIL",
    { arguments: email, account: "work-gmail" },
    asMock("inputRequired"),
  );
  show("session.execute", sent);
  if (sent.resultType === "inputRequired") {
    for (const [id, request] of Object.entries(sent.inputRequests)) {
      console.log(`The tool asks (${id}): ${request.message}\n`);
    }
    // Here an agent would show the question to its user; the demo approves every request.
    const approve = Object.fromEntries(
      Object.keys(sent.inputRequests).map((id) => [
        id,
        { action: "accept" as const, content: { decision: "approve" } },
      ]),
    );
    sent = await sent.respond(approve, asMock("completed"));
    show("session.execute, answered", sent);
  }
  if (sent.resultType !== "completed")
    throw new Error(`The email was not sent: ${sent.resultType}`);
  show(
    "session.executeMeta",
    await session.executeMeta("COMPOSIO_SEARCH_TOOLS", {
      arguments: { queries: [{ use_case: "create an issue in a GitHub repository" }] },
    }),
  );
  show(
    "session.proxyExecute",
    await session.proxyExecute({
      toolkit: "gmail",
      endpoint: "/gmail/v1/users/me/messages",
      method: "GET",
      query: { maxResults: 10 },
    }),
  );
  console.log("All four operations succeeded.");
} catch (error) {
  process.exitCode = 1;
  console.error(error instanceof ComposioError ? `${error.name}: ${error.message}` : error);
} finally {
  await started?.close();
}

function show(title: string, result: unknown): void {
  console.log(`── ${title}`);
  console.log(inspect(result, { depth: 6, colors: process.stdout.isTTY, breakLength: 100 }));
  console.log();
}
