/** Declare your tools once, in core, and their arguments and data are typed in every wrapper. */
import { createToolsClient } from "@composio-client/tools";

declare module "@composio-client/core" {
  interface ToolRegistry {
    GITHUB_CREATE_AN_ISSUE: {
      arguments: { owner: string; repo: string; title: string; body?: string };
      data: { number: number; html_url: string };
    };
  }
}

const tools = createToolsClient({ userId: "user_2b7f9c" });
const result = await tools.execute("GITHUB_CREATE_AN_ISSUE", {
  // A missing `title` or a misspelled key here fails to compile.
  arguments: { owner: "composiohq", repo: "composio", title: "Login button is misaligned" },
});
// `data` is the declared output only once the result says the tool succeeded.
if (result.successful) console.log(`Issue #${result.data.number}: ${result.data.html_url}`);
else console.log(`The tool failed: ${result.error}`);
