import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** A running Prism mock of `spec/openapi.yaml`. */
export interface PrismMock {
  /** The base URL, such as `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Stops the server and waits for it to exit. */
  close(): Promise<void>;
}

export interface PrismMockOptions {
  /** The OpenAPI document to serve. Defaults to the project's spec. */
  specPath?: string;
  /** How long to wait for Prism to start, in ms. */
  startTimeoutMs?: number;
}

/**
 * Starts Prism on 127.0.0.1 and a free port. Prism answers from the spec's examples and
 * validates every request against it: a request that breaks the spec gets a 4xx with an
 * `sl-violations` header, and a missing API key gets a 401.
 */
export async function startPrismMock(options: PrismMockOptions = {}): Promise<PrismMock> {
  const specPath = options.specPath ?? require.resolve("@composio-client/spec/openapi.yaml");
  const prism = require.resolve("@stoplight/prism-cli/dist/index.js");
  const child = spawn(
    process.execPath,
    [prism, "mock", "--host", "127.0.0.1", "--port", "0", "--errors", specPath],
    { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, FORCE_COLOR: "0" } },
  );
  const stopOnExit = () => child.kill();
  process.once("exit", stopOnExit);
  try {
    const url = await waitForListening(child, options.startTimeoutMs ?? 30_000);
    return {
      url,
      close: async () => {
        process.removeListener("exit", stopOnExit);
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
        child.kill();
        await exited;
      },
    };
  } catch (error) {
    child.kill();
    process.removeListener("exit", stopOnExit);
    throw error;
  }
}

function waitForListening(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () => reject(new Error(`Prism did not start within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Prism is listening on (http:\/\/[^\s]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        child.stdout?.off("data", onData);
        // Keep draining Prism's request log so its pipe never fills up and blocks it.
        child.stdout?.resume();
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Prism exited with code ${code} before listening:\n${output}`));
    });
  });
}
