import type { Logger, LogLevel } from "../client-options";
import type { Check } from "./options";

const RANK: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };
const METHODS = ["error", "warn", "info", "debug"] as const;

/** The log levels, for checking options. */
export const LOG_LEVELS = Object.keys(RANK) as LogLevel[];

/** A logger is an object whose methods, where present, are functions; missing ones are no-ops. */
export const loggerProblem: Check = (value) => {
  if (typeof value !== "object" || value === null) return "must be an object such as console";
  const bad = METHODS.find((name) => {
    const method = (value as Record<string, unknown>)[name];
    return method !== undefined && typeof method !== "function";
  });
  return bad ? `has a ${bad} that is not a function` : undefined;
};

/** A logger filtered by level. Callers check `enabled` before building costly details. */
export class Log {
  readonly #logger: Logger;
  readonly #rank: number;

  constructor(logger: Logger, level: LogLevel) {
    this.#logger = logger;
    this.#rank = RANK[level];
  }

  enabled(level: Exclude<LogLevel, "off">): boolean {
    return this.#rank >= RANK[level];
  }

  /** Writes `message`, and `details` when given, if `level` is on. */
  write(level: "warn" | "info" | "debug", message: string, details?: unknown): void {
    if (!this.enabled(level)) return;
    // Looked up at each call, so a logger's methods may be replaced after the client is created.
    const method = this.#logger[level];
    if (typeof method !== "function") return;
    method.call(this.#logger, `[composio] ${message}`, ...(details === undefined ? [] : [details]));
  }
}
