import type { Logger, LogLevel } from "../client-options";
import type { OptionCheck } from "./options";
import { redactBody, redactHeaders } from "./redact";

const RANK: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };
const METHODS = ["error", "warn", "info", "debug"] as const;

/** The log levels, for checking options. */
export const LOG_LEVELS = Object.keys(RANK) as LogLevel[];

/** A logger is an object whose methods, where present, are functions; missing ones are no-ops. */
export const loggerProblem: OptionCheck = (value) => {
  if (typeof value !== "object" || value === null) return "must be an object such as console";
  const bad = METHODS.find((name) => {
    const method = (value as Record<string, unknown>)[name];
    return method !== undefined && typeof method !== "function";
  });
  return bad ? `has a ${bad} that is not a function` : undefined;
};

/** A logger filtered by level. Callers check `enabled` before building costly details. */
export interface Log {
  enabled(level: Exclude<LogLevel, "off">): boolean;
  /** Writes `message`, and `details` when given, if `level` is on. */
  write(level: "warn" | "info" | "debug", message: string, details?: unknown): void;
}

/** `logger` filtered at `level`. The logger stays out of reach: no field holds it. */
export function createLog(logger: Logger, level: LogLevel): Log {
  const enabled = (at: Exclude<LogLevel, "off">) => RANK[level] >= RANK[at];
  return {
    enabled,
    write(at, message, details) {
      // Looked up at each call, so a logger's methods may be replaced after the client is created.
      const method = logger[at];
      if (enabled(at) && typeof method === "function") {
        method.call(logger, `[composio] ${message}`, ...(details === undefined ? [] : [details]));
      }
    },
  };
}

/** A failure's class and the first line of its message, for a log line. */
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // The first line only: API error messages list validation problems on the next lines.
  return `${error.name}: ${error.message.split("\n", 1)[0]}`;
}

/** The request as `fetch` gets it, for the debug log. */
export interface OutgoingRequest {
  method: string;
  headers: Record<string, string>;
  body: string | ArrayBuffer | null;
}

/** The debug log of one attempt: what went out, then how it ended. */
export interface AttemptLog {
  sending(url: string, request: OutgoingRequest): void;
  ended(outcome: { status: number; requestId: string | undefined } | { error: unknown }): void;
}

/**
 * Starts the debug log of attempt `attempt` (1-based) of `maxAttempts` of `method url`: the
 * request as `fetch` gets it (after middleware, credentials redacted from its headers and body),
 * then its status or failure, with its duration. Only called with debug logging on, which is
 * when the clock is read.
 */
export function logAttempt(
  log: Log,
  method: string,
  url: string,
  attempt: number,
  maxAttempts: number,
): AttemptLog {
  const started = performance.now();
  const request = `${method} ${url} (attempt ${attempt}`;
  return {
    sending(sentUrl, sent) {
      log.write("debug", `→ ${sent.method} ${sentUrl} (attempt ${attempt} of ${maxAttempts})`, {
        headers: redactHeaders(sent.headers),
        ...(sent.body !== null && { body: loggable(sent.body) }),
      });
    },
    ended(outcome) {
      const took = `in ${Math.round(performance.now() - started)} ms`;
      log.write(
        "debug",
        "status" in outcome
          ? `← ${outcome.status} ${request}) ${took}${outcome.requestId ? `, request id ${outcome.requestId}` : ""}`
          : `✗ ${request}) failed ${took}: ${describeFailure(outcome.error)}`,
      );
    },
  };
}

// The body as sent, parsed to redact the values that carry tokens; only its size when not JSON.
function loggable(body: string | ArrayBuffer): unknown {
  const text = typeof body === "string" ? body : new TextDecoder().decode(body);
  try {
    return redactBody(JSON.parse(text));
  } catch {
    return `[${text.length} characters, not JSON]`;
  }
}
