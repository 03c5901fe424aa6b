import type {
  ComposioClientOptions,
  ComposioRequester,
  SharedClientOptions,
  WithoutSharedClient,
} from "@composio-client/core";
import { assertPathSegment, resolveRequester } from "@composio-client/core/internal";
import { createSession, type ToolRouterSession } from "./session";

/**
 * Options of {@link createToolRouterClient} that reuse a core client from `createComposioClient`,
 * shared with other wrappers. Core options beside `client` are a compile error.
 */
export type ToolRouterClientSharedOptions = SharedClientOptions;

/** Options of {@link createToolRouterClient} that create its own client: the core options. */
export interface ToolRouterClientOptions extends ComposioClientOptions, WithoutSharedClient {}

/** Opens tool-router sessions. Create one with {@link createToolRouterClient}. */
export interface ToolRouterClient {
  /** What this client sends through: the shared core client, or a lean one made from its options. */
  readonly client: ComposioRequester;
  /**
   * A handle on an existing session. Nothing is sent until you call one of its methods.
   * Throws `ComposioValidationError` for an empty id, `.` or `..`.
   */
  session(sessionId: string): ToolRouterSession;
}

/** Creates a tool-router client from core options (API key, base URL...) or a shared core client. */
export function createToolRouterClient(
  options: ToolRouterClientOptions | ToolRouterClientSharedOptions = {},
): ToolRouterClient {
  const client = resolveRequester(options);
  return {
    client,
    session(sessionId) {
      assertPathSegment(sessionId, "sessionId");
      return createSession(client, sessionId);
    },
  };
}
