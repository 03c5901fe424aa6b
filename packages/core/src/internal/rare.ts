/**
 * What a call needs only when something went wrong, or when debug logging is on: the details of
 * an error response or an unreadable body, what a failed connection means, whether a failed
 * attempt is retried and after how long (with its log line), and the debug log, redacted. It is
 * loaded with import() the first time it is needed (load-rare.ts), so that a program whose calls
 * succeed never loads it, and a bundle split into chunks does not download it before the first
 * call.
 *
 * Nothing here imports anything at run time from the code that is always loaded (types only):
 * a module shared with it would become one more chunk of a split bundle, and a bundler that
 * inlines this module would wrap the shared one in lazy initialisation too.
 */
export { connectionFailure } from "./connection";
export { responseError } from "./response";
export { retryDelay } from "./retry";
export { traceAttempt } from "./trace";
