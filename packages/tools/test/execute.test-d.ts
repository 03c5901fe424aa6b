import type { PassAClientOrClientOptionsNotBoth } from "@composio-client/core";
import { describe, expectTypeOf, it } from "vitest";
import type { CUSTOM_AUTH_PARAM_NAMES, EXECUTE_PARAM_NAMES } from "../src/execute-params";
import {
  type ComposioClient,
  type CustomAuthParams,
  createToolsClient,
  type ExecuteParams,
  type ExecuteWithArguments,
  type ExecuteWithText,
  type PassArgumentsOrTextNotBoth,
  type ToolExecuteResult,
  type ToolsClient,
  type ToolsClientOptions,
  type ToolsClientSharedOptions,
} from "../src/index";

declare const tools: ToolsClient;
declare const client: ComposioClient;

describe("tools.execute types", () => {
  it("accepts arguments or text, never both", () => {
    tools.execute("X", { arguments: { a: 1 } });
    tools.execute("X", { text: "do it" });
    tools.execute("X");
    // @ts-expect-error: arguments and text are mutually exclusive
    tools.execute("X", { arguments: {}, text: "do it" });
  });

  it("types each parameter", () => {
    tools.execute("X", {
      userId: "u",
      connectedAccountId: "c",
      version: "v",
      customAuthParams: { baseUrl: "b", parameters: [{ name: "n", in: "query", value: 1 }] },
    });
    // @ts-expect-error: snake_case is the wire format, not the API
    tools.execute("X", { user_id: "u" });
    // @ts-expect-error: parameters go in a header or the query
    tools.execute("X", { customAuthParams: { parameters: [{ name: "n", in: "body", value: 1 }] } });
    // @ts-expect-error: arguments is an object
    tools.execute("X", { arguments: "a=1" });
  });

  it("discriminates custom connection data by auth scheme", () => {
    tools.execute("X", {
      customConnectionData: {
        authScheme: "OAUTH2",
        toolkitSlug: "g",
        val: { access_token: "t", extra: 1 },
      },
    });
    tools.execute("X", {
      // @ts-expect-error: OAUTH2 needs val.access_token
      customConnectionData: { authScheme: "OAUTH2", toolkitSlug: "g", val: { token: "t" } },
    });
    tools.execute("X", {
      // @ts-expect-error: not a scheme
      customConnectionData: { authScheme: "MAGIC", toolkitSlug: "g", val: {} },
    });
  });

  it("resolves to the camelCase result", () => {
    expectTypeOf(tools.execute("X")).toEqualTypeOf<Promise<ToolExecuteResult>>();
    expectTypeOf<ToolExecuteResult>().toEqualTypeOf<
      | {
          resultType: "completed";
          successful: true;
          data: Record<string, unknown>;
          error: string | null;
          logId: string | undefined;
          sessionInfo: unknown;
          requestId: string | undefined;
        }
      | {
          resultType: "failed";
          successful: false;
          data: Record<string, unknown>;
          error: string;
          logId: string | undefined;
          sessionInfo: unknown;
          requestId: string | undefined;
        }
    >();
  });

  it("narrows error to a string on !successful, and on resultType", async () => {
    const result = await tools.execute("X");
    if (!result.successful) {
      expectTypeOf(result.error).toEqualTypeOf<string>();
      expectTypeOf(result.resultType).toEqualTypeOf<"failed">();
    } else {
      expectTypeOf(result.resultType).toEqualTypeOf<"completed">();
    }
    if (result.resultType === "failed") expectTypeOf(result.successful).toEqualTypeOf<false>();
  });

  it("names the rule when arguments and text are both given", () => {
    // @ts-expect-error: Type 'string' is not assignable to type 'PassArgumentsOrTextNotBoth'
    tools.execute("X", { arguments: { a: 1 }, text: "do it" });
    expectTypeOf<ExecuteWithArguments["text"]>().toEqualTypeOf<
      PassArgumentsOrTextNotBoth | undefined
    >();
    expectTypeOf<ExecuteWithText["arguments"]>().toEqualTypeOf<
      PassArgumentsOrTextNotBoth | undefined
    >();
  });

  it("refuses a tool's arguments beside `arguments`, the mistake a plain object invites", () => {
    // @ts-expect-error: owner is an argument: { arguments: { owner } }
    tools.execute("X", { owner: "o", userId: "u" });
  });

  it("lists every key of the params at run time, exactly", () => {
    expectTypeOf<(typeof EXECUTE_PARAM_NAMES)[number]>().toEqualTypeOf<
      keyof ExecuteWithArguments | keyof ExecuteWithText
    >();
    expectTypeOf<(typeof CUSTOM_AUTH_PARAM_NAMES)[number]>().toEqualTypeOf<
      keyof CustomAuthParams
    >();
  });

  it("suggests instant_account for connectedAccountId, and takes any id", () => {
    tools.execute("X", { connectedAccountId: "instant_account" });
    tools.execute("X", { connectedAccountId: "ca_7Hk2LmQ9xZ" });
    expectTypeOf<"instant_account">().toExtend<NonNullable<ExecuteParams["connectedAccountId"]>>();
    // @ts-expect-error: an id is a string
    tools.execute("X", { connectedAccountId: 7 });
  });

  it("takes core options or a shared client", () => {
    createToolsClient({ apiKey: "k", userId: "u", throwOnToolError: true, timeout: 1 });
    createToolsClient({ client, userId: "u" });
    // @ts-expect-error: a shared client already has its key; this one would be ignored
    createToolsClient({ client, apiKey: "k" });
    // @ts-expect-error: unknown option
    createToolsClient({ userID: "u" });
    tools.execute("X", {}, { throwOnToolError: true, signal: AbortSignal.abort(), maxRetries: 1 });
  });

  it("keeps the deprecated fields, entityId and allowTracing", () => {
    expectTypeOf<ExecuteParams>().toHaveProperty("entityId");
    expectTypeOf<ExecuteParams>().toHaveProperty("allowTracing");
  });
});

describe("throwOnToolError in the types", () => {
  it("resolves to the completed result only when the call throws on failure", async () => {
    const strict = await tools.execute("X", {}, { throwOnToolError: true });
    expectTypeOf(strict.successful).toEqualTypeOf<true>();
    expectTypeOf(strict.data).toEqualTypeOf<Record<string, unknown>>();
    const lenient = await tools.execute("X", {}, { throwOnToolError: false, timeout: 5 });
    expectTypeOf(lenient.successful).toEqualTypeOf<boolean>();
    const plain = await tools.execute("X", {}, { timeout: 5 });
    expectTypeOf(plain).toEqualTypeOf<ToolExecuteResult>();
  });
});

describe("a shared client beside client options", () => {
  it("names the rule on either side, so the compiler's message says why", () => {
    type Rule = PassAClientOrClientOptionsNotBoth | undefined;
    expectTypeOf<ToolsClientSharedOptions["timeout"]>().toEqualTypeOf<Rule>();
    expectTypeOf<ToolsClientSharedOptions["apiKey"]>().toEqualTypeOf<Rule>();
    expectTypeOf<ToolsClientOptions["client"]>().toEqualTypeOf<Rule>();
    // @ts-expect-error: Type 'number' is not assignable to type 'PassAClientOrClientOptionsNotBoth'
    createToolsClient({ client: tools.client, timeout: 5 });
  });
});
