import { describe, expectTypeOf, it } from "vitest";
import {
  type ComposioClient,
  createToolRouterClient,
  type MetaToolSlug,
  type ProxyExecuteResult,
  type SessionExecuteResult,
  type ToolRouterSession,
} from "../src/index";

declare const session: ToolRouterSession;
declare const client: ComposioClient;

describe("tool-router session types", () => {
  it("types executeMeta's slug from the spec, so a typo fails to compile", () => {
    session.executeMeta("COMPOSIO_SEARCH_TOOLS");
    // @ts-expect-error: not a meta tool (missing S)
    session.executeMeta("COMPOSIO_SEARCH_TOOL");
    expectTypeOf<MetaToolSlug>().toEqualTypeOf<
      | "COMPOSIO_SEARCH_TOOLS"
      | "COMPOSIO_MULTI_EXECUTE_TOOL"
      | "COMPOSIO_MANAGE_CONNECTIONS"
      | "COMPOSIO_WAIT_FOR_CONNECTIONS"
      | "COMPOSIO_REMOTE_WORKBENCH"
      | "COMPOSIO_REMOTE_BASH_TOOL"
      | "COMPOSIO_GET_TOOL_SCHEMAS"
    >();
  });

  it("types execute's arguments and options", () => {
    session.execute("X", { a: 1 }, { account: "acc", timeout: 5 });
    // @ts-expect-error: arguments are an object
    session.execute("X", ["a"]);
    // @ts-expect-error: account is a string
    session.execute("X", {}, { account: 1 });
    expectTypeOf(session.execute("X")).toEqualTypeOf<Promise<SessionExecuteResult>>();
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
    // @ts-expect-error: HEAD has no body
    session.proxyExecute({
      toolkit: "t",
      endpoint: "/e",
      method: "HEAD",
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
    expectTypeOf<ProxyExecuteResult["binaryData"]>().toEqualTypeOf<
      { url: string; contentType: string; size: number; expiresAt?: string } | undefined
    >();
  });

  it("takes core options or a shared client, not both", () => {
    createToolRouterClient({ apiKey: "k", timeout: 1 });
    createToolRouterClient({ client });
    // @ts-expect-error: the shared client's options cannot be overridden here
    createToolRouterClient({ client, baseUrl: "https://x" });
  });
});
