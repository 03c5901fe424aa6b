import type { Log } from "./log";
import type { Call } from "./send";

// Text about a failed call, for its error and the log. Loaded with failures (see rare.ts): a
// program whose calls succeed never loads it. Should it fail to load, an error keeps the message
// it had and the retry lines are not written; the fields naming the call are set either way.

/**
 * Starts the message of an error that `send` named (`operation`, `toolSlug`, `attempts`) with
 * the call, and the stack too, which copied the message: `tools.execute X after 3 attempts: …`.
 * An error that already named a call (from another client, through a custom fetch) keeps it.
 */
export function prefixMessage(
  error: Error & { operation?: string; toolSlug?: string; attempts?: number },
  call: Call,
): void {
  const { operation, toolSlug, attempts } = call;
  // Read first: V8 writes the stack on first read, from the message of that time.
  const { message, stack } = error;
  error.message = `${operation}${toolSlug ? ` ${toolSlug}` : ""}${attempts > 1 ? ` after ${attempts} attempts` : ""}: ${message}`;
  if (stack) error.stack = stack.replace(message, () => error.message);
}

/** Writes that the call is retried: a warning when the attempt may have run. */
export function logRetry(
  log: Log,
  call: Call,
  error: unknown,
  delay: number,
  retry: number,
  provablyNotRun: boolean,
): void {
  const after = `in ${Math.round(delay)} ms after ${describe(error)}`;
  // A GET is retried as freely, but has nothing to run twice: no warning.
  if (!provablyNotRun && call.method !== "GET") {
    log.write(
      "warn",
      `Retrying POST ${call.url}, which may already have run (allowDuplicateExecution), ${after}`,
    );
  } else if (log.enabled("info")) {
    log.write(
      "info",
      `Retrying ${call.method} ${call.url} ${after} (attempt ${retry + 2} of ${call.maxRetries + 1})`,
    );
  }
}

/** The error's class and the first line of its message, for the log. */
export function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // The first line only: API error messages list validation problems on the next lines.
  return `${error.name}: ${error.message.split("\n", 1)[0]}`;
}
