import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { startPrismMock } from "@composio-client/mock-servers";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const tsx = createRequire(import.meta.url).resolve("tsx/cli");
const demo = fileURLToPath(new URL("../src/demo.ts", import.meta.url));

function runDemo(...args: string[]) {
  return run(process.execPath, [tsx, demo, ...args], {
    env: { ...process.env, COMPOSIO_API_KEY: "demo_api_key" },
  }).catch((error: { code: number; stdout: string; stderr: string }) => error);
}

describe("pnpm demo", () => {
  it("starts the mock, calls all four operations, prints them and exits 0", async () => {
    const result = await runDemo();
    expect("code" in result ? result.code : 0).toBe(0);
    expect(result.stdout).toMatch(/Started a mock of the spec at http:\/\/127\.0\.0\.1:\d+/);
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
  }, 60_000);

  it("uses --base-url instead of starting a mock", async () => {
    const prism = await startPrismMock();
    try {
      const result = await runDemo("--base-url", prism.url);
      expect(result.stdout).toContain(`Using ${prism.url}`);
      expect(result.stdout).toContain("All four operations succeeded.");
    } finally {
      await prism.close();
    }
  }, 60_000);

  it("exits 1 with a typed error when the server cannot be reached", async () => {
    const listener = createServer().listen(0, "127.0.0.1");
    await new Promise((resolve) => listener.once("listening", resolve));
    const { port } = listener.address() as { port: number };
    await new Promise((resolve) => listener.close(resolve));
    const result = await runDemo("--base-url", `http://127.0.0.1:${port}`);
    expect("code" in result && result.code).toBe(1);
    expect(result.stderr).toContain("ComposioConnectionError");
    expect(result.stderr).toContain("ECONNREFUSED");
  }, 60_000);
});
