import { existsSync, readFileSync } from "node:fs";
import { defineConfig } from "tsdown";

// One entry per subpath the package's package.json exports, so that its exports are the one list
// of what it builds: "." from src/index.ts, "./x" from src/x.ts or src/x/index.ts (core's
// `./common` and `./internal`, testing's `./msw`).
const { exports } = JSON.parse(readFileSync("package.json", "utf8"));
function entryOf(subpath: string): [name: string, source: string] {
  if (subpath === ".") return ["index", "src/index.ts"];
  const name = subpath.slice(2);
  return [name, existsSync(`src/${name}.ts`) ? `src/${name}.ts` : `src/${name}/index.ts`];
}

// Shared build of every public package: ESM and CommonJS with matching declarations,
// for any runtime (platform "neutral": no Node built-ins are assumed).
export default defineConfig({
  // Each package runs `tsdown --config ../../tsdown.config.ts` from its own folder.
  cwd: process.cwd(),
  entry: Object.fromEntries(
    Object.keys(exports)
      .filter((subpath) => subpath !== "./package.json")
      .map(entryOf),
  ),
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
