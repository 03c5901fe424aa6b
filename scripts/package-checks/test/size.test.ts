// size-limit budgets (esbuild, minified, gzipped, openapi-fetch included): deterministic, so
// they belong in the tests. The budgets live in ../.size-limit.json.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, expect, it } from "vitest";
import { run } from "./tarballs";

interface Measured {
  name: string;
  size: number;
  passed?: boolean;
}

const dir = fileURLToPath(new URL("..", import.meta.url));
const budgets: { name: string; limit: string }[] = JSON.parse(
  await readFile(join(dir, ".size-limit.json"), "utf8"),
);
let measured: Measured[];
beforeAll(async () => {
  const cli = join(createRequire(import.meta.url).resolve("size-limit/package.json"), "../bin.js");
  // size-limit exits 1 when a budget is exceeded; the JSON says which.
  const { stdout } = await run(process.execPath, [cli, "--json"], { cwd: dir }).catch(
    (error: { stdout: string }) => error,
  );
  measured = JSON.parse(stdout);
}, 600_000);

it.each(budgets.map((budget) => [budget.name, budget.limit]))("%s stays within %s", (name) => {
  const entry = measured.find((m) => m.name === name);
  expect(entry, `size-limit measured no entry named ${name}`).toBeDefined();
  expect(entry?.passed, `${name} is ${entry?.size} bytes`).toBe(true);
});
