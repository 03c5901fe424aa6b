#!/usr/bin/env node
// Generates src/spec.gen.ts: what the mock needs from spec/openapi.yaml, as plain data (request
// schemas, security headers, named examples, error envelopes), so that the mock validates
// requests without compiling schemas at run time (no eval: it must run in workerd and browsers).
//
//   node scripts/generate-spec.mjs            write src/spec.gen.ts when it differs
//   node scripts/generate-spec.mjs --check    exit 1 if src/spec.gen.ts differs (drift check)
//   --spec <path> / --out <path>              use another document or output
import { readFile, writeFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parse } from "yaml";

const here = fileURLToPath(new URL("../", import.meta.url));
const { values } = parseArgs({
  options: {
    check: { type: "boolean", default: false },
    spec: { type: "string", default: resolve(here, "../../spec/openapi.yaml") },
    out: { type: "string", default: resolve(here, "src/spec.gen.ts") },
  },
});

// Documentation only: the validator never reads them.
const DOC_KEYS = new Set([
  "description",
  "summary",
  "title",
  "example",
  "examples",
  "deprecated",
  "default",
]);
const SCHEMA_REF = "#/components/schemas/";

export function extract(document) {
  const { components } = document;
  const reachable = new Set();
  const strip = (node) => {
    if (Array.isArray(node)) return node.map(strip);
    if (node === null || typeof node !== "object") return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      if (DOC_KEYS.has(key)) continue;
      if (key === "$ref" && typeof value === "string" && value.startsWith(SCHEMA_REF)) {
        const name = value.slice(SCHEMA_REF.length);
        if (!reachable.has(name)) {
          reachable.add(name);
          strip(components.schemas[name]);
        }
        out.$ref = name;
        continue;
      }
      // `properties` maps field names to schemas: a field named like a doc key is still a field.
      out[key] =
        key === "properties"
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strip(v)]))
          : strip(value);
    }
    return out;
  };
  const example = (entry) =>
    entry.$ref ? components.examples[entry.$ref.split("/").pop()].value : entry.value;
  const response = (entry) =>
    entry.$ref ? components.responses[entry.$ref.split("/").pop()] : entry;

  const operations = {};
  const errors = {};
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      // The mock serves the four tool-execution calls; the GETs that describe tools are for
      // composio-typegen, whose tests read saved definitions instead.
      if (method !== "post") continue;
      const parameters = (operation.parameters ?? []).map((p) =>
        p.$ref ? components.parameters[p.$ref.split("/").pop()] : p,
      );
      const security = (operation.security ?? document.security).flatMap((requirement) =>
        Object.keys(requirement).map((name) => components.securitySchemes[name].name),
      );
      const body = operation.requestBody.content["application/json"];
      const ok = operation.responses["200"].content["application/json"];
      const examples = ok.examples
        ? Object.fromEntries(Object.entries(ok.examples).map(([name, e]) => [name, example(e)]))
        : { default: ok.example };
      for (const [status, entry] of Object.entries(operation.responses)) {
        if (status === "200") continue;
        errors[status] ??= response(entry).content["application/json"].example.error;
      }
      operations[operation.operationId] = {
        method: method.toUpperCase(),
        path,
        pathParams: parameters.filter((p) => p.in === "path").map((p) => p.name),
        security,
        body: strip(body.schema),
        examples,
        statuses: Object.keys(operation.responses).map(Number),
      };
    }
  }
  const schemas = Object.fromEntries(
    [...reachable].sort().map((name) => [name, strip(components.schemas[name])]),
  );
  return { operations, schemas, errors };
}

export function render(data) {
  const json = (value) => JSON.stringify(value, null, 2);
  return `/**
 * DO NOT EDIT. This file is generated from spec/openapi.yaml by
 * packages/testing/scripts/generate-spec.mjs. Change the spec and run \`pnpm generate\` instead.
 */
import type { SpecData } from "./spec-data";

export const SPEC: SpecData = ${json(data)};
`;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const generated = render(extract(parse(await readFile(resolve(values.spec), "utf8"))));
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
    await writeFile(outPath, generated);
    console.log(`Wrote ${shown}`);
  }
}
