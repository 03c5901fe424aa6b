import { chromium } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { expectAllPassed } from "../harness/expect-summary";
import { startPageServer } from "../harness/page-server";
import { RUN_TIMEOUT_MS } from "../harness/run-cli";
import { binary, skipUnlessStarted, whyCannotStart } from "../harness/runtimes";
import type { SmokeSummary } from "../src/smoke";

const unavailable = await whyCannotStart("chromium");
// Debian's Chromium, never a downloaded build; and nothing in it may reach the network.
const LAUNCH_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

describe("headless Chromium, with the packed packages bundled into a page", () => {
  it(
    "passes every check, and refuses a client without dangerouslyAllowBrowser",
    async ({ skip, onTestFinished }) => {
      skipUnlessStarted(unavailable, skip);
      const server = await startPageServer(inject("projectDir"));
      onTestFinished(() => server.close());
      // Playwright's own 30 s defaults are guesses; the test's limit is the only one, for a hang.
      const browser = await chromium.launch({
        executablePath: binary("chromium"),
        args: LAUNCH_ARGS,
        timeout: RUN_TIMEOUT_MS,
      });
      onTestFinished(() => browser.close());

      const page = await browser.newPage();
      page.setDefaultTimeout(RUN_TIMEOUT_MS);
      const pageErrors: string[] = [];
      page.on("pageerror", (error) => pageErrors.push(error.message));
      const query = new URLSearchParams({ api: inject("mockUrl"), refused: inject("refusedUrl") });
      await page.goto(`${server.url}/?${query}`);
      const summary = await page
        .waitForFunction(() => (window as { smokeSummary?: SmokeSummary }).smokeSummary)
        .then((handle) => handle.jsonValue() as Promise<SmokeSummary>)
        .catch((error: Error) => {
          throw new Error(`${error.message}\npage errors: ${pageErrors.join("\n")}`);
        });
      // Its "browser opt-in" check expects the ComposioConfigError without the flag.
      expectAllPassed(summary, /HeadlessChrome\//, { canListen: false });
      expect(pageErrors).toEqual([]);
    },
    RUN_TIMEOUT_MS,
  );

  it("can call the mock server cross-origin: its preflight allows x-api-key and a JSON body", async () => {
    // What Chromium asks before each POST of the smoke program, from the page's origin.
    const url = `${inject("mockUrl")}/api/v3/tools/execute/GITHUB_CREATE_AN_ISSUE`;
    const response = await fetch(url, {
      method: "OPTIONS",
      headers: {
        origin: "http://127.0.0.1:8080",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type,prefer,x-api-key",
      },
    });
    expect(response.ok).toBe(true);
    expect(response.headers.get("access-control-allow-origin")).toMatch(
      /^(\*|http:\/\/127\.0\.0\.1:8080)$/,
    );
    expect(response.headers.get("access-control-allow-methods")).toMatch(/POST|\*/);
    const allowed = response.headers.get("access-control-allow-headers")?.toLowerCase() ?? "";
    for (const header of ["content-type", "prefer", "x-api-key"]) {
      expect(allowed === "*" || allowed.split(/\s*,\s*/).includes(header), header).toBe(true);
    }
  });
});
