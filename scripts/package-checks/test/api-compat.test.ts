// Proves that public-api.test-d.ts guards users: types generated from a breaking spec edit make
// it fail to compile, at the line a user's code would break; an additive edit still compiles.
// The built wrappers are checked against the new types by mapping @composio-client/api-types to
// a copy of its source next to the freshly generated schema. The edits are made on the parsed
// spec and pick their targets from it, so they keep working as the spec evolves.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL("../../../", import.meta.url));
const checks = fileURLToPath(new URL("../", import.meta.url));
const publicApi = join(checks, "test/public-api.test-d.ts");
const specText = readFileSync(join(root, "spec/openapi.yaml"), "utf8");
const dirs: string[] = [];

interface Schema {
  required?: string[];
  properties: Record<string, unknown>;
  enum: string[];
}
/** The schemas the edits touch; the rest of the spec is passed through. */
interface Schemas {
  SessionExecuteRequest: Schema;
  SessionToolCompleted: Schema;
  SessionToolFailed: Schema;
  SessionToolLegacyResult: Schema;
  MetaToolSlug: Schema;
}
// The session results that ran a tool: each promises `log_id`. (SessionExecuteResponse is their
// oneOf, with the pause, so the edits go to the branches.)
const RAN = ["SessionToolCompleted", "SessionToolFailed", "SessionToolLegacyResult"] as const;
const schemasOf = (spec: { components: { schemas: Schemas } }) => spec.components.schemas;
const current = schemasOf(parse(specText));

afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

/** Type-checks public-api.test-d.ts against types generated from an edited copy of the spec. */
async function compileAgainst(edit: (schemas: Schemas) => void) {
  const dir = await mkdtemp(join(tmpdir(), "api-compat-"));
  dirs.push(dir);
  const spec = parse(specText);
  edit(schemasOf(spec));
  const specFile = join(dir, "openapi.json");
  await writeFile(specFile, JSON.stringify(spec));
  await mkdir(join(dir, "api-types"));
  const schema = join(dir, "api-types/generated/schema.ts");
  const generator = join(root, "scripts/generate-types.mjs");
  await run(process.execPath, [generator, "--spec", specFile, "--out", schema], { cwd: root });
  await copyFile(join(root, "packages/api-types/src/index.ts"), join(dir, "api-types/index.ts"));
  const tsconfig = {
    extends: join(checks, "tsconfig.json"),
    compilerOptions: {
      typeRoots: [join(checks, "node_modules/@types")],
      paths: { "@composio-client/api-types": [join(dir, "api-types/index.ts")] },
    },
    files: [publicApi],
    include: [],
  };
  await writeFile(join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
  const tsc = require.resolve("typescript/bin/tsc");
  return run(process.execPath, [tsc, "-p", join(dir, "tsconfig.json"), "--pretty", "false"]).then(
    () => ({ code: 0, errors: [] as string[] }),
    (error: { code: number; stdout: string }) => ({
      code: error.code,
      errors: error.stdout.split("\n").filter((line) => line.includes("error TS")),
    }),
  );
}

/** `public-api.test-d.ts(<line>,` for the line of public-api.test-d.ts containing `text`. */
async function lineOf(text: string): Promise<string> {
  const lines = (await readFile(publicApi, "utf8")).split("\n");
  const index = lines.findIndex((line) => line.includes(text));
  expect(index, `public-api.test-d.ts should contain ${text}`).toBeGreaterThanOrEqual(0);
  return `public-api.test-d.ts(${index + 1},`;
}

describe.concurrent("the public API type test, against types regenerated from an edited spec", () => {
  it("compiles after additive edits: an optional field, a meta tool, a response field", async () => {
    const result = await compileAgainst((schemas) => {
      schemas.SessionExecuteRequest.properties.compat_probe = { type: "integer" };
      schemas.MetaToolSlug.enum.push("COMPOSIO_COMPAT_PROBE");
      schemas.SessionToolCompleted.properties.compat_probe = { type: "number" };
    });
    expect(result).toEqual({ code: 0, errors: [] });
  }, 300_000);

  it("fails where users read `log_id` when it is no longer guaranteed", async () => {
    const result = await compileAgainst((schemas) => {
      for (const name of RAN) {
        const response = schemas[name];
        response.required = response.required?.filter((field) => field !== "log_id") ?? [];
      }
    });
    const line = await lineOf("expectTypeOf(response.log_id).toEqualTypeOf<string>()");
    expect(result.code).not.toBe(0);
    expect(result.errors.filter((error) => error.includes(line))).toHaveLength(1);
  }, 300_000);

  it("fails where users call a meta tool the spec removed", async () => {
    // public-api.test-d.ts calls every meta tool (spec-lists.test.ts holds it to the spec).
    const removed = current.MetaToolSlug.enum.at(-1);
    const result = await compileAgainst((schemas) => {
      schemas.MetaToolSlug.enum.pop();
    });
    const line = await lineOf(`session.executeMeta("${removed}"`);
    expect(result.code).not.toBe(0);
    expect(result.errors.filter((error) => error.includes(line))).toEqual([
      expect.stringContaining(`"${removed}"`),
    ]);
  }, 300_000);

  it("fails where users omit a field the spec made required", async () => {
    const result = await compileAgainst((schemas) => {
      const request = schemas.SessionExecuteRequest;
      request.properties.compat_probe = { type: "string" };
      request.required = [...(request.required ?? []), "compat_probe"];
    });
    const line = await lineOf('{ path, body: { tool_slug: "X" } });');
    expect(result.code).not.toBe(0);
    expect(result.errors.filter((error) => error.includes(line))).toHaveLength(1);
  }, 300_000);
});
