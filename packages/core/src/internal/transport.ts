import type { FetchLike } from "../client-options";
import { ComposioConnectionError } from "../errors";
import { loadRare } from "./load-rare";
import type { Log } from "./log";

const CREDENTIAL_HEADERS = ["x-api-key", "x-user-api-key"];

/** What every request goes out through: `fetch(url, init)`, called once per attempt. */
export type Transport = (
  url: string,
  init: TransportInit,
  sending?: SendingHook,
) => Promise<Response>;

/** Called right before `fetch`, with what it gets: the debug log's view of the request. */
export type SendingHook = (url: string, init: TransportInit) => void;
export interface TransportInit {
  method: string;
  headers: Record<string, string>;
  body: string | ArrayBuffer | null;
  signal: AbortSignal;
}

/**
 * The configured `fetch`, with what safety needs imposed on every request whatever middleware
 * made of it: redirects answered instead of followed, and credentials removed from any request to
 * another origin than `origin`. A rejection becomes a {@link ComposioConnectionError} saying
 * whether the request may have reached the server (see connection.ts): runtimes reject with
 * what they like (workerd: a plain `Error("Network connection lost.")`), so every rejection
 * counts as a network failure. Aborts pass through untouched (the caller knows whether it was a timeout or the
 * user), and so does what a custom `fetch` throws synchronously: no request left, it is the
 * caller's own error.
 */
export function createTransport(fetchImpl: FetchLike, origin: string, log: Log): Transport {
  const prefix = `${origin}/`;
  return async (url, init, sending) => {
    const { signal } = init;
    let headers = init.headers;
    if (!url.startsWith(prefix) && CREDENTIAL_HEADERS.some((name) => name in headers)) {
      headers = { ...headers };
      for (const name of CREDENTIAL_HEADERS) delete headers[name];
      log.write("warn", `A request to ${new URL(url).origin} was sent without the API key.`);
    }
    if (signal.aborted) throw signal.reason;
    // After middleware, with the credentials fetch really gets: what the debug log shows.
    sending?.(url, { ...init, headers });
    const pending = fetchImpl(url, { ...init, headers, redirect: "manual" });
    try {
      return await pending;
    } catch (error) {
      if (signal.aborted || error instanceof ComposioConnectionError) throw error;
      // What the failure means is read by code loaded on first use (see rare.ts), still under
      // the attempt's timer: should the time run out meanwhile, the call ends as a timeout that
      // may have run, as it does when it runs out while connecting. Without that code, the
      // failure is taken for one that may have run, never retried as if it had not.
      const failure = (await loadRare())?.connectionFailure(error) ?? {
        message:
          "Connection failed; the request may have reached the server and the tool may have run.",
        mayHaveExecuted: true,
      };
      throw new ComposioConnectionError(failure.message, {
        mayHaveExecuted: failure.mayHaveExecuted,
        cause: error,
      });
    }
  };
}

/**
 * The `fetch` of `client.raw`: openapi-fetch has run the middleware and hands over a `Request`,
 * which goes out through the same transport, never through the middleware again.
 */
export function rawFetch(transport: Transport): (input: Request) => Promise<Response> {
  return async (request) => {
    const { signal } = request;
    const sent = transport(request.url, {
      method: request.method,
      headers: Object.fromEntries(request.headers),
      body: request.body === null ? null : await request.arrayBuffer(),
      signal,
    });
    return untilAborted(sent, signal);
  };
}

// Rejects as soon as `signal` fires, even if a custom `fetch` ignores it.
function untilAborted(pending: Promise<Response>, signal: AbortSignal): Promise<Response> {
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener("abort", abort, { once: true });
    pending.then(resolve, reject).finally(() => signal.removeEventListener("abort", abort));
  });
}
