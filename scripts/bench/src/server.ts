// The API stand-in for the benchmarks: a keep-alive HTTP server on 127.0.0.1, run in its own
// process so that it does not share the client's event loop. It answers each endpoint with a
// fixed body, and tells the parent its port over IPC.
import { createServer } from "node:http";

const json = (body: unknown) => Buffer.from(JSON.stringify(body));
const TOOL = json({
  data: { id: 2218361102, number: 1482, state: "open" },
  error: null,
  successful: true,
  log_id: "log_Xq3Vb7Tn1KpR",
  session_info: null,
});
const SESSION = json({ data: { id: 1482 }, error: null, log_id: "log_Bq8Wd2Rk5MnT" });
const PROXY = json({
  status: 200,
  data: { messages: [] },
  headers: { "content-type": "application/json" },
});

const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    const url = req.url ?? "";
    const body = url.endsWith("/proxy_execute")
      ? PROXY
      : url.includes("/tool_router/")
        ? SESSION
        : TOOL;
    res.writeHead(200, {
      "content-type": "application/json",
      "content-length": body.length,
      "x-request-id": "req_bench",
    });
    res.end(body);
  });
});
server.keepAliveTimeout = 120_000;
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.send?.(typeof address === "object" && address ? address.port : 0);
});
