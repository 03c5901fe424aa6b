import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../../", import.meta.url));
const script = join(root, "scripts/generate-types.mjs");
const spec = join(root, "spec/openapi.yaml");

const SCHEMA = "packages/api-types/src/generated/schema.ts";

describe("generated types", () => {
  it("in the working tree are what the spec generates", async () => {
    const { stdout } = await run(process.execPath, [script, "--check"], { cwd: root });
    expect(stdout).toContain("matches the spec");
  }, 300_000);

  // `pnpm test` regenerates before testing, so the working tree alone proves nothing about what
  // was committed: compare a fresh generation with the file in git's index too.
  it("in git are what the spec generates (run `pnpm generate` and commit if this fails)", async () => {
    const fresh = join(await mkdtemp(join(tmpdir(), "api-types-fresh-")), "schema.ts");
    await run(process.execPath, [script, "--out", fresh], { cwd: root });
    const committed = await run("git", ["show", `:${SCHEMA}`], {
      cwd: root,
      maxBuffer: 8 << 20,
    }).then(
      ({ stdout }) => stdout,
      () => undefined,
    );
    if (committed === undefined) {
      console.warn(`Not a git checkout: only the working tree's ${SCHEMA} was compared.`);
      return;
    }
    expect(
      committed === (await readFile(fresh, "utf8")),
      `${SCHEMA} in git differs from the spec`,
    ).toBe(true);
  }, 300_000);

  it("are reported as drifted when the spec changes without regenerating", async () => {
    const dir = await mkdtemp(join(tmpdir(), "api-types-drift-"));
    const edited = join(dir, "openapi.yaml");
    // A schema no spec will ever have: the edit must change the generated types, whatever the
    // spec holds today.
    const document = parse(await readFile(spec, "utf8"));
    document.components.schemas.DriftProbe7f3a = { type: "string", description: "A drift probe." };
    await writeFile(edited, stringify(document));
    const failure = await run(process.execPath, [script, "--check", "--spec", edited], {
      cwd: root,
    }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain("out of date");
  }, 300_000);
});
