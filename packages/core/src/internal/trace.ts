import { describe } from "./failure-text";
import type { Log } from "./log";
import { redactBody, redactHeaders } from "./redact";
import type { Call, Sent } from "./send";
import type { SendingHook } from "./transport";

/**
 * Writes one attempt to the debug log: the request as `fetch` gets it (after middleware, with
 * credentials redacted from its headers and body), and how it ended. Only loaded with debug
 * logging on (see rare.ts), which is when the clock is read.
 */
export function traceAttempt(
  log: Log,
  call: Call,
  retry: number,
): { sending: SendingHook; ended(sent: Sent | undefined, error?: unknown): void } {
  const started = performance.now();
  const request = `${call.method} ${call.url} (attempt ${retry + 1}`;
  return {
    sending(url, init) {
      log.write(
        "debug",
        `→ ${init.method} ${url} (attempt ${retry + 1} of ${call.maxRetries + 1})`,
        {
          headers: redactHeaders(init.headers),
          ...(init.body !== null && init.body !== undefined && { body: loggable(init.body) }),
        },
      );
    },
    ended(sent, error) {
      const took = `in ${Math.round(performance.now() - started)} ms`;
      log.write(
        "debug",
        sent
          ? `← ${sent.response.status} ${request}) ${took}${sent.requestId ? `, request id ${sent.requestId}` : ""}`
          : `✗ ${request}) failed ${took}: ${describe(error)}`,
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
