/** Run a tool and a meta tool inside a tool-router session, answering a pause for approval. */
import { createToolRouterClient } from "@composio-client/tool-router";

const session = createToolRouterClient().session("trs_4xY8pQ2mNa");

const found = await session.executeMeta("COMPOSIO_SEARCH_TOOLS", {
  arguments: { queries: [{ use_case: "create an issue in a GitHub repository" }] },
});
if (found.resultType === "completed") console.log("Search results:", JSON.stringify(found.data));

let created = await session.execute("GITHUB_CREATE_AN_ISSUE", {
  arguments: { owner: "composiohq", repo: "composio", title: "Login button is misaligned" },
  account: "work-github", // which connected account, when the user has several
});
// The session may ask the user first: nothing has run until the question is answered.
if (created.resultType === "inputRequired") {
  const [id] = Object.keys(created.inputRequests);
  created = await created.respond({
    [id as string]: { action: "accept", content: { decision: "approve" } },
  });
}
switch (created.resultType) {
  case "completed":
    console.log(`Created issue (log ${created.logId})`);
    break;
  case "failed":
    console.log(`Failed: ${created.error}`);
    break;
  default:
    console.log(`Not run: ${created.resultType}`);
}
