import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, it } from "vitest";

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const specDir = fileURLToPath(new URL("..", import.meta.url));

it("passes redocly lint with no errors and no warnings", async () => {
  const redocly = require.resolve("@redocly/cli/bin/cli.js");
  const { stdout } = await run(
    process.execPath,
    [redocly, "lint", "openapi.yaml", "--config", "redocly.yaml", "--format", "json"],
    { cwd: specDir },
  ).catch((error: { stdout: string }) => error);
  const report = JSON.parse(stdout.slice(stdout.indexOf("{")));
  expect(report.problems.map((p: { message: string }) => p.message)).toEqual([]);
  expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
}, 300_000);
