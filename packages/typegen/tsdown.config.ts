import { defineConfig } from "tsdown";
import shared from "../../tsdown.config";

// The shared build (ESM, CommonJS, types), on Node since the CLI reads and writes files. The
// spec-diff classifier, a workspace devDependency, is bundled in. The command is
// bin/composio-typegen.mjs, committed, which runs dist/index.mjs.
export default defineConfig({ ...shared, platform: "node", target: "node18" });
