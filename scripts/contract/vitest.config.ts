import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // One Prism for every file of the suite, started before the first test.
    globalSetup: ["setup/prism.ts"],
  },
});
