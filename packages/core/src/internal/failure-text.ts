import type { Log } from "./log";
import type { Call } from "./send";

// Text about a failed call, for the log. Loaded with failures (see rare.ts): a program whose
// calls succeed never loads it.

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
