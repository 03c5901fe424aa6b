import { describe, expect, it } from "vitest";
import { BUILDS } from "../harness/bundle";
import { expectAllPassed } from "../harness/expect-summary";
import { RUN_TIMEOUT_MS, runCli } from "../harness/run-cli";
import { binary, skipUnlessStarted, whyCannotStart } from "../harness/runtimes";

const unavailable = await whyCannotStart("bun");

describe("Bun, with the packed packages", () => {
  it(
    "passes every check",
    async ({ skip }) => {
      skipUnlessStarted(unavailable, skip);
      // --no-install: resolve from the project's node_modules only, never Bun's auto-install.
      const summary = await runCli(binary("bun"), ["--no-install"], BUILDS.cliEsm);
      expectAllPassed(summary, /^Bun\//, { canListen: true });
      // The README's promise: a refused connection was provably not sent.
      expect(summary.notes.connectionRefused).toMatchObject({ mayHaveExecuted: false });
    },
    RUN_TIMEOUT_MS,
  );
});
