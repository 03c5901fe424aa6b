import { sendJson } from "@composio-client/mock-servers";
import { expect, it } from "vitest";
import { clientOf, EXECUTE, serve } from "./helpers";

it("completes 1,000 concurrent calls through one client, each reaching the server exactly once", async () => {
  const server = await serve((request, res) => {
    const { call } = JSON.parse(request.body).arguments;
    // Answer out of order, so that responses cannot be matched to calls by position.
    setTimeout(
      () => sendJson(res, 200, { data: { call }, error: null, successful: true }),
      call % 7,
    );
  });
  const client = clientOf(server);
  const calls = Array.from({ length: 1000 }, (_, call) => call);
  const results = await Promise.all(
    calls.map((call) =>
      client.post(EXECUTE, { path: { tool_slug: "X" }, body: { arguments: { call } } }),
    ),
  );
  expect(results.map((result) => result.data.data.call)).toEqual(calls);
  const seen = new Map<number, number>();
  for (const request of server.requests) {
    const { call } = JSON.parse(request.body).arguments;
    seen.set(call, (seen.get(call) ?? 0) + 1);
  }
  expect(server.requests).toHaveLength(1000);
  expect([...seen.values()].every((count) => count === 1)).toBe(true);
  expect(seen.size).toBe(1000);
}, 300_000);
