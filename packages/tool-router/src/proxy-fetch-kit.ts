import { ComposioAbortError, ComposioValidationError } from "@composio-client/core";
import {
  ProxyDownloadError,
  ProxyDownloadExpiredError,
  ProxyInputRequiredError,
  ProxyUnknownResultError,
} from "./proxy-fetch-errors";

/**
 * The classes the proxyFetch module throws, handed to it when it loads instead of imported.
 * Were the module loaded on demand to import anything from the code every program loads,
 * bundlers would split that shared code into one more file, compressed apart: 0.4 kB gzip more
 * before a session's first call, for programs that never proxy a fetch.
 */
export const PROXY_FETCH_KIT = {
  ComposioAbortError,
  ComposioValidationError,
  ProxyDownloadError,
  ProxyDownloadExpiredError,
  ProxyInputRequiredError,
  ProxyUnknownResultError,
};

export type ProxyFetchKit = typeof PROXY_FETCH_KIT;
