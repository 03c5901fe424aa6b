import { describe, expectTypeOf, it } from "vitest";
import type { SessionExecuteResult, ToolRouterSession } from "../src/index";

// What a user writes once, in their own code: the registry lives in core.
declare module "@composio-client/core" {
  interface ToolRegistry {
    ROUTER_SEND_EMAIL: {
      arguments: { to: string; subject: string; body?: string };
      data: { message_id: string };
    };
  }
}

// Declaring it in this wrapper instead fails to compile: typegen/test/compile.test.ts shows it
// under TypeScript 5.9 and 7 (here, the error would also land on src/index.ts).

declare const session: ToolRouterSession;

describe("session.execute with a ToolRegistry", () => {
  it("types arguments and data of declared tools", async () => {
    const result = await session.execute("ROUTER_SEND_EMAIL", {
      arguments: { to: "a@b.c", subject: "Hi" },
      account: "work",
    });
    expectTypeOf(result).toEqualTypeOf<SessionExecuteResult<{ message_id: string }>>();
    if (result.resultType === "completed") {
      expectTypeOf(result.data).toEqualTypeOf<{ message_id: string }>();
    }
    if (result.resultType === "inputRequired") {
      const answered = await result.respond({});
      expectTypeOf(answered).toEqualTypeOf<SessionExecuteResult<{ message_id: string }>>();
    }
  });

  it("rejects wrong or missing arguments of declared tools", () => {
    // @ts-expect-error: subject is required
    session.execute("ROUTER_SEND_EMAIL", { arguments: { to: "a@b.c" } });
    // @ts-expect-error: the tool declares required arguments
    session.execute("ROUTER_SEND_EMAIL");
    // @ts-expect-error: params, with arguments, are required
    session.execute("ROUTER_SEND_EMAIL", { account: "work" });
  });

  it("keeps Record<string, unknown> for slugs not declared", async () => {
    const result = await session.execute("SLACK_POST_MESSAGE", { arguments: { channel: "c" } });
    if (result.resultType === "completed") {
      expectTypeOf(result.data).toEqualTypeOf<Record<string, unknown>>();
    }
  });
});
