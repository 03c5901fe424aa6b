// How long a 50 MB binaryBody upload freezes the event loop: the longest gap between ticks of a
// 1 ms interval while the body is encoded and sent, beside bare fetch with Buffer's base64.
import { createToolRouterClient } from "@composio-client/tool-router";
import { median } from "./stats";

const SIZE = 50 * 1024 * 1024;
const KEY = "bench_api_key";

/** Longest event-loop stall in ms, median over `rounds`, by contender name. */
export async function measureUploadStall(
  baseUrl: string,
  { rounds = 3 } = {},
): Promise<Map<string, number>> {
  const bytes = new Uint8Array(SIZE).map((_, i) => i & 0xff);
  const session = createToolRouterClient({ apiKey: KEY, baseUrl, logLevel: "off" }).session(
    "trs_bench",
  );
  const uploads: [string, () => Promise<unknown>][] = [
    [
      "bare fetch, Buffer base64",
      async () => {
        const base64 = Buffer.from(bytes).toString("base64");
        const response = await fetch(
          `${baseUrl}/api/v3/tool_router/session/trs_bench/proxy_execute`,
          {
            method: "POST",
            headers: { "content-type": "application/json", "x-api-key": KEY },
            body: JSON.stringify({
              toolkit_slug: "googledrive",
              endpoint: "/upload",
              method: "POST",
              binary_body: { base64, content_type: "application/octet-stream" },
            }),
          },
        );
        return response.json();
      },
    ],
    [
      "@composio-client/tool-router",
      () =>
        session.proxyExecute({
          toolkit: "googledrive",
          endpoint: "/upload",
          method: "POST",
          binaryBody: bytes,
          contentType: "application/octet-stream",
        }),
    ],
  ];
  const samples = new Map<string, number[]>(uploads.map(([name]) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, upload] of uploads) {
      samples.get(name)?.push(await longestStall(upload));
    }
  }
  return new Map([...samples].map(([name, values]) => [name, median(values)]));
}

async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  };
  const timer = setInterval(tick, 1);
  try {
    await work();
  } finally {
    clearInterval(timer);
    tick();
  }
  return longest;
}
