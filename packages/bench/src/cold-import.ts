// Time to import a package in a fresh Node process: resolution, reading and evaluating its
// modules, measured inside the process so that Node's own start-up is not counted.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { median, rotate } from "./stats";

const run = promisify(execFile);

export interface Importable {
  name: string;
  specifier: string;
  /** Where to resolve `specifier` from. */
  cwd: string;
}

async function importOnce(target: Importable): Promise<number> {
  const script = `const s = performance.now(); await import(${JSON.stringify(target.specifier)}); console.log(performance.now() - s);`;
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], {
    cwd: target.cwd,
  });
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
