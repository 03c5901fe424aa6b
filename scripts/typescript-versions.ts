// The TypeScript versions users' code is checked with: 5.9, the newest 5.x (and the one
// openapi-typescript runs on), and the 7.x that `npm i typescript` installs today. Each package
// that compiles with them lists both as devDependencies (`typescript`, `typescript7`).
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** Each compiler by name, with its `tsc` entry, resolved from `packageDir`. */
export function typeScriptCompilers(packageDir: string) {
  const require = createRequire(join(packageDir, "package.json"));
  return [
    ["TypeScript 5.9", require.resolve("typescript/bin/tsc")],
    // TypeScript 7's exports map hides bin/; the file is there, next to its package.json.
    ["TypeScript 7", join(dirname(require.resolve("typescript7/package.json")), "bin/tsc")],
  ] as const;
}

/**
 * The vitest projects of every published package: all its tests under the TypeScript it builds
 * with, then its type tests again under TypeScript 7, with that version's `tsc` as the checker.
 * One run, one report.
 */
export function typeScriptProjects(packageDir: string) {
  const [, [, typescript7]] = typeScriptCompilers(packageDir);
  return [
    { extends: true, test: { name: "ts5.9", typecheck: { enabled: true } } },
    {
      extends: true,
      test: { name: "ts7", typecheck: { enabled: true, only: true, checker: typescript7 } },
    },
  ];
}
