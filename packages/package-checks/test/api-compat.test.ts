// Proves that public-api.test-d.ts guards users: types generated from a breaking spec edit make
// it fail to compile, at the line a user's code would break; an additive edit still compiles.
// The built wrappers are checked against the new types by mapping @composio-client/api-types to
// a copy of its source next to the freshly generated schema.
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL("../../../", import.meta.url));
const checks = fileURLToPath(new URL("../", import.meta.url));
const publicApi = join(checks, "test/public-api.test-d.ts");
const dirs: string[] = [];

afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

function replaceOnce(text: string, search: string, replacement: string): string {
  expect(text.split(search)).toHaveLength(2);
  return text.replace(search, replacement);
}

/** Type-checks public-api.test-d.ts against types generated from the edited spec. */
async function compileAgainst(edit: (spec: string) => string) {
  const dir = await mkdtemp(join(tmpdir(), "api-compat-"));
  dirs.push(dir);
  const spec = join(dir, "openapi.yaml");
  await writeFile(spec, edit(await readFile(join(root, "spec/openapi.yaml"), "utf8")));
  await mkdir(join(dir, "api-types"));
  const schema = join(dir, "api-types/generated/schema.ts");
  const generator = join(root, "scripts/generate-types.mjs");
  await run(process.execPath, [generator, "--spec", spec, "--out", schema], { cwd: root });
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
  expect(index).toBeGreaterThanOrEqual(0);
  return `public-api.test-d.ts(${index + 1},`;
}

describe.concurrent("the public API type test, against types regenerated from an edited spec", () => {
  it("compiles after additive edits: an optional field, a meta tool, a response field", async () => {
    const result = await compileAgainst((spec) => {
      let edited = replaceOnce(
        spec,
        "        account:\n",
        "        priority:\n          type: integer\n        account:\n",
      );
      edited = replaceOnce(
        edited,
        "        - COMPOSIO_GET_TOOL_SCHEMAS\n",
        "        - COMPOSIO_GET_TOOL_SCHEMAS\n        - COMPOSIO_NEW_TOOL\n",
      );
      return replaceOnce(
        edited,
        "      required: [data, error, log_id]\n      properties:\n",
        "      required: [data, error, log_id]\n      properties:\n        cost:\n          type: number\n",
      );
    });
    expect(result).toEqual({ code: 0, errors: [] });
  }, 60_000);

  it("fails where users read `log_id` when it is no longer guaranteed", async () => {
    const result = await compileAgainst((spec) =>
      replaceOnce(spec, "required: [data, error, log_id]", "required: [data, error]"),
    );
    expect(result.code).not.toBe(0);
    const line = await lineOf("expectTypeOf(response.log_id).toEqualTypeOf<string>()");
    expect(result.errors.some((error) => error.includes(line))).toBe(true);
  }, 60_000);

  it("fails where users call a meta tool the spec removed", async () => {
    const result = await compileAgainst((spec) =>
      replaceOnce(spec, "        - COMPOSIO_GET_TOOL_SCHEMAS\n", ""),
    );
    expect(result.code).not.toBe(0);
    const line = await lineOf('session.executeMeta("COMPOSIO_GET_TOOL_SCHEMAS"');
    expect(result.errors.filter((error) => error.includes(line))).toEqual([
      expect.stringContaining('"COMPOSIO_GET_TOOL_SCHEMAS"'),
    ]);
  }, 60_000);

  it("fails where users omit a field the spec made required", async () => {
    const result = await compileAgainst((spec) =>
      replaceOnce(spec, "required: [tool_slug]", "required: [tool_slug, account]"),
    );
    expect(result.code).not.toBe(0);
    const line = await lineOf('{ path, body: { tool_slug: "X" } });');
    expect(result.errors.some((error) => error.includes(line))).toBe(true);
  }, 60_000);
});
