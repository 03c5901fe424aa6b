import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
  // Prism answers every proxied call with the spec's first example, a 200 from Gmail.
  ["proxy-fetch-octokit.ts", "Created the issue (GitHub answered 200)"],
  ["typed-tools.ts", "Issue #1482: https://github.com/composiohq/composio/issues/1482"],
  [
    "agent-loop.ts",
    'call_1: {"id":2218361102,"number":1482,"html_url":"https://github.com/composiohq/composio/issues/1482"',
  ],
  [
    "../typegen-example/src/main.ts",
    "Issue #1482 (open): https://github.com/composiohq/composio/issues/1482",
  ],
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

it("typegen-example's generated files are what composio-typegen writes today", async () => {
  // The same command as `pnpm generate:tools`, into a scratch folder.
  const scratch = await mkdtemp(join(tmpdir(), "typegen-example-"));
  try {
    const cwd = fileURLToPath(new URL("..", import.meta.url));
    const input = "node_modules/@composio-client/typegen/test/fixtures/tools.json";
    // The package's bin file, as `composio-typegen` runs it.
    const bin = fileURLToPath(
      new URL("../node_modules/@composio-client/typegen/bin/composio-typegen.mjs", import.meta.url),
    );
    await run(
      process.execPath,
      [bin, "--input", input, "--out", join(scratch, "composio-tools.d.ts")],
      {
        cwd,
      },
    );
    for (const file of [
      "composio-tools.d.ts",
      "composio-tools.versions.ts",
      "composio-tools.schemas.json",
    ]) {
      const committed = await readFile(join(cwd, "typegen-example/src/generated", file), "utf8");
      expect(await readFile(join(scratch, file), "utf8"), file).toBe(committed);
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}, 300_000);
