import { ComposioError } from "@composio-client/core/common";
import type { InputRequest, InputRequired, UnknownResult } from "./results";

/**
 * A `createProxyFetch` request was held for the user's input and not sent: a pause is no upstream
 * response, so the fetch rejects instead of resolving. Show `inputRequests` to the user, then
 * resolve the pause through the session's tools.
 */
export class ProxyInputRequiredError extends ComposioError {
  override get name(): string {
    return "ProxyInputRequiredError";
  }

  /** The pause, as `session.proxyExecute` would have resolved to it. */
  declare readonly result: InputRequired;
  /** The questions, keyed by request id. */
  declare readonly inputRequests: Record<string, InputRequest>;
  /** Opaque state of the pause, when the server sent one. */
  declare readonly requestState: string | undefined;
  /** The `x-request-id` of Composio's response. */
  declare readonly requestId: string | undefined;

  constructor(result: InputRequired) {
    super("The proxied request was not sent: it waits for the user's input.");
    this.result = result;
    this.inputRequests = result.inputRequests;
    this.requestState = result.requestState;
    this.requestId = result.requestId;
  }
}

/**
 * Composio answered `createProxyFetch` with something this client cannot turn into a `Response`: an
 * unknown `result_type` (a newer server), or an upstream status no `Response` can carry.
 * Nothing says whether the upstream call ran; `body` is what came.
 */
export class ProxyUnknownResultError extends ComposioError {
  override get name(): string {
    return "ProxyUnknownResultError";
  }

  /** The server's `result_type`, if it sent one. */
  declare readonly serverResultType: unknown;
  /** The response body, untouched. */
  declare readonly body: unknown;
  /** The `x-request-id` of Composio's response. */
  declare readonly requestId: string | undefined;

  constructor(
    message: string,
    result: Pick<UnknownResult, "serverResultType" | "requestId"> & {
      body: unknown;
    },
  ) {
    super(message);
    this.serverResultType = result.serverResultType;
    this.body = result.body;
    this.requestId = result.requestId;
  }
}

/**
 * The binary body of a `createProxyFetch` response could not be downloaded from its signed URL. The
 * upstream call itself ran; only reading its body failed. Raised when the body is read.
 */
export class ProxyDownloadError extends ComposioError {
  override get name(): string {
    return "ProxyDownloadError";
  }

  /** The download's HTTP status, when the storage answered with an error. */
  declare readonly status: number | undefined;

  constructor(message: string, options: { status?: number | undefined; cause?: unknown } = {}) {
    super(message, options);
    this.status = options.status;
  }
}

/** The signed URL of a binary body had expired (`expires_at` passed) before it was read. */
export class ProxyDownloadExpiredError extends ProxyDownloadError {
  override get name(): string {
    return "ProxyDownloadExpiredError";
  }

  /** When the URL stopped working, as the server sent it. */
  declare readonly expiresAt: string;

  constructor(expiresAt: string) {
    super(
      `The binary body's download URL expired at ${expiresAt}; read the body sooner, or send the request again.`,
    );
    this.expiresAt = expiresAt;
  }
}

/**
 * The binary body of a `createProxyFetch` response is, or was announced as, larger than
 * `maxResponseBytes` (the call's, else the client's): the download stopped there.
 */
export class ProxyDownloadTooLargeError extends ProxyDownloadError {
  override get name(): string {
    return "ProxyDownloadTooLargeError";
  }

  /** The `maxResponseBytes` that was exceeded. */
  declare readonly limit: number;

  constructor(limit: number) {
    super(
      `The binary body is larger than maxResponseBytes (${limit} bytes), so the download stopped.`,
    );
    this.limit = limit;
  }
}
