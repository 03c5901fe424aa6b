/** Run a tool from a natural-language instruction instead of arguments. */
import { createToolsClient } from "@composio-client/tools";

const tools = createToolsClient({ userId: "user_2b7f9c" });

const result = await tools.execute(
  "GITHUB_CREATE_AN_ISSUE",
  { text: "Open an issue in composiohq/composio titled 'Login button is misaligned'" },
  { throwOnToolError: true }, // a failed tool throws ToolExecutionError instead
);
console.log(`Created issue #${result.data.number}`);
