import { defineConfig } from "tsdown";
import shared from "../../tsdown.config.ts";

// The shared build, with a second entry: the MSW adapter, a subpath so that msw stays optional.
export default defineConfig({ ...shared, entry: ["src/index.ts", "src/msw.ts"] });
