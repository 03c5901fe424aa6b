#!/usr/bin/env node
// Generates the TypeScript types of @composio-client/api-types from the OpenAPI document.
//
//   node scripts/generate-types.mjs            write packages/api-types/src/generated/schema.ts
//   node scripts/generate-types.mjs --check    exit 1 if the committed file differs (drift check)
//   --from <path>                              write the output from an earlier generation (turbo's
//                                              cached copy) instead of generating it again
//   --spec <path> / --out <path>               use another document or output
//
// `pnpm generate` runs this twice through turbo: `generate:types` generates into the git-ignored
// `.generated/` (cached on the spec), then `generate` copies it to `src/generated/`. Turbo hashes
// git-tracked files matching a task's outputs, so caching the committed file directly would
// need a second run to settle after every spec edit.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import openapiTS, { astToString } from "openapi-typescript";

const root = fileURLToPath(new URL("../", import.meta.url));

const { values } = parseArgs({
  options: {
    check: { type: "boolean", default: false },
    from: { type: "string" },
    spec: { type: "string", default: resolve(root, "spec/openapi.yaml") },
    out: { type: "string", default: resolve(root, "packages/api-types/src/generated/schema.ts") },
  },
});

const header = `/**
 * DO NOT EDIT. This file is generated from spec/openapi.yaml by scripts/generate-types.mjs.
 * Change the spec and run \`pnpm generate\` instead.
 */

`;

async function generate() {
  // defaultNonNullable: false keeps request fields that have a default (e.g. `arguments: {}`) optional.
  const ast = await openapiTS(pathToFileURL(resolve(values.spec)), { defaultNonNullable: false });
  return header + astToString(ast);
}

const generated = values.from ? await readFile(resolve(values.from), "utf8") : await generate();
const outPath = resolve(values.out);
const shown = relative(process.cwd(), outPath);
const current = await readFile(outPath, "utf8").catch(() => "");

if (values.check) {
  if (current !== generated) {
    console.error(
      `${shown} is out of date with the spec. Run \`pnpm generate\` and commit the result.`,
    );
    process.exit(1);
  }
  console.log(`${shown} matches the spec.`);
} else if (current === generated) {
  console.log(`${shown} is up to date.`);
} else {
  await mkdir(dirname(outPath), { recursive: true });
  await writeFile(outPath, generated);
  console.log(`Wrote ${shown}`);
}
