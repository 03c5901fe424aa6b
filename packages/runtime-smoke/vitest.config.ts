import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Packs, installs and builds once for every runtime, and starts the Prism mock.
    globalSetup: ["harness/global-setup.ts"],
  },
});
