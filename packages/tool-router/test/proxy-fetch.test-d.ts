import { Octokit } from "@octokit/core";
import createClient from "openapi-fetch";
import { describe, expectTypeOf, it } from "vitest";
import type {
  ComposioError,
  ProxyFetchOptions,
  ProxyInputRequiredError,
  ToolRouterSession,
} from "../src/index";
import { createProxyFetch } from "../src/index";
import type { paths } from "./petstore/schema";

declare const session: ToolRouterSession;

describe("proxyFetch types", () => {
  it("returns fetch's own signature", () => {
    const fetch = createProxyFetch(session, "github");
    // Per parameter: a whole-tuple comparison with an optional element depends on how the
    // compiler happens to order the union's members.
    expectTypeOf(fetch).parameter(0).toEqualTypeOf<string | URL | Request>();
    expectTypeOf(fetch).parameter(1).toEqualTypeOf<RequestInit | undefined>();
    expectTypeOf(fetch).parameters.toHaveProperty("length").toEqualTypeOf<1 | 2>();
    expectTypeOf(fetch).returns.toEqualTypeOf<Promise<Response>>();
    // Usable wherever the global fetch's type is asked for.
    const asGlobal: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response> = fetch;
    void asGlobal;
  });

  it("fits Octokit's request.fetch and openapi-fetch's fetch", () => {
    new Octokit({ request: { fetch: createProxyFetch(session, "github") } });
    createClient<paths>({
      baseUrl: "https://pets.example.com/v1",
      fetch: createProxyFetch(session, "p"),
    });
    // openapi-fetch asks for exactly `(input: Request) => Promise<Response>`.
    type OpenapiFetch = NonNullable<Parameters<typeof createClient>[0]>["fetch"];
    expectTypeOf(createProxyFetch(session, "p")).toExtend<NonNullable<OpenapiFetch>>();
  });

  it("takes the request options, baseUrl and downloadFetch", () => {
    createProxyFetch(session, "gmail", {
      baseUrl: "https://gmail.googleapis.com/",
      downloadFetch: fetch,
      timeout: 30_000,
      maxRetries: 0,
      signal: AbortSignal.timeout(1000),
      headers: { "x-trace": "1" },
      allowDuplicateExecution: false,
    });
    expectTypeOf<ProxyFetchOptions["baseUrl"]>().toEqualTypeOf<string | undefined>();
    // @ts-expect-error: the toolkit is required
    createProxyFetch(session);
    // @ts-expect-error: baseUrl is a string
    createProxyFetch(session, "gmail", { baseUrl: new URL("https://gmail.googleapis.com/") });
  });

  it("types the pause error", () => {
    expectTypeOf<ProxyInputRequiredError>().toExtend<ComposioError>();
    expectTypeOf<ProxyInputRequiredError["requestState"]>().toEqualTypeOf<string | undefined>();
  });
});
