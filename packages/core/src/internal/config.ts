import {
  type ComposioClientOptions,
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  type FetchLike,
} from "../client-options";
import { ComposioConfigError } from "../errors";
import { readEnv } from "./env";
import { headerProblem, headersProblem } from "./headers";
import { maxRetriesProblem, timeoutProblem } from "./limits";

/** Options after defaults and checks; what a client runs on. */
export interface ResolvedConfig {
  /** Without a trailing slash. */
  baseUrl: string;
  /** Headers of every request, credentials included. */
  headers: Record<string, string>;
  timeout: number;
  maxRetries: number;
  fetch: FetchLike;
}

export function resolveConfig(options: ComposioClientOptions): ResolvedConfig {
  const fetchImpl = options.fetch ?? (globalThis.fetch as FetchLike | undefined);
  if (typeof fetchImpl !== "function") {
    throw new ComposioConfigError(
      "No fetch implementation: this runtime has no global fetch, so pass one as `fetch`.",
    );
  }
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
  const timeoutIssue = timeoutProblem(timeout);
  if (timeoutIssue) throw new ComposioConfigError(`timeout ${timeoutIssue}.`);
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const retriesIssue = maxRetriesProblem(maxRetries);
  if (retriesIssue) throw new ComposioConfigError(`maxRetries ${retriesIssue}.`);

  const extraHeaders = options.headers ?? {};
  const headersIssue = headersProblem(extraHeaders);
  if (headersIssue) throw new ComposioConfigError(`headers: ${headersIssue}.`);

  return {
    baseUrl: resolveBaseUrl(options.baseUrl ?? readEnv("COMPOSIO_BASE_URL") ?? DEFAULT_BASE_URL),
    headers: { accept: "application/json", ...extraHeaders, ...authHeader(options) },
    timeout,
    maxRetries,
    fetch: fetchImpl,
  };
}

function authHeader(options: ComposioClientOptions): Record<string, string> {
  if (options.apiKey !== undefined && options.userApiKey !== undefined) {
    throw new ComposioConfigError("Pass either apiKey or userApiKey, not both.");
  }
  if (options.userApiKey !== undefined) {
    return { "x-user-api-key": checkedKey(options.userApiKey, "userApiKey") };
  }
  const apiKey = options.apiKey ?? readEnv("COMPOSIO_API_KEY");
  if (apiKey === undefined) {
    throw new ComposioConfigError(
      "Missing API key: pass `apiKey` (or `userApiKey`) to the client, or set the COMPOSIO_API_KEY environment variable.",
    );
  }
  return { "x-api-key": checkedKey(apiKey, "apiKey") };
}

// The message names the option but never includes the key.
function checkedKey(key: unknown, option: string): string {
  if (typeof key !== "string" || key.length === 0) {
    throw new ComposioConfigError(`${option} must be a non-empty string.`);
  }
  if (headerProblem("x-api-key", key)) {
    throw new ComposioConfigError(
      `${option} contains a line break, NUL or non-Latin-1 character; check how the key was copied.`,
    );
  }
  return key;
}

function resolveBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ComposioConfigError(`baseUrl ${JSON.stringify(value)} is not an absolute URL.`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ComposioConfigError(`baseUrl must use https: or http:, not ${url.protocol}.`);
  }
  if (url.username || url.password) {
    throw new ComposioConfigError("baseUrl must not contain credentials; pass apiKey instead.");
  }
  if (url.search || url.hash) {
    throw new ComposioConfigError("baseUrl must not have a query string or fragment.");
  }
  return url.href.replace(/\/+$/, "");
}
