import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import type { TestContext } from "vitest";

const run = promisify(execFile);
const require = createRequire(import.meta.url);

// Where each runtime's binary is: npm packages ship them, Debian ships Chromium. Each throws
// when the package is not installed or has no binary for this platform.
const locate = {
  node: () => process.execPath,
  // Put in place by the package's postinstall (allowed in pnpm-workspace.yaml).
  bun: () => join(dirname(require.resolve("bun/package.json")), "bin", "bun.exe"),
  deno: () => join(dirname(require.resolve("deno/package.json")), "deno"),
  // The binary miniflare runs: its dependency, not ours.
  workerd: () => createRequire(require.resolve("miniflare"))("workerd").default as string,
  chromium: () => process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
};

export type Runtime = keyof typeof locate;

/** The path of `runtime`'s binary. */
export function binary(runtime: Runtime): string {
  return locate[runtime]();
}

/**
 * Why `runtime` cannot start on this machine (not installed, no binary for this CPU or OS, a
 * broken install), or undefined when `<binary> --version` runs. Only then is a runtime skipped.
 */
export async function whyCannotStart(runtime: Runtime): Promise<string | undefined> {
  let path: string;
  try {
    path = binary(runtime);
  } catch (error) {
    return `no ${runtime} binary for ${process.platform}-${process.arch}: ${(error as Error).message}`;
  }
  try {
    await run(path, ["--version"], { timeout: 120_000 });
    return undefined;
  } catch (error) {
    const { code, signal, stderr, message } = error as {
      code?: string | number;
      signal?: string;
      stderr?: string;
      message: string;
    };
    const detail = stderr?.trim().split("\n")[0] || message.split("\n")[0];
    return `${path} --version failed (${signal ?? code}): ${detail}`;
  }
}

/** Skips the running test, saying why, when the runtime cannot start; never passes it silently. */
export function skipUnlessStarted(reason: string | undefined, skip: TestContext["skip"]): void {
  if (reason === undefined) return;
  console.warn(`Skipped: ${reason}`);
  skip(reason);
}
