// The testing package's README example, exactly as written there, run as a user would run it:
// the packed tarballs and vitest installed with npm into a fresh project, type-checked, then run.
import { readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { installIntoNewProject } from "../src/packed";
import { packagesDir, packedTarballs, run } from "./tarballs";

const require = createRequire(import.meta.url);
const VITEST = `vitest@${require("vitest/package.json").version}`;
let project: string;
let example: string;

beforeAll(async () => {
  const readme = await readFile(join(packagesDir, "testing/README.md"), "utf8");
  // The fenced block whose info string names the test file.
  const block = /```ts agent\.test\.ts\n([\s\S]*?)```/.exec(readme);
  if (!block?.[1]) throw new Error("packages/testing/README.md has no ```ts agent.test.ts block");
  example = block[1];
  const tarballs = packedTarballs();
  project = await installIntoNewProject([...Object.values(tarballs), VITEST], { type: "module" });
  await writeFile(join(project, "agent.test.ts"), example);
}, 600_000);
// The project is a few hundred MB of node_modules: never left behind in the temp folder.
afterAll(() => (project ? rm(project, { recursive: true, force: true }) : undefined));

it("type-checks against the packed packages", async () => {
  const tsc = require.resolve("typescript/bin/tsc");
  const args = ["--noEmit", "--strict", "--target", "es2022", "--lib", "es2022,dom"];
  const result = await run(
    process.execPath,
    [
      tsc,
      ...args,
      "--module",
      "esnext",
      "--moduleResolution",
      "bundler",
      "--skipLibCheck",
      "agent.test.ts",
    ],
    { cwd: project },
  ).then(
    () => "compiled",
    (error: { stdout: string }) => error.stdout,
  );
  expect(result).toBe("compiled");
}, 300_000);

it("passes with vitest: every call kind, a pause, a 429 retried, counted executions", async () => {
  const vitest = join(project, "node_modules/vitest/vitest.mjs");
  await run(process.execPath, [vitest, "run", "--reporter=json", "--outputFile=results.json"], {
    cwd: project,
    env: { ...process.env, CI: "1" },
  }).catch((error: { stdout: string; stderr: string }) => {
    throw new Error(`the README's test failed:\n${error.stdout}\n${error.stderr}`);
  });
  const results = JSON.parse(await readFile(join(project, "results.json"), "utf8"));
  expect(results.numFailedTests).toBe(0);
  expect(results.numPassedTests).toBe(2);
  // The example drives each operation, pauses, is rate limited, and asserts the recorded calls
  // and the execution counts; make sure it still does.
  for (const call of [
    "tools.execute",
    "session.execute",
    "executeMeta",
    "proxyExecute",
    "inputRequired",
    "respond",
    "failNext",
    "mock.calls",
    "executions",
  ]) {
    expect(example, call).toContain(call.includes(".") ? call : `${call}(`);
  }
  expect(example, "a 429").toMatch(/failNext\([^)]*"rate-limit"/);
}, 300_000);
