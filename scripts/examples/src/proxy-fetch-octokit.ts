/** Run Octokit, unchanged, on the GitHub account connected to a Composio session. */
import {
  createProxyFetch,
  createToolRouterClient,
  ProxyInputRequiredError,
} from "@composio-client/tool-router";
import { Octokit } from "@octokit/core";

const session = createToolRouterClient().session("trs_4xY8pQ2mNa");
// Every request goes through Composio, which injects the account's credentials: Octokit
// needs no token (one given to it would be dropped).
const octokit = new Octokit({ request: { fetch: createProxyFetch(session, "github") } });
const repo = { owner: "composiohq", repo: "composio" };

try {
  const issues = await octokit.request("GET /repos/{owner}/{repo}/issues", {
    ...repo,
    state: "open",
    per_page: 5,
  });
  // Typed as GitHub's issues; checked anyway, since any upstream may answer anything.
  const list = Array.isArray(issues.data) ? issues.data : [];
  for (const issue of list) console.log(`#${issue.number} ${issue.title}`);
  console.log(`Listed open issues (GitHub answered ${issues.status})`);

  const created = await octokit.request("POST /repos/{owner}/{repo}/issues", {
    ...repo,
    title: "Login button is misaligned",
    labels: ["bug"],
  });
  console.log(`Created the issue (GitHub answered ${created.status})`, created.data.html_url ?? "");
} catch (error) {
  // Octokit wraps what its fetch throws. A pause means the request was not sent.
  const cause = error instanceof Error ? error.cause : undefined;
  if (!(cause instanceof ProxyInputRequiredError)) throw error;
  for (const request of Object.values(cause.inputRequests)) {
    console.log(`Waiting for the user: ${request.message}`);
  }
}
