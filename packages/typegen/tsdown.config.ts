import { defineConfig } from "tsdown";
import shared from "../../tsdown.config";

// The shared build, plus the command's entry, on Node (the CLI reads and writes files). The
// spec-diff classifier (a workspace devDependency) is bundled in, not depended on.
export default defineConfig({
  ...shared,
  entry: ["src/index.ts", "src/bin.ts"],
  platform: "node",
  target: "node18",
});
