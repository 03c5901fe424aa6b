import { assertPathSegment } from "../validation";

/** Checks every path parameter before the URL is built; see {@link assertPathSegment}. */
export function assertPathParams(params: Record<string, unknown>): void {
  for (const name of Object.keys(params)) assertPathSegment(params[name], name);
}
