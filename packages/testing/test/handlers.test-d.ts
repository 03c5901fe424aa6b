import { type UnlistedMetaSlug, unlistedMetaSlug } from "@composio-client/tool-router";
import { describe, expectTypeOf, it } from "vitest";
import {
  createMockComposio,
  inputRequired,
  type MetaSlugCheck,
  type MockCall,
  type MockContext,
  toolFailed,
  type WrapAnUnlistedMetaSlugInUnlistedMetaSlug,
} from "../src/index";

// A slug only this file uses: the merge is global to the project's type check.
declare module "@composio-client/core" {
  interface ToolRegistry {
    TYPED_SEND_EMAIL: {
      arguments: { recipient_email: string; subject?: string };
      data: { id: string; threadId: string };
    };
  }
}

const mock = createMockComposio();

describe("typed handlers", () => {
  it("types a registered tool's arguments and data", () => {
    mock.onTool("TYPED_SEND_EMAIL", (args, ctx) => {
      expectTypeOf(args).toEqualTypeOf<{ recipient_email: string; subject?: string }>();
      expectTypeOf(ctx).toEqualTypeOf<MockContext>();
      return { id: "m", threadId: "t" };
    });
    // @ts-expect-error: the data lacks threadId
    mock.onTool("TYPED_SEND_EMAIL", () => ({ id: "m" }));
    // @ts-expect-error: no such argument
    mock.onTool("TYPED_SEND_EMAIL", (args) => ({ id: args.to, threadId: "t" }));
  });

  it("lets a handler fail, pause, or answer asynchronously", () => {
    mock.onTool("TYPED_SEND_EMAIL", () => toolFailed("no"));
    mock.onTool("TYPED_SEND_EMAIL", () => inputRequired("Send?"));
    mock.onTool("TYPED_SEND_EMAIL", async () => ({ id: "m", threadId: "t" }));
  });

  it("keeps unregistered slugs open", () => {
    mock.onTool("ANY_TOOL", (args) => {
      expectTypeOf(args).toEqualTypeOf<Record<string, unknown>>();
      return { anything: 1 };
    });
  });

  it("types meta slugs from the spec", () => {
    mock.onMetaTool("COMPOSIO_SEARCH_TOOLS", () => ({ results: [] }));
    // @ts-expect-error: not a meta tool of the spec
    mock.onMetaTool("COMPOSIO_NOPE", () => ({}));
    // @ts-expect-error: a plain string could be a typo too
    mock.onMetaTool("COMPOSIO_GET_RECIPE" as string, () => ({}));
  });

  it("takes an unlisted meta slug through tool-router's unlistedMetaSlug, as executeMeta does", () => {
    mock.onMetaTool(unlistedMetaSlug("COMPOSIO_GET_RECIPE"), () => ({ recipe: 1 }));
    const slug: UnlistedMetaSlug = unlistedMetaSlug("COMPOSIO_GET_RECIPE");
    mock.onMetaTool(slug, () => ({}));
    // The refusal names the rule.
    expectTypeOf<
      MetaSlugCheck<"COMPOSIO_NOPE">
    >().toEqualTypeOf<WrapAnUnlistedMetaSlugInUnlistedMetaSlug>();
    expectTypeOf<MetaSlugCheck<UnlistedMetaSlug>>().toEqualTypeOf<unknown>();
  });

  it("types repeated query values", () => {
    mock.onProxy((request) => {
      expectTypeOf(request.query).toEqualTypeOf<Record<string, string | string[]>>();
      return {};
    });
  });

  it("lets onProxy branches return different headers", () => {
    mock.onProxy((request) => {
      const cached = request.endpoint === "/cached";
      if (cached) return { status: 304, headers: { etag: '"v1"' } };
      return { status: 200, data: {}, headers: { etag: cached ? '"v1"' : undefined } };
    });
    // @ts-expect-error: header values are strings
    mock.onProxy(() => ({ status: 200, headers: { etag: 1 } }));
  });

  it("types proxied requests and replies", () => {
    mock.onProxy((request) => {
      expectTypeOf(request.method).toEqualTypeOf<
        "GET" | "POST" | "PUT" | "DELETE" | "PATCH" | "HEAD"
      >();
      return { status: 200, data: [1, 2] };
    });
    // @ts-expect-error: status is a number
    mock.onProxy(() => ({ status: "200" }));
  });

  it("types faults and recorded calls", () => {
    mock.failNext(1, { type: "rate-limit", retryAfter: 1 });
    mock.failNext(2, "refused", { slug: "TYPED_SEND_EMAIL" });
    // @ts-expect-error: not a fault
    mock.failNext(1, "explode");
    // @ts-expect-error: a 429 never ran the tool
    mock.failNext(1, { type: "rate-limit", ran: true });
    expectTypeOf(mock.calls.tool("X")).toEqualTypeOf<MockCall[]>();
    expectTypeOf(mock.executions("X")).toEqualTypeOf<number>();
  });
});
