import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";

const run = promisify(execFile);
const tsx = createRequire(import.meta.url).resolve("tsx/cli");
const demo = fileURLToPath(new URL("../../examples/src/demo.ts", import.meta.url));

function runDemo(...args: string[]) {
  return run(process.execPath, [tsx, demo, ...args], {
    env: { ...process.env, COMPOSIO_API_KEY: "demo_api_key" },
  }).catch((error: { code: number; stdout: string; stderr: string }) => error);
}

// `pnpm demo` starts its own Prism; here it is pointed at the suite's, so one Prism serves the run.
describe("pnpm demo", () => {
  it("calls all four operations against the mock of the spec, answers the pause, exits 0", async () => {
    const prismUrl = inject("prismUrl");
    const result = await runDemo("--prism-url", prismUrl);
    expect("code" in result ? result.code : 0).toBe(0);
    expect(result.stdout).toContain(`Using the mock of the spec at ${prismUrl}`);
    for (const call of [
      "tools.execute",
      "session.execute",
      "session.executeMeta",
      "session.proxyExecute",
    ]) {
      expect(result.stdout).toContain(`── ${call}`);
    }
    expect(result.stdout).toContain("logId: 'log_Xq3Vb7Tn1KpR'");
    // The pause, the question, and the completed result after the answer, in that order.
    const pause = result.stdout.indexOf("resultType: 'inputRequired'");
    const question = result.stdout.indexOf("The tool asks (approval_3f9a1c2b7d4e5f60)");
    const answered = result.stdout.indexOf("── session.execute, answered");
    expect(pause).toBeGreaterThan(-1);
    expect(question).toBeGreaterThan(pause);
    expect(answered).toBeGreaterThan(question);
    expect(result.stdout.slice(answered)).toContain("resultType: 'completed'");
    expect(result.stdout).toContain("All four operations succeeded.");
  }, 300_000);

  it("uses --base-url as a real server: no Prefer header, so no pause", async () => {
    const prismUrl = inject("prismUrl");
    const result = await runDemo("--base-url", prismUrl);
    expect(result.stdout).toContain(`Using ${prismUrl}`);
    expect(result.stdout).not.toContain("resultType: 'inputRequired'");
    expect(result.stdout).toContain("All four operations succeeded.");
  }, 300_000);
});
