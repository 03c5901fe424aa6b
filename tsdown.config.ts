import { existsSync } from "node:fs";
import { defineConfig } from "tsdown";

// A package may add an internal entry (core's `@composio-client/core/internal`, the wrappers'
// plumbing), built beside the public one.
const INTERNAL_ENTRY = "src/internal/index.ts";

// Shared build of every public package: ESM and CommonJS with matching declarations,
// for any runtime (platform "neutral": no Node built-ins are assumed).
export default defineConfig({
  // Each package runs `tsdown --config ../../tsdown.config.ts` from its own folder.
  cwd: process.cwd(),
  entry: existsSync(INTERNAL_ENTRY)
    ? { index: "src/index.ts", internal: INTERNAL_ENTRY }
    : { index: "src/index.ts" },
  format: ["esm", "cjs"],
  platform: "neutral",
  target: "es2022",
  dts: true,
  sourcemap: false,
  clean: true,
  fixedExtension: true,
  // The JSDoc lives in the .d.mts/.d.cts files, where editors read it; the JavaScript ships lean.
  outputOptions: { comments: { jsdoc: false, annotation: true, legal: true } },
});
