import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const tsx = createRequire(import.meta.url).resolve("tsx/cli");
const demo = fileURLToPath(new URL("../src/demo.ts", import.meta.url));

// The demo against Prism is in scripts/contract, which shares one Prism for the whole run.
describe("pnpm demo", () => {
  it("exits 1 with a typed error when the server cannot be reached", async () => {
    const listener = createServer().listen(0, "127.0.0.1");
    await new Promise((resolve) => listener.once("listening", resolve));
    const { port } = listener.address() as { port: number };
    await new Promise((resolve) => listener.close(resolve));
    const result = await run(
      process.execPath,
      [tsx, demo, "--base-url", `http://127.0.0.1:${port}`],
      {
        env: { ...process.env, COMPOSIO_API_KEY: "demo_api_key" },
      },
    ).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect("code" in result && result.code).toBe(1);
    expect(result.stderr).toContain("ComposioConnectionError");
    expect(result.stderr).toContain("ECONNREFUSED");
  }, 300_000);
});
