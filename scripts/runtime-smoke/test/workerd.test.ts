import { join } from "node:path";
import { Miniflare } from "miniflare";
import { describe, inject, it } from "vitest";
import { BUILDS } from "../harness/bundle";
import { expectAllPassed } from "../harness/expect-summary";
import { RUN_TIMEOUT_MS } from "../harness/run-cli";
import { skipUnlessStarted, whyCannotStart } from "../harness/runtimes";
import type { SmokeSummary } from "../src/smoke";

const unavailable = await whyCannotStart("workerd");

describe("workerd (Cloudflare Workers) through miniflare, with the packed packages bundled", () => {
  it(
    "passes every check without nodejs_compat",
    async ({ skip, onTestFinished }) => {
      skipUnlessStarted(unavailable, skip);
      const dist = join(inject("projectDir"), "dist");
      const worker = new Miniflare({
        modules: true,
        scriptPath: join(dist, BUILDS.worker),
        // Module names are relative to this root, which must hold the script.
        modulesRoot: dist,
        // No compatibility flags: the packages must not need Node's APIs.
        compatibilityDate: "2026-04-01",
        bindings: { MOCK_URL: inject("mockUrl"), REFUSED_URL: inject("refusedUrl") },
      });
      onTestFinished(() => worker.dispose());
      const response = await worker.dispatchFetch("http://smoke.test/");
      expectAllPassed((await response.json()) as SmokeSummary, /^Cloudflare-Workers$/, {
        canListen: false,
      });
    },
    RUN_TIMEOUT_MS,
  );
});
