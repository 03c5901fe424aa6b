import { describe, expect, it } from "vitest";
import { BUILDS } from "../harness/bundle";
import { expectAllPassed } from "../harness/expect-summary";
import { RUN_TIMEOUT_MS, runCli } from "../harness/run-cli";
import { binary, skipUnlessStarted, whyCannotStart } from "../harness/runtimes";

const unavailable = await whyCannotStart("deno");

describe("Deno, with the packed packages", () => {
  it(
    "passes every check with network access to loopback only",
    async ({ skip }) => {
      skipUnlessStarted(unavailable, skip);
      // No --allow-env: reading COMPOSIO_* must not need it. --no-prompt: deny, never ask.
      const args = ["run", "--no-prompt", "--allow-net=127.0.0.1"];
      const summary = await runCli(binary("deno"), args, BUILDS.cliEsm);
      expectAllPassed(summary, /^Deno\//, { canListen: true });
      // Deno's refusal has no error code, only words; they say the request never left.
      expect(summary.notes.connectionRefused).toMatchObject({ mayHaveExecuted: false });
    },
    RUN_TIMEOUT_MS,
  );
});
