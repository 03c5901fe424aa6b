import { expect } from "vitest";
import type { SmokeSummary } from "../src/smoke";

const CHECKS = [
  "tools.execute",
  "session.execute",
  "input required, answered",
  "session.executeMeta",
  "session.proxyExecute",
  "createProxyFetch",
  "proxyFetch download",
  "proxyExecute with bytes",
  "validation error",
  "api error",
  "connection error",
  "mock: an agent step",
  "mock: the spec's rules and errors",
  "mock: faults",
  "ai: an agent turn",
];
/** Only where node:http exists (Node, Bun, Deno). */
const LISTEN_CHECKS = ["mock: over HTTP"];

/** Every check ran and passed, in the runtime the test meant to run it in. */
export function expectAllPassed(
  summary: SmokeSummary,
  runtime: RegExp,
  { canListen }: { canListen: boolean },
): void {
  expect(summary.failures).toEqual([]);
  expect(summary.passed).toEqual([
    ...CHECKS,
    ...(canListen ? LISTEN_CHECKS : []),
    "browser opt-in",
  ]);
  expect(summary.runtime).toMatch(runtime);
}
