import { defineConfig } from "tsdown";
import shared from "../../tsdown.config";

// The library: the shared build (ESM, CommonJS, types), on Node since the CLI reads and writes
// files. The spec-diff classifier, a workspace devDependency, is bundled in.
// The command: one self-contained ES module with its shebang, no types, next to it.
export default defineConfig([
  { ...shared, platform: "node", target: "node18" },
  {
    ...shared,
    entry: ["src/bin.ts"],
    format: ["esm"],
    dts: false,
    clean: false,
    platform: "node",
    target: "node18",
  },
]);
