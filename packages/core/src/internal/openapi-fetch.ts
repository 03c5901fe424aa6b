import type { paths } from "@composio-client/api-types";
import type * as OpenapiFetch from "openapi-fetch";
import type { Client, ClientOptions, Middleware } from "openapi-fetch";

type RawClient = Client<paths>;
type CallMethod = Exclude<keyof RawClient, "use" | "eject">;
const CALLS: CallMethod[] = [
  "request",
  "GET",
  "PUT",
  "POST",
  "DELETE",
  "OPTIONS",
  "HEAD",
  "PATCH",
  "TRACE",
];

/**
 * openapi-fetch's client, loaded on its first call with `import()`: programs that never make a
 * raw call nor register middleware neither load nor bundle openapi-fetch. Every call method
 * returns a promise anyway, so waiting for the module is invisible; `use` and `eject` act at
 * once on `middleware`, which is replayed into the client when it is created.
 */
export function createLazyRawClient(options: ClientOptions, middleware: Middleware[]): RawClient {
  let loaded: RawClient | undefined;
  let loading: Promise<RawClient> | undefined;
  const load = () => {
    loading ??= import("openapi-fetch").then((module) => {
      // Set in the same turn as the replay, so that no `use` can fall between the two.
      loaded = createClientOf(module)<paths>(options);
      loaded.use(...middleware);
      return loaded;
    });
    return loading;
  };
  const raw = {
    use(...added: Middleware[]) {
      for (const m of added) {
        if (!m) continue;
        if (typeof m !== "object" || !("onRequest" in m || "onResponse" in m || "onError" in m)) {
          throw new TypeError(
            "Middleware must be an object with onRequest, onResponse or onError.",
          );
        }
        middleware.push(m);
        loaded?.use(m);
      }
    },
    eject(...removed: Middleware[]) {
      for (const m of removed) {
        const index = middleware.indexOf(m);
        if (index !== -1) middleware.splice(index, 1);
        loaded?.eject(m);
      }
    },
  } as RawClient;
  for (const name of CALLS) {
    (raw as Record<CallMethod, unknown>)[name] = async (...args: unknown[]) => {
      const client = loaded ?? (await load());
      return (client[name] as (...a: unknown[]) => unknown)(...args);
    };
  }
  return raw;
}

// openapi-fetch's CommonJS file sets `exports.default` without `__esModule`: under Node's interop
// rules our CommonJS build then sees the whole module object as the default export.
function createClientOf(module: typeof OpenapiFetch): typeof OpenapiFetch.default {
  const candidate = module.default as unknown as { default?: typeof OpenapiFetch.default };
  return typeof module.default === "function"
    ? module.default
    : (candidate.default as typeof OpenapiFetch.default);
}
