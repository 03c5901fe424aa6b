import { describe, expect, it } from "vitest";
import { BUILDS } from "../harness/bundle";
import { expectAllPassed } from "../harness/expect-summary";
import { RUN_TIMEOUT_MS, runCli } from "../harness/run-cli";
import { binary } from "../harness/runtimes";

// This machine's Node always starts: it runs these tests.
describe("Node, with the packed packages", () => {
  it(
    "passes every check when imported as ESM",
    async () => {
      const summary = await runCli(binary("node"), [], BUILDS.cliEsm);
      expectAllPassed(summary, /^Node\.js\//, { canListen: true });
      // The README's promise: a refused connection was provably not sent.
      expect(summary.notes.connectionRefused).toMatchObject({ mayHaveExecuted: false });
    },
    RUN_TIMEOUT_MS,
  );

  it(
    "passes every check when required as CommonJS",
    async () => {
      const summary = await runCli(binary("node"), [], BUILDS.cliCjs);
      expectAllPassed(summary, /^Node\.js\//, { canListen: true });
      expect(summary.notes.connectionRefused).toMatchObject({ mayHaveExecuted: false });
    },
    RUN_TIMEOUT_MS,
  );
});
