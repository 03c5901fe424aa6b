/** Run a tool and a meta tool inside a tool-router session. */
import { createToolRouterClient } from "@composio-client/tool-router";

const session = createToolRouterClient().session("trs_4xY8pQ2mNa");

const found = await session.executeMeta("COMPOSIO_SEARCH_TOOLS", {
  queries: [{ use_case: "create an issue in a GitHub repository" }],
});
console.log("Search results:", JSON.stringify(found.data));

const created = await session.execute(
  "GITHUB_CREATE_AN_ISSUE",
  { owner: "composiohq", repo: "composio", title: "Login button is misaligned" },
  { account: "work-github" }, // which connected account, when the user has several
);
console.log(created.error ? `Failed: ${created.error}` : `Created issue (log ${created.logId})`);
