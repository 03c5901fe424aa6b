import type { Log } from "./log";
import { redactBody, redactHeaders } from "./redact";
import type { Call, Sent } from "./send";

/**
 * Writes one attempt to the debug log: the request now, with credentials redacted from its
 * headers and from `sending.body` (absent for a request without a body), and how it ended
 * when the returned function is called: with what was received, or with the error
 * `described`. Only loaded with debug logging on (see rare.ts), which is when the clock is read.
 */
export function traceAttempt(
  log: Log,
  call: Call,
  sending: { body?: unknown },
  retry: number,
): (sent: Sent | undefined, described?: string) => void {
  const started = performance.now();
  const request = `${call.method} ${call.url} (attempt ${retry + 1}`;
  log.write("debug", `→ ${request} of ${call.maxRetries + 1})`, {
    headers: redactHeaders(call.headers),
    ...("body" in sending ? { body: redactBody(sending.body) } : {}),
  });
  return (sent, described) => {
    const took = `in ${Math.round(performance.now() - started)} ms`;
    log.write(
      "debug",
      sent
        ? `← ${sent.response.status} ${request}) ${took}${sent.requestId ? `, request id ${sent.requestId}` : ""}`
        : `✗ ${request}) failed ${took}: ${described}`,
    );
  };
}
