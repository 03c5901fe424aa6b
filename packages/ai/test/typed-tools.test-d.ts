// With a ToolRegistry, the typed arguments and data reach this package's handlers and the AI
// SDK's execute. The declaration is global to the package's test program, so it declares the
// tools every test uses (fixtures.ts), as an app with generated types would.
import type { Tool } from "ai";
import { describe, expectTypeOf, it } from "vitest";
import { createAgentTools, type ResultFormatters, type ToolRunner } from "../src/index";
import { type ComposioToolSet, vercelTools } from "../src/vercel";

interface IssueArguments {
  owner: string;
  repo: string;
  title: string;
  labels?: string[];
  metadata?: Record<string, unknown>;
}
interface Issue {
  number: number;
  title: string;
  metadata?: unknown;
}

declare module "@composio-client/core" {
  interface ToolRegistry {
    GITHUB_CREATE_AN_ISSUE: { arguments: IssueArguments; data: Issue };
    GMAIL_SEND_EMAIL: {
      arguments: { recipient_email: string; body?: string };
      data: { id: string };
    };
    SLACK_SEND_MESSAGE: { arguments: { channel: string; text: string }; data: { ts?: string } };
  }
}

declare const runner: ToolRunner;

describe("a ToolRegistry types", () => {
  it("each result formatter's data and arguments, by slug", () => {
    createAgentTools({
      tools: [],
      runner,
      formatResults: {
        GITHUB_CREATE_AN_ISSUE: (data, args) => {
          expectTypeOf(data).toEqualTypeOf<Issue>();
          expectTypeOf(args).toEqualTypeOf<IssueArguments>();
          return `#${data.number}: ${args.title}`;
        },
        // @ts-expect-error: a formatter for a tool the registry does not declare
        GITHUB_DELETE_REPO: () => "",
      },
    });
    expectTypeOf<ResultFormatters["GMAIL_SEND_EMAIL"]>().toEqualTypeOf<
      | ((data: { id: string }, args: { recipient_email: string; body?: string }) => unknown)
      | undefined
    >();
  });

  it("the AI SDK's execute input and output, by slug", () => {
    const set = vercelTools(createAgentTools({ tools: [], runner }), {
      onInputRequired: () => ({}),
    });
    expectTypeOf(set).toEqualTypeOf<ComposioToolSet>();
    expectTypeOf(set.GITHUB_CREATE_AN_ISSUE).toEqualTypeOf<
      Tool<IssueArguments, Issue> | undefined
    >();
    const execute = set.GITHUB_CREATE_AN_ISSUE?.execute;
    expectTypeOf<Parameters<NonNullable<typeof execute>>[0]>().toEqualTypeOf<IssueArguments>();
  });
});

describe("createAgentTools' options", () => {
  it("takes a userId with a tools client only: a session runs as its own user", () => {
    const session = {} as import("@composio-client/tool-router").ToolRouterSession;
    const tools = {} as import("@composio-client/tools").ToolsClient;
    createAgentTools({ tools: [], runner: tools, userId: "user_1" });
    // @ts-expect-error: a session takes no userId
    createAgentTools({ tools: [], runner: session, userId: "user_1" });
    // @ts-expect-error: the AI SDK form needs a way to ask the user
    vercelTools(createAgentTools({ tools: [], runner: session }), {});
  });
});
