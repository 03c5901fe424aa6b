import type { RequestOptions } from "@composio-client/core";
import type { InputRequest, InputResponses } from "@composio-client/tool-router";
import { PauseAlreadyAnsweredError, ToolCallsPendingError } from "./errors";
import type { CallOutcome } from "./runner";

/** A call that finished: `result` is the model API's tool-result message, ready to send. */
export interface ToolCallResult<Result> {
  readonly resultType: "result";
  /** The model's id of the call. */
  readonly callId: string;
  readonly result: Result;
}

/**
 * A call that waits for the user (a tool-router session asked a question): nothing ran yet,
 * and the model gets nothing until it is answered. Show `inputRequests` to the user, then
 * `respond` with the answers, keyed by the same ids.
 */
export interface ToolCallPause<Result> {
  readonly resultType: "inputRequired";
  /** The model's id of the call. */
  readonly callId: string;
  /** The tool that waits. */
  readonly toolSlug: string;
  /** The arguments it will run with, as checked (strict mode's nulls removed). */
  readonly arguments: Record<string, unknown>;
  /** The questions, keyed by the ids the answers must reuse. */
  readonly inputRequests: Record<string, InputRequest>;
  /** The opaque state `respond` sends back. */
  readonly requestState: string | undefined;
  /**
   * Sends the user's answers and resolves to the call's result, or to a new pause when the
   * session asks again. Once only: a second call rejects with `PauseAlreadyAnsweredError`.
   * In a batch, the batch's entry for this call becomes what it resolves to.
   */
  respond(answers: InputResponses, options?: RequestOptions): Promise<ToolCallOutcome<Result>>;
}

/** What a call came to: its result for the model, or a pause for the user. */
export type ToolCallOutcome<Result> = ToolCallResult<Result> | ToolCallPause<Result>;

/**
 * The outcome of every tool call of one model turn, in the order of the calls. Answer the
 * `pauses`, then send `results()` to the model.
 */
export interface ToolCallBatch<Result> {
  /** Each call's outcome, in call order; an answered pause is replaced by what it came to. */
  readonly outcomes: readonly ToolCallOutcome<Result>[];
  /** The calls still waiting for the user, in call order; empty when none. */
  readonly pauses: readonly ToolCallPause<Result>[];
  /**
   * The tool-result messages, one per call, in call order.
   * @throws ToolCallsPendingError while `pauses` is not empty.
   */
  results(): Result[];
}

/** One call as the model made it, in any API's format. */
export interface ModelCall {
  id: string;
  /** The tool's name as the model saw it. */
  name: string;
  /** A JSON string (OpenAI) or the parsed object (Anthropic, MCP, AI SDK). */
  arguments: unknown;
}

/** A call that was understood; `slug` and `args` are what would run. */
export interface PreparedCall {
  slug: string;
  args: Record<string, unknown>;
}

/** Writes a finished call in the model API's format. */
export type WriteResult<Result> = (
  call: ModelCall,
  outcome: Extract<CallOutcome, { kind: "done" }>,
) => Result;

/** Turns a call's outcome into the public shape, with `respond` keeping `onChange` informed. */
export function toOutcome<Result>(
  call: ModelCall,
  prepared: PreparedCall | undefined,
  outcome: CallOutcome,
  write: WriteResult<Result>,
  onChange: (next: ToolCallOutcome<Result>) => void = () => {},
): ToolCallOutcome<Result> {
  if (outcome.kind === "done") {
    return { resultType: "result", callId: call.id, result: write(call, outcome) };
  }
  let answered = false;
  return {
    resultType: "inputRequired",
    callId: call.id,
    toolSlug: prepared?.slug ?? call.name,
    arguments: prepared?.args ?? {},
    inputRequests: outcome.inputRequests,
    requestState: outcome.requestState,
    async respond(answers, options) {
      if (answered) throw new PauseAlreadyAnsweredError(call.id);
      answered = true;
      const next = toOutcome(
        call,
        prepared,
        await outcome.respond(answers, options),
        write,
        onChange,
      );
      onChange(next);
      return next;
    },
  };
}

/** A batch over `outcomes`, which answered pauses update in place. */
export function toBatch<Result>(
  calls: readonly ModelCall[],
  prepared: readonly (PreparedCall | undefined)[],
  outcomes: readonly CallOutcome[],
  write: WriteResult<Result>,
): ToolCallBatch<Result> {
  const current: ToolCallOutcome<Result>[] = [];
  calls.forEach((call, index) => {
    const replace = (next: ToolCallOutcome<Result>) => {
      current[index] = next;
    };
    current[index] = toOutcome(
      call,
      prepared[index],
      outcomes[index] as CallOutcome,
      write,
      replace,
    );
  });
  const pauses = () =>
    current.filter((outcome): outcome is ToolCallPause<Result> => outcome.resultType !== "result");
  return {
    get outcomes() {
      return [...current];
    },
    get pauses() {
      return pauses();
    },
    results() {
      const waiting = pauses();
      if (waiting.length > 0) throw new ToolCallsPendingError(waiting.map((pause) => pause.callId));
      return current.map((outcome) => (outcome as ToolCallResult<Result>).result);
    },
  };
}

/**
 * `run` over `items` with at most `limit` running at once; results in the order of `items`.
 * After an error, no new item starts; the ones running finish (their tools may be running
 * too), then the first error is thrown.
 */
export async function mapLimited<Item, Value>(
  items: readonly Item[],
  limit: number,
  run: (item: Item, index: number) => Promise<Value>,
): Promise<Value[]> {
  const values: Value[] = new Array(items.length);
  let next = 0;
  let failed: { error: unknown } | undefined;
  async function worker(): Promise<void> {
    while (next < items.length && !failed) {
      const index = next++;
      try {
        values[index] = await run(items[index] as Item, index);
      } catch (error) {
        failed ??= { error };
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failed) throw failed.error;
  return values;
}
