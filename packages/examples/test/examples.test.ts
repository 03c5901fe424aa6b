import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { type PrismMock, startPrismMock } from "@composio-client/mock-servers";
import { afterAll, beforeAll, expect, it } from "vitest";

const run = promisify(execFile);
const tsx = createRequire(import.meta.url).resolve("tsx/cli");
let prism: PrismMock;
beforeAll(async () => {
  prism = await startPrismMock();
}, 60_000);
afterAll(() => prism?.close());

// Each example runs as a user would run it, configured by the environment only.
it.each([
  [
    "tools-execute.ts",
    "Created https://github.com/composiohq/composio/issues/1482 (log log_Xq3Vb7Tn1KpR)",
  ],
  ["tools-text.ts", "Created issue #1482"],
  ["session-execute.ts", "Created issue (log log_Bq8Wd2Rk5MnT)"],
  ["proxy-binary-upload.ts", "Drive answered 200"],
  // Prism answers every proxied call with the spec's first example, a 200 from Gmail.
  ["proxy-fetch-octokit.ts", "Created the issue (GitHub answered 200)"],
  ["typed-tools.ts", "Issue #1482: https://github.com/composiohq/composio/issues/1482"],
])(
  "%s runs against the API mock",
  async (example, expected) => {
    const file = fileURLToPath(new URL(`../src/${example}`, import.meta.url));
    const { stdout } = await run(process.execPath, [tsx, file], {
      env: { ...process.env, COMPOSIO_API_KEY: "example_key", COMPOSIO_BASE_URL: prism.url },
    });
    expect(stdout).toContain(expected);
  },
  60_000,
);
