import type { components } from "@composio-client/api-types";
import { describe, expectTypeOf, it } from "vitest";
import {
  type BinaryData,
  type ComposioClient,
  createToolRouterClient,
  type GetAndHeadTakeNoBody,
  type InputRequest,
  type InstantCharge,
  type MetaToolSlug,
  type PassBodyOrBinaryBodyNotBoth,
  type ProxyExecuteParams,
  type ProxyExecuteResult,
  type ProxyMethod,
  type ProxyParamsAnyMethod,
  type ProxyParamsWithBinaryBody,
  type ProxyParamsWithJsonBody,
  type ProxyParamsWithoutBody,
  type SessionExecuteMetaParams,
  type SessionExecuteParams,
  type SessionExecuteResult,
  type SessionToolBlocked,
  type ToolRouterSession,
  unlistedMetaSlug,
} from "../src/index";
import type { PROXY_PARAM_NAMES } from "../src/proxy-params";
import type { SESSION_EXECUTE_META_PARAM_NAMES, SESSION_EXECUTE_PARAM_NAMES } from "../src/session";

declare const session: ToolRouterSession;
declare const client: ComposioClient;

describe("tool-router session types", () => {
  it("types executeMeta's slug from the spec, so a typo fails to compile", () => {
    session.executeMeta("COMPOSIO_SEARCH_TOOLS");
    // @ts-expect-error: not a meta tool (missing S)
    session.executeMeta("COMPOSIO_SEARCH_TOOL");
    // The spec's enum, as openapi-typescript generates it (api-types' drift test ties it to the
    // spec), and a closed union: a plain string is not a meta slug.
    expectTypeOf<MetaToolSlug>().toEqualTypeOf<components["schemas"]["MetaToolSlug"]>();
    expectTypeOf<string>().not.toExtend<MetaToolSlug>();
    session.executeMeta("COMPOSIO_SUBMIT_FEEDBACK");
    session.executeMeta("COMPOSIO_PROXY_EXECUTE", { arguments: { toolkit: "github" } });
  });

  it("takes a slug this package does not list only through unlistedMetaSlug", () => {
    session.executeMeta(unlistedMetaSlug("COMPOSIO_GET_RECIPE"));
    const slug: string = "COMPOSIO_GET_RECIPE";
    // @ts-expect-error: a plain string is not silently accepted
    session.executeMeta(slug);
    // @ts-expect-error: a branded slug is not a listed one
    const listed: MetaToolSlug = unlistedMetaSlug("COMPOSIO_GET_RECIPE");
    expectTypeOf(listed).toEqualTypeOf<MetaToolSlug>();
  });

  it("narrows a session result on resultType, with no casts", async () => {
    const result = await session.execute("GMAIL_SEND_EMAIL", { arguments: { to: "a@b.c" } });
    switch (result.resultType) {
      case "completed":
        expectTypeOf(result.data).toEqualTypeOf<Record<string, unknown>>();
        expectTypeOf(result.logId).toEqualTypeOf<string>();
        expectTypeOf(result.instantCharge).toEqualTypeOf<InstantCharge | undefined>();
        break;
      case "failed":
        expectTypeOf(result.error).toEqualTypeOf<string>();
        expectTypeOf(result.successful).toEqualTypeOf<false>();
        break;
      case "inputRequired": {
        expectTypeOf(result.inputRequests).toEqualTypeOf<Record<string, InputRequest>>();
        expectTypeOf(result.requestState).toEqualTypeOf<string | undefined>();
        expectTypeOf(result.inputRequests.x?.requestedSchema).toEqualTypeOf<
          Record<string, unknown> | undefined
        >();
        const next = await result.respond({ x: { action: "accept", content: { decision: "ok" } } });
        expectTypeOf(next).toEqualTypeOf<SessionExecuteResult>();
        // @ts-expect-error: not an action
        result.respond({ x: { action: "approve" } });
        // @ts-expect-error: a paused call has no data
        result.data;
        break;
      }
      case "blocked":
        expectTypeOf(result.error).toEqualTypeOf<string>();
        expectTypeOf(result.successful).toEqualTypeOf<false>();
        expectTypeOf(result.blockReason).toEqualTypeOf<unknown>();
        expectTypeOf(result.hookResults).toEqualTypeOf<unknown>();
        expectTypeOf(result.logId).toEqualTypeOf<string | undefined>();
        // @ts-expect-error: a blocked call gives no tool output back
        result.data;
        break;
      case "unknown":
        expectTypeOf(result.body).toEqualTypeOf<Record<string, unknown>>();
        break;
      default:
        expectTypeOf(result).toBeNever();
    }
    // @ts-expect-error: data exists only once narrowed to a result that ran
    result.data;
  });

  it("types a blocked result the same on executeMeta, and never as success", async () => {
    const result = await session.executeMeta("COMPOSIO_SEARCH_TOOLS");
    if (result.resultType === "blocked") {
      expectTypeOf(result).toEqualTypeOf<SessionToolBlocked>();
      expectTypeOf(result.successful).toEqualTypeOf<false>();
    }
    if (result.successful) expectTypeOf(result.resultType).toEqualTypeOf<"completed">();
    // Every variant may carry the hooks' results.
    if (result.resultType !== "unknown") expectTypeOf(result.hookResults).toEqualTypeOf<unknown>();
  });

  it("narrows a session result on successful too", async () => {
    const result = await session.execute("X");
    if (result.successful) {
      expectTypeOf(result.resultType).toEqualTypeOf<"completed">();
      expectTypeOf(result.data).toEqualTypeOf<Record<string, unknown>>();
    } else if (result.resultType === "failed") {
      expectTypeOf(result.error).toEqualTypeOf<string>();
    }
  });

  it("types the answer params of execute and executeMeta", () => {
    session.execute("X", { inputResponses: { a: { action: "decline" } }, requestState: "s" });
    session.execute("X", { enableAutoWorkbenchOffload: true });
    session.executeMeta("COMPOSIO_SEARCH_TOOLS", { inputResponses: {}, requestState: "s" });
    // @ts-expect-error: execute_meta has no workbench offload
    session.executeMeta("COMPOSIO_SEARCH_TOOLS", { enableAutoWorkbenchOffload: true });
    // @ts-expect-error: execute_meta has no account
    session.executeMeta("COMPOSIO_SEARCH_TOOLS", { account: "a" });
    // @ts-expect-error: requestState is the opaque string of the pause
    session.execute("X", { requestState: { a: 1 } });
    // @ts-expect-error: params are not request options
    session.execute("X", {}, { account: "a" });
  });

  it("types execute's params and options the way tools.execute does", () => {
    session.execute("X", { arguments: { a: 1 }, account: "acc" }, { timeout: 5 });
    // @ts-expect-error: arguments are an object
    session.execute("X", { arguments: ["a"] });
    // @ts-expect-error: account is a string
    session.execute("X", { account: 1 });
    expectTypeOf(session.execute("X")).toEqualTypeOf<Promise<SessionExecuteResult>>();
  });

  it("refuses a tool's arguments outside `arguments`, the mistake between the two executes", () => {
    // @ts-expect-error: owner is an argument: { arguments: { owner } }
    session.execute("GITHUB_CREATE_AN_ISSUE", { owner: "o" });
    // @ts-expect-error: queries is an argument of the meta tool
    session.executeMeta("COMPOSIO_SEARCH_TOOLS", { queries: [] });
    session.execute("GITHUB_CREATE_AN_ISSUE", { arguments: { owner: "o" } });
  });

  it("lets generic code forward a method known only at run time", async () => {
    const forward = (method: ProxyMethod, body?: unknown) =>
      session.proxyExecute({ toolkit: "t", endpoint: "/e", method, body });
    expectTypeOf(forward).returns.resolves.toEqualTypeOf<ProxyExecuteResult>();
    const params: ProxyExecuteParams = { toolkit: "t", endpoint: "/e", method: "GET" };
    await session.proxyExecute(params);
    const any: ProxyParamsAnyMethod = { toolkit: "t", endpoint: "/e", method: "GET" };
    await session.proxyExecute(any);
  });

  it("forbids a body on GET and HEAD, and body with binaryBody", () => {
    session.proxyExecute({ toolkit: "t", endpoint: "/e", method: "POST", body: { a: 1 } });
    session.proxyExecute({
      toolkit: "t",
      endpoint: "/e",
      method: "PUT",
      binaryBody: new Uint8Array(1),
    });
    // @ts-expect-error: GET has no body
    session.proxyExecute({ toolkit: "t", endpoint: "/e", method: "GET", body: { a: 1 } });
    session.proxyExecute({
      toolkit: "t",
      endpoint: "/e",
      method: "GET",
      // @ts-expect-error: GET has no body, so no content type
      contentType: "text/plain",
    });
    session.proxyExecute({
      toolkit: "t",
      endpoint: "/e",
      method: "HEAD",
      // @ts-expect-error: HEAD has no body
      binaryBody: new Uint8Array(1),
    });
    // @ts-expect-error: body and binaryBody are exclusive
    session.proxyExecute({
      toolkit: "t",
      endpoint: "/e",
      method: "POST",
      body: {},
      binaryBody: { base64: "a" },
    });
    // @ts-expect-error: not a method the proxy sends
    session.proxyExecute({ toolkit: "t", endpoint: "/e", method: "TRACE" });
    // @ts-expect-error: toolkit is required
    session.proxyExecute({ endpoint: "/e", method: "GET" });
  });

  it("types query and header values and the result", () => {
    session.proxyExecute({
      toolkit: "t",
      endpoint: "/e",
      method: "GET",
      query: { n: 1, b: true, s: "x" },
    });
    session.proxyExecute({
      toolkit: "t",
      endpoint: "/e",
      method: "GET",
      // @ts-expect-error: values are strings, numbers or booleans
      query: { n: { deep: 1 } },
    });
    type Completed = Extract<ProxyExecuteResult, { resultType: "completed" }>;
    expectTypeOf<Completed["binaryData"]>().toEqualTypeOf<BinaryData | undefined>();
    expectTypeOf<BinaryData>().toEqualTypeOf<{
      url: string;
      contentType: string;
      size: number;
      expiresAt?: string;
    }>();
    expectTypeOf<Completed["status"]>().toEqualTypeOf<number>();
    expectTypeOf<ProxyExecuteResult["resultType"]>().toEqualTypeOf<
      "completed" | "inputRequired" | "unknown"
    >();
    // @ts-expect-error: the proxy endpoint takes no answers
    type _NoRespond = Extract<ProxyExecuteResult, { resultType: "inputRequired" }>["respond"];
  });

  it("takes core options or a shared client, not both", () => {
    createToolRouterClient({ apiKey: "k", timeout: 1 });
    createToolRouterClient({ client });
    // @ts-expect-error: the shared client's options cannot be overridden here
    createToolRouterClient({ client, baseUrl: "https://x" });
  });

  it("lists every key of the params at run time, exactly, for the unknown-key checks", () => {
    expectTypeOf<(typeof SESSION_EXECUTE_PARAM_NAMES)[number]>().toEqualTypeOf<
      keyof SessionExecuteParams
    >();
    expectTypeOf<(typeof SESSION_EXECUTE_META_PARAM_NAMES)[number]>().toEqualTypeOf<
      keyof SessionExecuteMetaParams
    >();
    expectTypeOf<(typeof PROXY_PARAM_NAMES)[number]>().toEqualTypeOf<keyof ProxyParamsAnyMethod>();
  });

  it("names the rule in the type of each conflicting field, for the compiler's message", () => {
    expectTypeOf<ProxyParamsWithoutBody["body"]>().toEqualTypeOf<
      GetAndHeadTakeNoBody | undefined
    >();
    expectTypeOf<ProxyParamsWithoutBody["contentType"]>().toEqualTypeOf<
      GetAndHeadTakeNoBody | undefined
    >();
    expectTypeOf<ProxyParamsWithJsonBody["binaryBody"]>().toEqualTypeOf<
      PassBodyOrBinaryBodyNotBoth | undefined
    >();
    expectTypeOf<ProxyParamsWithBinaryBody["body"]>().toEqualTypeOf<
      PassBodyOrBinaryBodyNotBoth | undefined
    >();
  });
});
