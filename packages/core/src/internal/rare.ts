/**
 * What a call needs only when something went wrong, or when debug logging is on: the details of
 * an error response or an unreadable body, the delay its headers ask for before a retry, and what
 * the debug log may show. `send` loads it with import() the first time it is needed, so that a program whose calls
 * succeed never loads it, and a bundle split into chunks does not download it up front.
 *
 * Nothing here imports a class, or anything but functions, from the code that is always loaded:
 * a bundler that inlines this module then wraps only it in lazy initialisation, not the rest.
 */
export { retryAfterMs } from "./backoff";
export { redactBody, redactHeaders } from "./redact";
export { errorFromResponse, successBodyError } from "./response";
