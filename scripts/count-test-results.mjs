#!/usr/bin/env node
// Sums vitest's JSON reports (test-results.json) of every workspace package that has a test
// script and prints "N passed, N failed" last, after a line counting skipped tests if any (a
// runtime that cannot start here). A missing report, or a test file that failed to load, counts
// as one failure. Given `pnpm test`'s exit status (`--status N`), a run that failed with every
// test passing (lint or typecheck failed) counts as one failure too, so that the line never
// reads "0 failed" for a red run.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
// Every workspace package as pnpm reads pnpm-workspace.yaml (published and private alike), so
// that a package added or moved is counted without a list to update here.
const workspace = JSON.parse(
  execFileSync("pnpm", ["ls", "--recursive", "--depth", "-1", "--json"], {
    cwd: root,
    encoding: "utf8",
  }),
);
const dirs = workspace.map((entry) => relative(root, entry.path)).filter((dir) => dir !== "");

let passed = 0;
let failed = 0;
let skipped = 0;
for (const dir of dirs) {
  const manifest = join(root, dir, "package.json");
  if (!existsSync(manifest) || !JSON.parse(readFileSync(manifest, "utf8")).scripts?.test) continue;
  const report = join(root, dir, "test-results.json");
  if (!existsSync(report)) {
    console.error(`${dir}: no test results (its tests did not run)`);
    failed += 1;
    continue;
  }
  const results = JSON.parse(readFileSync(report, "utf8"));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  skipped += results.numPendingTests;
  // A file that failed to load or typecheck has no failed test of its own: count it once.
  failed += results.testResults.filter(
    (file) => file.status === "failed" && !file.assertionResults.some((t) => t.status === "failed"),
  ).length;
}
const statusAt = process.argv.indexOf("--status");
const status = statusAt === -1 ? 0 : Number(process.argv[statusAt + 1]);
if (status !== 0 && failed === 0) {
  console.error(
    `pnpm test exited with ${status} although every test passed: lint or typecheck failed (see above)`,
  );
  failed += 1;
}
// CI reads the last line, which must stay exactly "N passed, N failed".
if (skipped > 0) console.log(`${skipped} skipped (a runtime that cannot start here; see above)`);
console.log(`${passed} passed, ${failed} failed`);
