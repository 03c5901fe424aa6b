import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Packs, installs and builds once for every runtime, and serves the mock over HTTP.
    globalSetup: ["harness/global-setup.ts"],
  },
});
