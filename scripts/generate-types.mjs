#!/usr/bin/env node
// Generates the TypeScript types of @composio-client/api-types from the OpenAPI document.
//
//   node scripts/generate-types.mjs            write packages/api-types/src/generated/schema.ts
//   node scripts/generate-types.mjs --check    exit 1 if the committed file differs (drift check)
//   --spec <path> / --out <path>               use another document or output (used by the tests)
import { readFile, writeFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import openapiTS, { astToString } from "openapi-typescript";

const root = fileURLToPath(new URL("../", import.meta.url));

const { values } = parseArgs({
  options: {
    check: { type: "boolean", default: false },
    spec: { type: "string", default: resolve(root, "spec/openapi.yaml") },
    out: { type: "string", default: resolve(root, "packages/api-types/src/generated/schema.ts") },
  },
});

const header = `/**
 * DO NOT EDIT. This file is generated from spec/openapi.yaml by scripts/generate-types.mjs.
 * Change the spec and run \`pnpm generate\` instead.
 */

`;

// defaultNonNullable: false keeps request fields that have a default (e.g. `arguments: {}`) optional.
const ast = await openapiTS(pathToFileURL(resolve(values.spec)), { defaultNonNullable: false });
const generated = header + astToString(ast);
const outPath = resolve(values.out);
const shown = relative(process.cwd(), outPath);

if (values.check) {
  const committed = await readFile(outPath, "utf8").catch(() => "");
  if (committed !== generated) {
    console.error(
      `${shown} is out of date with the spec. Run \`pnpm generate\` and commit the result.`,
    );
    process.exit(1);
  }
  console.log(`${shown} matches the spec.`);
} else {
  await writeFile(outPath, generated);
  console.log(`Wrote ${shown}`);
}
