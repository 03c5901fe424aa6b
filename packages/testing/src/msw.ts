/**
 * MSW request handlers from a mock, for projects that already intercept with MSW:
 * `setupServer(...composioHandlers(mock))`. msw is an optional peer dependency.
 * @packageDocumentation
 */
import { HttpResponse, http, type RequestHandler } from "msw";

/** What the handlers need of a mock: `createMockComposio()` returns one. */
export interface HandlesRequests {
  handle(request: Request, options?: { signal?: AbortSignal | null }): Promise<Response>;
}

/** Options of {@link composioHandlers}. */
export interface ComposioHandlersOptions {
  /** The API origin your client calls. @defaultValue "https://backend.composio.dev" */
  baseUrl?: string;
}

/**
 * Handlers that answer Composio's API at `baseUrl` with `mock`. A refused or dropped connection
 * becomes MSW's network error; a hang waits for the request's abort signal.
 */
export function composioHandlers(
  mock: HandlesRequests,
  { baseUrl = "https://backend.composio.dev" }: ComposioHandlersOptions = {},
): RequestHandler[] {
  const origin = baseUrl.replace(/\/+$/, "");
  return [
    http.all(`${origin}/api/v3/*`, ({ request }) =>
      mock.handle(request, { signal: request.signal }).catch(() => HttpResponse.error()),
    ),
  ];
}
