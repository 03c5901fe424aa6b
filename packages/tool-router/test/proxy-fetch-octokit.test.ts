// Octokit, unchanged, on Composio's credentials: its fetch is createProxyFetch(session, "github").
import { Octokit } from "@octokit/core";
import { describe, expect, it } from "vitest";
import { createProxyFetch, ProxyInputRequiredError } from "../src/index";
import {
  binaryReply,
  completed,
  credentialsOf,
  proxyAgainst,
  storageServing,
} from "./proxy-fetch-helpers";

// Octokit's RequestError (named HttpError), without depending on @octokit/request-error.
interface RequestError extends Error {
  status: number;
  cause?: unknown;
}

const header = (name: string, value: unknown) => ({ name, value, type: "header" });
const query = (name: string, value: string) => ({ name, value, type: "query" });
const userAgent = header("user-agent", expect.stringMatching(/^octokit-core\.js\//));
const issue = { number: 1347, title: "Found a bug", state: "open", labels: [{ name: "bug" }] };

async function octokitAgainst(reply: unknown) {
  const { session, sent, requests } = await proxyAgainst(reply);
  // A token given to Octokit is dropped: Composio injects the connected account's.
  const octokit = new Octokit({
    auth: "ghp_never_sent",
    request: { fetch: createProxyFetch(session, "github") },
  });
  return { octokit, sent, requests };
}

describe("Octokit through proxyFetch", () => {
  it("lists issues: GET /repos/{owner}/{repo}/issues", async () => {
    const { octokit, sent, requests } = await octokitAgainst(
      completed([issue], { "content-type": "application/json; charset=utf-8", etag: 'W/"abc"' }),
    );
    const { data, status, headers } = await octokit.request("GET /repos/{owner}/{repo}/issues", {
      owner: "octocat",
      repo: "hello-world",
      state: "open",
      labels: "bug,ui",
      per_page: 2,
    });
    expect(sent()).toEqual({
      toolkit_slug: "github",
      endpoint: "https://api.github.com/repos/octocat/hello-world/issues",
      method: "GET",
      parameters: [
        query("state", "open"),
        query("labels", "bug,ui"),
        query("per_page", "2"),
        header("accept", "application/vnd.github.v3+json"),
        userAgent,
      ],
    });
    expect(requests[0]?.body).not.toContain("ghp_never_sent");
    expect(status).toBe(200);
    expect(data).toEqual([issue]);
    expect(headers.etag).toBe('W/"abc"');
  });

  it("creates an issue: POST /repos/{owner}/{repo}/issues", async () => {
    const { octokit, sent } = await octokitAgainst(completed(issue, undefined, 201));
    const { data, status } = await octokit.request("POST /repos/{owner}/{repo}/issues", {
      owner: "octocat",
      repo: "hello-world",
      title: "Found a bug",
      body: "I'm having a problem with this.",
      labels: ["bug"],
    });
    expect(sent()).toEqual({
      toolkit_slug: "github",
      endpoint: "https://api.github.com/repos/octocat/hello-world/issues",
      method: "POST",
      body: { title: "Found a bug", body: "I'm having a problem with this.", labels: ["bug"] },
      parameters: [
        header("accept", "application/vnd.github.v3+json"),
        header("content-type", "application/json; charset=utf-8"),
        userAgent,
      ],
    });
    expect(status).toBe(201);
    expect(data).toEqual(issue);
  });

  it("downloads a tarball from the signed URL, which gets no credentials", async () => {
    const tarball = new Uint8Array([31, 139, 8, 0, 1, 2, 3]);
    const storage = await storageServing(tarball, "application/octet-stream");
    const reply = binaryReply(`${storage.url}/t.tgz?sig=1`, tarball.length);
    reply.binary_data.content_type = "application/x-gzip";
    const { octokit, sent } = await octokitAgainst(reply);
    const { data } = await octokit.request("GET /repos/{owner}/{repo}/tarball/{ref}", {
      owner: "octocat",
      repo: "hello-world",
      ref: "main",
    });
    expect(sent()).toMatchObject({
      endpoint: "https://api.github.com/repos/octocat/hello-world/tarball/main",
      method: "GET",
    });
    expect(new Uint8Array(data as ArrayBuffer)).toEqual(tarball);
    expect(credentialsOf(storage.requests[0])).toEqual({
      authorization: undefined,
      cookie: undefined,
      "x-api-key": undefined,
      "x-user-api-key": undefined,
    });
  });

  it("sees an upstream 404 as its own RequestError, with GitHub's message", async () => {
    const { octokit } = await octokitAgainst(
      completed(
        { message: "Not Found", documentation_url: "https://docs.github.com" },
        undefined,
        404,
      ),
    );
    const error = await octokit
      .request("GET /repos/{owner}/{repo}/issues", { owner: "o", repo: "gone" })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "HttpError", status: 404 });
    expect((error as RequestError).message).toBe("Not Found - https://docs.github.com");
  });

  it("sees a pause as a failed fetch, with ProxyInputRequiredError as its cause", async () => {
    const { octokit } = await octokitAgainst({
      result_type: "input_required",
      input_requests: {
        approval_1: { type: "elicitation", mode: "form", message: "Allow?", requested_schema: {} },
      },
    });
    const error = await octokit
      .request("POST /repos/{owner}/{repo}/issues", { owner: "o", repo: "r", title: "t" })
      .catch((e: unknown) => e);
    // Octokit wraps whatever its fetch throws in a RequestError with status 500.
    expect(error).toMatchObject({ name: "HttpError", status: 500 });
    expect((error as RequestError).cause).toBeInstanceOf(ProxyInputRequiredError);
    expect(((error as RequestError).cause as ProxyInputRequiredError).inputRequests).toHaveProperty(
      "approval_1",
    );
  });
});
