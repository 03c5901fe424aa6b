/**
 * Tools typed from Composio's own schemas. `pnpm generate:tools` wrote `src/generated/` with
 * composio-typegen from real tool definitions (packages/typegen/test/fixtures/tools.json);
 * against the API, `composio-typegen --toolkit github --toolkit gmail --out ...` does the same.
 */
import { createToolsClient } from "@composio-client/tools";
import { composioToolVersions } from "./generated/composio-tools.versions";

// Each call sends the version its types were generated for, unless it gives its own.
const tools = createToolsClient({ userId: "user_2b7f9c", toolVersions: composioToolVersions });

const { data, successful } = await tools.execute("GITHUB_CREATE_AN_ISSUE", {
  // owner, repo and title are required; body has a default, so it may be left out. A missing
  // title, a misspelt key or a number for `title` fails to compile.
  arguments: { owner: "composiohq", repo: "composio", title: "Login button is misaligned" },
});
if (successful) {
  // number and html_url are typed from the tool's output schema; `state` is "open" | "closed".
  console.log(`Issue #${data.number} (${data.state}): ${data.html_url}`);
  console.log(`Ran version ${composioToolVersions.GITHUB_CREATE_AN_ISSUE}`);
}
