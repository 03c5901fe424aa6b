// Time to import a package in a fresh Node process: resolution, reading and evaluating its
// modules, measured inside the process so that Node's own start-up is not counted.
import { execFile } from "node:child_process";
import { cpus } from "node:os";
import { promisify } from "node:util";
import { median, rotate } from "./stats";

const run = promisify(execFile);

export interface Importable {
  name: string;
  specifier: string;
  /** Where to resolve `specifier` from. */
  cwd: string;
}

// The bench's own process is pinned to one CPU; a fresh Node gets them all back, as a user's would.
const allCpus = process.env.COMPOSIO_BENCH_PINNED
  ? ["taskset", "-c", `0-${cpus().length - 1}`]
  : [];

async function importOnce(target: Importable): Promise<number> {
  const script = `const s = performance.now(); await import(${JSON.stringify(target.specifier)}); console.log(performance.now() - s);`;
  const argv = [...allCpus, process.execPath, "--input-type=module", "-e", script];
  const [command = process.execPath, ...args] = argv;
  const { stdout } = await run(command, args, { cwd: target.cwd });
  return Number(stdout.trim());
}

/**
 * Median milliseconds over `rounds` interleaved fresh processes per package, or the reason a
 * package cannot be imported on this Node at all.
 */
export async function measureColdImport(
  targets: readonly Importable[],
  { rounds = 25 } = {},
): Promise<Map<string, number | string>> {
  const result = new Map<string, number | string>();
  const importable: Importable[] = [];
  for (const target of targets) {
    // The warm-up import, which also fills the file cache; a failure here is reported.
    try {
      await importOnce(target);
      importable.push(target);
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr ?? String(error);
      const reason = stderr.split("\n").find((line) => /Error/.test(line)) ?? "import failed";
      result.set(
        target.name,
        `fails on Node ${process.versions.node}: ${reason.trim().slice(0, 120)}`,
      );
    }
  }
  const samples = new Map<string, number[]>(importable.map((t) => [t.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const target of rotate(importable, round))
      samples.get(target.name)?.push(await importOnce(target));
  }
  for (const [name, values] of samples) result.set(name, median(values));
  return result;
}
