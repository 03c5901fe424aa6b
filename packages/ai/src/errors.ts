import { ComposioError } from "@composio-client/core";

/**
 * `batch.results()` was called while some calls still wait for the user's answers: answer
 * each of `pauses` first (`pause.respond(answers)`), since the model needs a result for every
 * call it made.
 */
export class ToolCallsPendingError extends ComposioError {
  override get name(): string {
    return "ToolCallsPendingError";
  }
  /** The ids of the calls still waiting. */
  readonly callIds: readonly string[];
  constructor(callIds: readonly string[]) {
    super(
      `${callIds.length} tool call(s) wait for the user's answers (${callIds.join(", ")}): answer each pause with pause.respond(answers) before reading the results.`,
    );
    this.callIds = callIds;
  }
}

/** `pause.respond()` was called a second time: a pause is answered once. */
export class PauseAlreadyAnsweredError extends ComposioError {
  override get name(): string {
    return "PauseAlreadyAnsweredError";
  }
  /** The id of the call whose pause was answered already. */
  readonly callId: string;
  constructor(callId: string) {
    super(`The pause of tool call ${callId} was answered already; answer the pause it returned.`);
    this.callId = callId;
  }
}

// Errors that no other arguments can fix: the app's key, permissions, plan or configuration,
// its own cancellation, or its own invalid input. They reach the app; the model never sees them.
const THROWN = new Set([
  "AuthenticationError",
  "PermissionDeniedError",
  "PaymentRequiredError",
  "ComposioConfigError",
  "ComposioValidationError",
  "ComposioAbortError",
]);

/**
 * Whether the model should read about `error` as the call's result: the server's other
 * answers (400, 404, 409, 413, 429 after retries, 5xx) and network failures, whether or not the
 * tool may have run. Names, not `instanceof`, so that a second copy of the client (CommonJS
 * beside ESM) is read the same. Anything else, a bug included, is thrown to the app.
 */
export function isModelFacing(error: unknown): error is Error & { mayHaveExecuted: boolean } {
  return (
    error instanceof Error &&
    !THROWN.has(error.name) &&
    typeof (error as { mayHaveExecuted?: unknown }).mayHaveExecuted === "boolean"
  );
}

/**
 * A call the model should hear about as an error (arguments that do not fit, a tool that
 * failed or was blocked, a result lost on the way): what the AI SDK form's `execute` throws, so
 * that the AI SDK sends `message` to the model as the call's error result.
 */
export class ToolCallError extends ComposioError {
  override get name(): string {
    return "ToolCallError";
  }
}
