import { expect } from "vitest";
import type { SmokeSummary } from "../src/smoke";

const CHECKS = [
  "tools.execute",
  "session.execute",
  "input required, answered",
  "session.executeMeta",
  "session.proxyExecute",
  "session.proxyFetch",
  "proxyFetch download",
  "validation error",
  "api error",
  "connection error",
  "browser opt-in",
];

/** Every check ran and passed, in the runtime the test meant to run it in. */
export function expectAllPassed(summary: SmokeSummary, runtime: RegExp): void {
  expect(summary.failures).toEqual([]);
  expect(summary.passed).toEqual(CHECKS);
  expect(summary.runtime).toMatch(runtime);
}
