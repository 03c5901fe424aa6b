import type { Logger, LogLevel } from "../client-options";

const RANK: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

/** The log levels, for checking options. */
export const LOG_LEVELS = Object.keys(RANK) as LogLevel[];

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

  warn(message: string, details?: unknown): void {
    if (this.#rank >= RANK.warn) this.#write("warn", message, details);
  }

  info(message: string, details?: unknown): void {
    if (this.#rank >= RANK.info) this.#write("info", message, details);
  }

  debug(message: string, details?: unknown): void {
    if (this.#rank >= RANK.debug) this.#write("debug", message, details);
  }

  #write(level: "warn" | "info" | "debug", message: string, details: unknown): void {
    if (details === undefined) this.#logger[level](`[composio] ${message}`);
    else this.#logger[level](`[composio] ${message}`, details);
  }
}
