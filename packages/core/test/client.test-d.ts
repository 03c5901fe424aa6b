import { describe, expectTypeOf, it } from "vitest";
import {
  type ApiResponse,
  type ComposioClient,
  type ComposioConnectionError,
  type ComposioError,
  type ComposioTimeoutError,
  createComposioClient,
  type SuccessBody,
} from "../src/index";

declare const client: ComposioClient;

describe("ComposioClient.post types", () => {
  it("types the body and result from the spec", () => {
    expectTypeOf(
      client.post("/api/v3/tools/execute/{tool_slug}", {
        path: { tool_slug: "X" },
        body: { arguments: { a: 1 } },
      }),
    ).toEqualTypeOf<Promise<ApiResponse<"/api/v3/tools/execute/{tool_slug}">>>();
    expectTypeOf<
      SuccessBody<"/api/v3/tools/execute/{tool_slug}">["successful"]
    >().toEqualTypeOf<boolean>();
  });

  it("rejects unknown paths, missing path parameters and fields the spec lacks", () => {
    // @ts-expect-error: not an API path
    client.post("/api/v3/tools/run", { path: {}, body: {} });
    client.post("/api/v3/tool_router/session/{session_id}/execute", {
      // @ts-expect-error: session_id is required
      path: {},
      body: { tool_slug: "X" },
    });
    client.post("/api/v3/tool_router/session/{session_id}/execute", {
      path: { session_id: "s" },
      // @ts-expect-error: tool_slug is required
      body: { arguments: {} },
    });
    client.post("/api/v3/tools/execute/{tool_slug}", {
      path: { tool_slug: "X" },
      // @ts-expect-error: toolSlug is not a wire field
      body: { toolSlug: "X" },
    });
  });

  it("types request options", () => {
    client.post(
      "/api/v3/tools/execute/{tool_slug}",
      { path: { tool_slug: "X" }, body: {} },
      {
        signal: AbortSignal.timeout(1),
        timeout: 1,
        maxRetries: 0,
        headers: { "x-a": "b" },
      },
    );
    client.post(
      "/api/v3/tools/execute/{tool_slug}",
      { path: { tool_slug: "X" }, body: {} },
      {
        // @ts-expect-error: timeout is a number of milliseconds
        timeout: "1s",
      },
    );
  });

  it("types options and the error hierarchy", () => {
    createComposioClient({ apiKey: "k", baseUrl: "https://x", timeout: 1, maxRetries: 1 });
    // @ts-expect-error: unknown option
    createComposioClient({ apiKeys: "k" });
    expectTypeOf<ComposioTimeoutError>().toExtend<ComposioConnectionError>();
    expectTypeOf<ComposioConnectionError>().toExtend<ComposioError>();
    expectTypeOf<ComposioConnectionError["mayHaveExecuted"]>().toEqualTypeOf<boolean>();
  });
});

describe("get", () => {
  it("types the GET operations' query, path and body", async () => {
    const client = createComposioClient({ apiKey: "k" });
    const { data } = await client.get("/api/v3/tools", { query: { toolkit_slug: "github" } });
    expectTypeOf(data.items[0]?.input_parameters).toEqualTypeOf<
      { [key: string]: unknown } | undefined
    >();
    expectTypeOf(data.next_cursor).toEqualTypeOf<string | null | undefined>();
    const tool = await client.get("/api/v3/tools/{tool_slug}", { path: { tool_slug: "X" } });
    expectTypeOf(tool.data.version).toEqualTypeOf<string>();
    // @ts-expect-error: the slug is required
    client.get("/api/v3/tools/{tool_slug}", {});
    // @ts-expect-error: not a query parameter of this operation
    client.get("/api/v3/tools", { query: { toolkit: "github" } });
    // @ts-expect-error: execution is a POST, not a GET
    client.get("/api/v3/tools/execute/{tool_slug}", { path: { tool_slug: "X" } });
  });
});
