import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../../", import.meta.url));
const script = join(root, "scripts/generate-types.mjs");
const spec = join(root, "spec/openapi.yaml");

describe("generated types", () => {
  it("are what the spec generates today (run `pnpm generate` if this fails)", async () => {
    const { stdout } = await run(process.execPath, [script, "--check"], { cwd: root });
    expect(stdout).toContain("matches the spec");
  }, 60_000);

  it("are reported as drifted when the spec changes without regenerating", async () => {
    const dir = await mkdtemp(join(tmpdir(), "api-types-drift-"));
    const edited = join(dir, "openapi.yaml");
    const original = await readFile(spec, "utf8");
    const withNewField = original.replace(
      "        account:\n",
      "        priority:\n          type: integer\n          description: A new optional field.\n        account:\n",
    );
    expect(withNewField).not.toBe(original);
    await writeFile(edited, withNewField);
    const failure = await run(process.execPath, [script, "--check", "--spec", edited], {
      cwd: root,
    }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain("out of date");
  }, 60_000);
});
