// The vitest projects of every published package: all its tests under the TypeScript it builds
// with (5.9), then its type tests again under TypeScript 7, the version `npm i typescript`
// installs today, so that users' compilers of both lines are covered. One run, one report.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** @param {string} packageDir the package's folder (its vitest config's `import.meta.dirname`) */
export function typeScriptProjects(packageDir) {
  const require = createRequire(join(packageDir, "package.json"));
  // TypeScript 7's exports map hides bin/; the file is there, next to its package.json.
  const typescript7 = join(dirname(require.resolve("typescript7/package.json")), "bin/tsc");
  return [
    { extends: true, test: { name: "ts5.9", typecheck: { enabled: true } } },
    {
      extends: true,
      test: { name: "ts7", typecheck: { enabled: true, only: true, checker: typescript7 } },
    },
  ];
}
