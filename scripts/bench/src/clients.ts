// Each client under test, making the same tools.execute call against the bench server.

import type { paths } from "@composio-client/api-types";
import { createToolsClient } from "@composio-client/tools";
import {
  BasicTracerProvider,
  SimpleSpanProcessor,
  type SpanExporter,
} from "@opentelemetry/sdk-trace-base";
import Heyapi from "composio-client-heyapi";
import Stainless from "composio-client-stainless";
import createClient from "openapi-fetch";

export interface Contender {
  name: string;
  /** One `POST /api/v3/tools/execute/{tool_slug}` call, response body read. */
  call(): Promise<unknown>;
}

// A span exporter that drops what it is given: exporting is not the client's cost.
const DISCARD: SpanExporter = {
  export: (_spans, done) => done({ code: 0 }),
  shutdown: async () => {},
};

const SLUG = "GITHUB_CREATE_AN_ISSUE";
const ARGS = { owner: "composiohq", repo: "composio", title: "Login button is misaligned" };
const KEY = "bench_api_key";

/** Another build of `@composio-client/tools` to measure beside this one (`--also name=path`). */
export interface OtherBuild {
  name: string;
  createToolsClient: typeof createToolsClient;
}

export function contenders(baseUrl: string, others: readonly OtherBuild[] = []): Contender[] {
  const url = `${baseUrl}/api/v3/tools/execute/${SLUG}`;
  const raw = createClient<paths>({ baseUrl, headers: { "x-api-key": KEY } });
  // All safety features on: a timeout per attempt and retries configured.
  const tools = createToolsClient({
    apiKey: KEY,
    baseUrl,
    timeout: 30_000,
    maxRetries: 2,
    logLevel: "off",
  });
  // The same client with OpenTelemetry's SDK recording every span (sampled, exported to nowhere):
  // the cost of tracing on top of the call. No context manager is registered, as it would slow
  // every promise of the process, the other contenders' included; it is the user's either way.
  const traced = createToolsClient({
    apiKey: KEY,
    baseUrl,
    timeout: 30_000,
    maxRetries: 2,
    logLevel: "off",
    tracer: new BasicTracerProvider({
      spanProcessors: [new SimpleSpanProcessor(DISCARD)],
    }).getTracer("bench"),
  });
  const stainless = new Stainless({
    apiKey: KEY,
    baseURL: baseUrl,
    maxRetries: 2,
    timeout: 30_000,
  });
  const heyapi = new Heyapi({ apiKey: KEY, baseURL: baseUrl, maxRetries: 2, timeout: 30_000 });
  return [
    {
      name: "bare fetch",
      call: async () => {
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", "x-api-key": KEY },
          body: JSON.stringify({ arguments: ARGS }),
        });
        return response.json();
      },
    },
    {
      name: "openapi-fetch alone",
      call: () =>
        raw.POST("/api/v3/tools/execute/{tool_slug}", {
          params: { path: { tool_slug: SLUG } },
          body: { arguments: ARGS },
        }),
    },
    { name: "@composio-client/tools", call: () => tools.execute(SLUG, { arguments: ARGS }) },
    {
      name: "@composio-client/tools + tracer",
      call: () => traced.execute(SLUG, { arguments: ARGS }),
    },
    ...others.map((other): Contender => {
      const client = other.createToolsClient({
        apiKey: KEY,
        baseUrl,
        timeout: 30_000,
        maxRetries: 2,
        logLevel: "off",
      });
      return { name: other.name, call: () => client.execute(SLUG, { arguments: ARGS }) };
    }),
    {
      name: "@composio/client 0.1.0-alpha.76 (Stainless)",
      call: () => stainless.tools.execute(SLUG, { arguments: ARGS }),
    },
    {
      name: "@composio/client 2.0.0-rc.6 (hey-api)",
      call: () => heyapi.tools.execute(SLUG, { arguments: ARGS }),
    },
  ];
}
