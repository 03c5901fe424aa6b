import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createMockComposio } from "@composio-client/testing";
import { afterAll, beforeAll, expect, it } from "vitest";

const run = promisify(execFile);
const tsx = createRequire(import.meta.url).resolve("tsx/cli");
// The examples run as separate programs configured by the environment only, so the mock is served
// over HTTP; it answers with the spec's examples and checks each request against the spec.
const mock = createMockComposio({ apiKeys: ["example_key"] });
let baseUrl: string;
beforeAll(async () => {
  baseUrl = await mock.listen();
});
afterAll(() => mock.close());

it.each([
  [
    "tools-execute.ts",
    "Created https://github.com/composiohq/composio/issues/1482 (log log_Xq3Vb7Tn1KpR)",
  ],
  ["tools-text.ts", "Created issue #1482"],
  ["session-execute.ts", "Created issue (log log_Bq8Wd2Rk5MnT)"],
  ["proxy-binary-upload.ts", "Drive answered 200"],
  ["typed-tools.ts", "Issue #1482: https://github.com/composiohq/composio/issues/1482"],
])(
  "%s runs against the API mock",
  async (example, expected) => {
    const file = fileURLToPath(new URL(`../src/${example}`, import.meta.url));
    const before = mock.calls.length;
    const { stdout } = await run(process.execPath, [tsx, file], {
      env: { ...process.env, COMPOSIO_API_KEY: "example_key", COMPOSIO_BASE_URL: baseUrl },
    });
    expect(stdout).toContain(expected);
    const made = mock.calls.slice(before);
    expect(made.length).toBeGreaterThan(0);
    // Every request the example made was one the spec accepts.
    expect(made.map((call) => call.status)).toEqual(made.map(() => 200));
  },
  300_000,
);
