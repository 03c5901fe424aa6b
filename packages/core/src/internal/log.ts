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
