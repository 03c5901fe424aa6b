import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { inject } from "vitest";
import type { SmokeSummary } from "../src/smoke";

const run = promisify(execFile);
/** The limit of one run of the smoke program: it only catches a hang, on a loaded 2-core machine. */
export const RUN_TIMEOUT_MS = 300_000;

/**
 * Runs the built smoke program with `binary args... <entry> <mockUrl> <refusedUrl>` in the
 * packed project and returns the summary it prints.
 */
export async function runCli(binary: string, args: string[], entry: string): Promise<SmokeSummary> {
  const project = inject("projectDir");
  const { stdout, stderr } = await run(
    binary,
    [...args, join("dist", entry), inject("mockUrl"), inject("refusedUrl")],
    { cwd: project, timeout: RUN_TIMEOUT_MS, env: { ...process.env, NO_COLOR: "1" } },
  ).catch((error: { message: string; stdout?: string; stderr?: string }) => {
    throw new Error(`${error.message}\nstdout: ${error.stdout}\nstderr: ${error.stderr}`);
  });
  const line = stdout.trim().split("\n").at(-1) ?? "";
  try {
    return JSON.parse(line) as SmokeSummary;
  } catch {
    throw new Error(`no summary in the output.\nstdout: ${stdout}\nstderr: ${stderr}`);
  }
}
