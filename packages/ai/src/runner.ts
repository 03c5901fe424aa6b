import type { RequestOptions } from "@composio-client/core";
import type { InputRequest, InputResponses, ToolRouterSession } from "@composio-client/tool-router";
import type { ToolsClient } from "@composio-client/tools";
import { isModelFacing } from "./errors";
import { modelText } from "./model-text";

/**
 * What runs the calls: a tools client (`createToolsClient`), with the `userId` to run them as,
 * or a tool-router session (`router.session(id)`), whose calls can pause for the user.
 */
export type ToolRunner = ToolsClient | ToolRouterSession;

/** What one call came to, before it is written in a model API's format. */
export type CallOutcome =
  | { kind: "done"; isError: false; text: string; data: unknown }
  | { kind: "done"; isError: true; text: string }
  | {
      kind: "paused";
      inputRequests: Record<string, InputRequest>;
      requestState: string | undefined;
      respond(answers: InputResponses, options?: RequestOptions): Promise<CallOutcome>;
    };

/** Turns a tool's data into what the model reads; a string is sent as it is. */
export type FormatData = (slug: string, data: unknown, args: Record<string, unknown>) => unknown;

/** The fields of a result this package reads, whichever runner returned it. */
type AnyResult = {
  resultType: string;
  data?: unknown;
  error?: unknown;
  serverResultType?: unknown;
  inputRequests?: Record<string, InputRequest>;
  requestState?: string;
  respond?: (answers: InputResponses, options?: RequestOptions) => Promise<unknown>;
};

/** Runs one validated call and reads its result; errors the model cannot act on are thrown. */
export async function runTool(
  runner: ToolRunner,
  userId: string | undefined,
  slug: string,
  args: Record<string, unknown>,
  format: FormatData,
  options: RequestOptions,
): Promise<CallOutcome> {
  const read = (result: unknown) => readResult(slug, args, result as AnyResult, format);
  try {
    // A session runs as its own user and takes no userId; a tools client takes one per call.
    const result =
      "executeMeta" in runner
        ? await runner.execute(slug, { arguments: args }, options)
        : await runner.execute(
            slug,
            { arguments: args, ...(userId !== undefined && { userId }) },
            options,
          );
    return read(result);
  } catch (error) {
    return failure(slug, error);
  }
}

function readResult(
  slug: string,
  args: Record<string, unknown>,
  result: AnyResult,
  format: FormatData,
): CallOutcome {
  switch (result.resultType) {
    case "completed": {
      const data = format(slug, result.data, args);
      return { kind: "done", isError: false, text: asText(data), data: result.data };
    }
    case "failed":
      return { kind: "done", isError: true, text: modelText.failed(slug, String(result.error)) };
    // A Composio session hook refused the call (`result_type: "blocked"`): it did not run.
    case "blocked":
      return { kind: "done", isError: true, text: modelText.blocked(slug, String(result.error)) };
    case "inputRequired": {
      const respond = result.respond;
      return {
        kind: "paused",
        inputRequests: result.inputRequests ?? {},
        requestState: result.requestState,
        async respond(answers, options) {
          if (!respond) throw new TypeError("This result cannot be answered.");
          try {
            return readResult(slug, args, (await respond(answers, options)) as AnyResult, format);
          } catch (error) {
            return failure(slug, error);
          }
        },
      };
    }
    default:
      return {
        kind: "done",
        isError: true,
        text: modelText.unreadable(slug, result.serverResultType ?? result.resultType),
      };
  }
}

/** The model's error result for a failure it can act on; anything else is rethrown. */
function failure(slug: string, error: unknown): CallOutcome {
  if (!isModelFacing(error)) throw error;
  // Never retried here: when it may have run, the model is told to check before calling again.
  const text = error.mayHaveExecuted
    ? modelText.mayHaveRun(slug, error.message)
    : modelText.notRun(slug, error.message);
  return { kind: "done", isError: true, text };
}

function asText(value: unknown): string {
  if (typeof value === "string") return value;
  return JSON.stringify(value) ?? "null";
}
