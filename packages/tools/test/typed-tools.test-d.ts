import { describe, expectTypeOf, it } from "vitest";
import type { ToolExecuteResult, ToolsClient } from "../src/index";

// What a user writes once, in their own code: the registry lives in core.
declare module "@composio-client/core" {
  interface ToolRegistry {
    TYPED_CREATE_ISSUE: {
      arguments: { owner: string; repo: string; title: string; labels?: string[] };
      data: { number: number; html_url: string };
    };
    TYPED_LIST_PAGES: { arguments: { page?: number }; data: { pages: string[] } };
    TYPED_ONLY_DATA: { data: { ok: boolean } };
  }
}

// Declaring it in this wrapper instead fails to compile: typegen/test/compile.test.ts shows it
// under TypeScript 5.9 and 7 (here, the error would also land on src/index.ts).

declare const tools: ToolsClient;

describe("tools.execute with a ToolRegistry", () => {
  it("types arguments and data of declared tools", async () => {
    const result = await tools.execute("TYPED_CREATE_ISSUE", {
      arguments: { owner: "o", repo: "r", title: "t" },
    });
    expectTypeOf(result).toEqualTypeOf<ToolExecuteResult<{ number: number; html_url: string }>>();
    if (result.successful) expectTypeOf(result.data.number).toEqualTypeOf<number>();
    // A failed tool's data is whatever it returned, not the declared output.
    else expectTypeOf(result.data).toEqualTypeOf<Record<string, unknown>>();
  });

  it("rejects wrong, missing and unknown arguments of declared tools", () => {
    // @ts-expect-error: title is a string
    tools.execute("TYPED_CREATE_ISSUE", { arguments: { owner: "o", repo: "r", title: 1 } });
    // @ts-expect-error: repo and title are required
    tools.execute("TYPED_CREATE_ISSUE", { arguments: { owner: "o" } });
    // @ts-expect-error: the tool declares required arguments, so params are required
    tools.execute("TYPED_CREATE_ISSUE");
    tools.execute("TYPED_CREATE_ISSUE", {
      // @ts-expect-error: not a declared argument
      arguments: { owner: "o", repo: "r", title: "t", titel: "typo" },
    });
  });

  it("still allows text instead of arguments for a declared tool", async () => {
    const result = await tools.execute("TYPED_CREATE_ISSUE", { text: "open an issue" });
    if (result.resultType === "completed") {
      expectTypeOf(result.data.html_url).toEqualTypeOf<string>();
    }
  });

  it("keeps params optional when every declared argument is", async () => {
    const pages = await tools.execute("TYPED_LIST_PAGES");
    if (pages.successful) expectTypeOf(pages.data).toEqualTypeOf<{ pages: string[] }>();
    const other = await tools.execute("TYPED_ONLY_DATA", { arguments: { any: 1 } });
    if (other.successful) expectTypeOf(other.data).toEqualTypeOf<{ ok: boolean }>();
  });

  it("keeps Record<string, unknown> for slugs not declared", async () => {
    const result = await tools.execute("GMAIL_SEND_EMAIL", { arguments: { anything: [1] } });
    expectTypeOf(result.data).toEqualTypeOf<Record<string, unknown>>();
    const dynamic: string = "FROM_CONFIG";
    expectTypeOf((await tools.execute(dynamic)).data).toEqualTypeOf<Record<string, unknown>>();
  });
});
