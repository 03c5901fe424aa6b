/**
 * Run a tool with structured arguments, and handle each way it can fail.
 * Reads COMPOSIO_API_KEY (and COMPOSIO_BASE_URL, if set) from the environment.
 */
import {
  ComposioApiError,
  ComposioConnectionError,
  ComposioValidationError,
  createToolsClient,
} from "@composio-client/tools";

const tools = createToolsClient({ userId: "user_2b7f9c" });

try {
  const result = await tools.execute("GITHUB_CREATE_AN_ISSUE", {
    arguments: { owner: "composiohq", repo: "composio", title: "Login button is misaligned" },
  });
  if (result.successful) {
    console.log(`Created ${result.data.html_url} (log ${result.logId})`);
  } else {
    // The tool ran but failed, for example because the repository does not exist.
    console.log(`The tool failed: ${result.error}`);
  }
} catch (error) {
  if (error instanceof ComposioValidationError) {
    console.error(`Nothing was sent: ${error.path} is invalid. ${error.message}`);
  } else if (error instanceof ComposioApiError) {
    console.error(`Composio answered ${error.status} ${error.slug} (request ${error.requestId})`);
  } else if (error instanceof ComposioConnectionError && error.mayHaveExecuted) {
    console.error("The issue may have been created: look before trying again.");
  }
  process.exitCode = 1;
}
