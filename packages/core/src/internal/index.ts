/**
 * Plumbing the wrapper packages (`@composio-client/tools`, `@composio-client/tool-router`) are
 * built on. Not part of the public API: it may change in any release; see README.md here.
 * @packageDocumentation
 */
export { createComposioRequester, requesterSettings } from "../requester";
export { resolveRequester } from "../shared-client";
export {
  assertKnownKeys,
  assertNonEmptyString,
  assertOptionalBoolean,
  assertOptionalCustomConnectionData,
  assertOptionalPlainObject,
  assertOptionalString,
  assertPathSegment,
  assertPlainObject,
  assertValid,
  misplacedArgumentHint,
} from "../validation";
export { anySignal, unlessAborted } from "./abort";
export type { TracedCall, TracedResult } from "./call-plan";
export { labelCall } from "./call-plan";
export { isAllowedScheme } from "./config";
export { redactJson, redactSecrets, redactUserinfo } from "./redact";
