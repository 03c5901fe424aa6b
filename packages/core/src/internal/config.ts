import {
  type ComposioClientOptions,
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  type FetchLike,
  type LogLevel,
  type TracerLike,
} from "../client-options";
import { ComposioConfigError } from "../errors";
import { noSuchOption } from "../validation";
import { withHeaders } from "./headers";
import { createLog, LOG_LEVELS, type Log, loggerProblem } from "./log";
import { boolean, type OptionCheck, optionsProblem, REQUEST_OPTION_CHECKS } from "./options";
import { redactUserinfo, secretsToRedact } from "./redact";

/** Options after defaults and checks; what a client runs on. */
export interface ResolvedConfig {
  /** Without a trailing slash. */
  baseUrl: string;
  /** The origin credentials may be sent to. */
  origin: string;
  /** Headers of every request, credentials included. */
  headers: Record<string, string>;
  /** The configured key, redacted from anything the server sends back (see `secretsToRedact`). */
  secrets: readonly string[];
  /** Whether plain `http://` may be used to a host other than loopback. */
  allowInsecureHttp: boolean;
  timeout: number;
  maxRetries: number;
  maxResponseBytes: number;
  allowDuplicateExecution: boolean;
  fetch: FetchLike;
  log: Log;
  /** Where each call's spans go; undefined records none. */
  tracer: TracerLike | undefined;
  traceToolPayloads: boolean;
}

// Options checked elsewhere, with messages of their own: the keys, baseUrl and logLevel.
const elsewhere: OptionCheck = () => undefined;

/**
 * The check of every option of a client: the per-call ones (but `signal` and `toolCallId`), and
 * those only a client has. An option missing here is refused as unknown (`apikey`), so
 * `satisfies` makes the compiler check the list against the interface, both ways.
 */
const { signal: _perCallOnly, toolCallId: _oneCallOnly, ...SHARED_CHECKS } = REQUEST_OPTION_CHECKS;
const CLIENT_CHECKS = {
  apiKey: elsewhere,
  userApiKey: elsewhere,
  baseUrl: elsewhere,
  ...SHARED_CHECKS,
  logLevel: elsewhere,
  allowInsecureHttp: boolean,
  dangerouslyAllowBrowser: boolean,
  fetch: (value) => (typeof value === "function" ? undefined : "must be a function"),
  logger: loggerProblem,
  // Duck-typed, like `signal`: the client calls nothing else of it.
  tracer: (value) =>
    typeof (value as Partial<TracerLike> | null)?.startActiveSpan === "function"
      ? undefined
      : 'must be an OpenTelemetry Tracer, such as trace.getTracer("my-app")',
  traceToolPayloads: boolean,
} satisfies Record<keyof ComposioClientOptions, OptionCheck>;

export function resolveConfig(options: ComposioClientOptions): ResolvedConfig {
  if (typeof options !== "object" || options === null) {
    throw new ComposioConfigError("The client options must be an object.");
  }
  const problem = optionsProblem(options as Record<string, unknown>, CLIENT_CHECKS);
  if (problem) {
    throw new ComposioConfigError(
      problem.problem
        ? `${problem.name} ${problem.problem}.`
        : noSuchOption("The client", problem.name, Object.keys(CLIENT_CHECKS)),
    );
  }
  if (isBrowser() && !options.dangerouslyAllowBrowser) {
    throw new ComposioConfigError(
      "In a web browser, anyone who can open the page can read the API key: call Composio from " +
        "your server, or pass dangerouslyAllowBrowser: true to accept that risk.",
    );
  }
  const fetchImpl = options.fetch ?? (globalThis.fetch as FetchLike | undefined);
  if (typeof fetchImpl !== "function") {
    throw new ComposioConfigError(
      "No fetch implementation: this runtime has no global fetch, so pass one as `fetch`.",
    );
  }
  const log = logFor(options);
  const url = parseBaseUrl(
    options.baseUrl ?? readEnv("COMPOSIO_BASE_URL") ?? DEFAULT_BASE_URL,
    options.baseUrl === undefined ? "COMPOSIO_BASE_URL" : "baseUrl",
  );
  // Plain http:// to a host other than loopback (parseBaseUrl allows only http: and https:).
  if (!isAllowedScheme(url, false)) {
    if (!options.allowInsecureHttp) {
      throw new ComposioConfigError(
        `baseUrl uses plain http:// to ${url.hostname}, so the API key would travel unencrypted. ` +
          "Use https://, or pass allowInsecureHttp: true.",
      );
    }
    log.write("warn", `allowInsecureHttp: the API key is sent unencrypted to ${url.host}.`);
  }
  const auth = authHeader(options);

  return {
    baseUrl: url.href.replace(/\/+$/, ""),
    origin: url.origin,
    headers: withHeaders({ accept: "application/json" }, options.headers, auth),
    secrets: secretsToRedact(Object.values(auth)),
    allowInsecureHttp: options.allowInsecureHttp ?? false,
    timeout: options.timeout ?? DEFAULT_TIMEOUT_MS,
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    allowDuplicateExecution: options.allowDuplicateExecution ?? false,
    fetch: fetchImpl,
    log,
    tracer: options.tracer,
    traceToolPayloads: options.traceToolPayloads ?? false,
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

// What a header value may hold (visible ASCII, space, 0x80-0xFF) but TAB, legal in a header
// value, never in a key.
const UNSENDABLE_KEY = /[^\x20-\x7e\x80-\xff]/;

// The message names the option but never includes the key.
function checkedKey(key: unknown, option: string): string {
  if (typeof key !== "string" || key.length === 0) {
    throw new ComposioConfigError(`${option} must be a non-empty string.`);
  }
  if (UNSENDABLE_KEY.test(key)) {
    throw new ComposioConfigError(
      `${option} contains a line break, NUL, another control character or a non-Latin-1 character; check how the key was copied.`,
    );
  }
  // fetch would strip it silently and send a different key.
  if (key.trim() !== key) {
    throw new ComposioConfigError(
      `${option} has leading or trailing whitespace; check how the key was copied.`,
    );
  }
  return key;
}

// Once per process: a bad COMPOSIO_LOG would otherwise warn at every client creation.
let warnedEnvLevel = false;

/**
 * The client's log. A bad `logLevel` is the caller's code and throws; a bad `COMPOSIO_LOG` is
 * the environment's, so it warns once and falls back to "warn" rather than break every client.
 */
function logFor({ logger = console, logLevel }: ComposioClientOptions): Log {
  const levels = LOG_LEVELS.join(", ");
  const env = readEnv("COMPOSIO_LOG") ?? "warn";
  const known = (level: string): level is LogLevel => LOG_LEVELS.includes(level as LogLevel);
  if (logLevel !== undefined && !known(logLevel)) {
    throw new ComposioConfigError(`logLevel must be one of ${levels}.`);
  }
  const log = createLog(logger, logLevel ?? (known(env) ? env : "warn"));
  if (logLevel === undefined && !known(env) && !warnedEnvLevel) {
    warnedEnvLevel = true;
    log.write(
      "warn",
      `COMPOSIO_LOG must be one of ${levels}, not ${JSON.stringify(env)}; using warn.`,
    );
  }
  return log;
}

// `name` is where the value came from: the option, or the environment variable.
function parseBaseUrl(value: string, name: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ComposioConfigError(
      `${name} ${JSON.stringify(redactUserinfo(value))} is not an absolute URL.`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ComposioConfigError(`${name} must use https: or http:, not ${url.protocol}.`);
  }
  if (url.username || url.password) {
    throw new ComposioConfigError(`${name} must not contain credentials; pass apiKey instead.`);
  }
  if (url.search || url.hash) {
    throw new ComposioConfigError(`${name} must not have a query string or fragment.`);
  }
  // Paths are the spec's, /api/v3/... included: a base URL ending in one would double it.
  const api = /(\/api(\/v[\d.]*)?)\/*$/i.exec(url.pathname);
  if (api) {
    throw new ComposioConfigError(
      `${name} is the API's origin, e.g. ${DEFAULT_BASE_URL}, without ${api[1]}.`,
    );
  }
  return url;
}

/** Reads an environment variable where `process.env` exists (Node, Bun, Deno with --allow-env). */
function readEnv(name: string): string | undefined {
  try {
    const value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
      ?.env?.[name];
    return value === "" ? undefined : value;
  } catch {
    // Deno without --allow-env throws on access: treat as unset.
    return undefined;
  }
}

/**
 * Whether the client sends to `url`: https, or plain http to loopback, or to any host with
 * `allowInsecureHttp`. The base URL and the signed URLs of binary bodies follow this one rule.
 */
export function isAllowedScheme(url: URL, allowInsecureHttp: boolean): boolean {
  if (url.protocol === "https:") return true;
  return url.protocol === "http:" && (allowInsecureHttp || isLoopback(url.hostname));
}

function isLoopback(hostname: string): boolean {
  return (
    hostname === "localhost" ||
    hostname.endsWith(".localhost") ||
    hostname === "[::1]" ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
  );
}

// A page in a web browser; not Node, Bun, Deno or an edge worker, which have no `document`.
function isBrowser(): boolean {
  const scope = globalThis as { window?: unknown; document?: unknown; navigator?: unknown };
  return (
    typeof scope.window !== "undefined" &&
    typeof scope.document !== "undefined" &&
    typeof scope.navigator !== "undefined"
  );
}
