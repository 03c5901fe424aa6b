// TypeDoc builds the API reference of every public package (typedoc.json takes packages/*) with
// warnings treated as errors (broken {@link}s, exported types that refer to unexported ones).
import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";

const run = promisify(execFile);
let out: string;
let output: string;
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), "composio-docs-"));
  const typedoc = join(
    createRequire(import.meta.url).resolve("typedoc/package.json"),
    "../bin/typedoc",
  );
  const result = await run(process.execPath, [typedoc, "--out", out], {
    cwd: fileURLToPath(new URL("..", import.meta.url)),
  }).catch((error: { stdout: string; stderr: string; code: number }) => error);
  output = `${result.stdout}${result.stderr}`;
  expect("code" in result ? result.code : 0, output).toBe(0);
  // CPU-bound (it type-checks every package): the limit only catches a TypeDoc that never ends,
  // on a 2-core machine under load.
}, 600_000);
afterAll(() => (out ? rm(out, { recursive: true, force: true }) : undefined));

it("builds without a warning", () => {
  expect(output).not.toMatch(/\[warning\]|\[error\]/);
});

it.each([
  ["functions", "core", "createComposioClient"],
  ["classes", "core", "ComposioApiError"],
  ["interfaces", "core", "ToolRegistry"],
  ["functions", "tools", "createToolsClient"],
  ["interfaces", "tools", "ToolsClient"],
  ["functions", "tool-router", "createToolRouterClient"],
  ["interfaces", "tool-router", "ToolRouterSession"],
  ["types", "api-types", "ExecuteToolRequest"],
  ["functions", "typegen", "renderFiles"],
  ["functions", "testing", "createMockComposio"],
  ["interfaces", "testing", "MockComposio"],
  ["functions", "ai", "createAgentTools"],
  ["interfaces", "ai", "AgentTools"],
])("has a %s page for %s's %s", async (kind, pkg, name) => {
  expect(await readdir(join(out, kind))).toContain(`_composio-client_${pkg}.${name}.html`);
});
