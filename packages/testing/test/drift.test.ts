import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";

const run = promisify(execFile);
const dir = fileURLToPath(new URL("..", import.meta.url));
const script = join(dir, "scripts/generate-spec.mjs");
const GENERATED = "packages/testing/src/spec.gen.ts";

describe("src/spec.gen.ts", () => {
  it("in the working tree is what the spec generates", async () => {
    const { stdout } = await run(process.execPath, [script, "--check"], { cwd: dir });
    expect(stdout).toContain("matches the spec");
  });

  it("in git is what the spec generates (run `pnpm generate` and commit if this fails)", async () => {
    const fresh = join(await mkdtemp(join(tmpdir(), "testing-fresh-")), "spec.gen.ts");
    await run(process.execPath, [script, "--out", fresh], { cwd: dir });
    const committed = await run("git", ["show", `:${GENERATED}`], {
      cwd: dir,
      maxBuffer: 8 << 20,
    }).then(
      ({ stdout }) => stdout,
      () => undefined,
    );
    if (committed === undefined) {
      console.warn(`Not a git checkout: only the working tree's ${GENERATED} was compared.`);
      return;
    }
    expect(committed === (await readFile(fresh, "utf8")), `${GENERATED} in git is stale`).toBe(
      true,
    );
  });

  it("is reported as drifted when a request schema changes without regenerating", async () => {
    const spec = join(dir, "../../spec/openapi.yaml");
    const document = parse(await readFile(spec, "utf8"));
    document.components.schemas.SessionExecuteRequest.properties.drift_probe_7f3a = {
      type: "string",
    };
    const edited = join(await mkdtemp(join(tmpdir(), "testing-drift-")), "openapi.yaml");
    await writeFile(edited, stringify(document));
    const failure = await run(process.execPath, [script, "--check", "--spec", edited], {
      cwd: dir,
    }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain("out of date");
  });

  it("holds no code that compiles at run time", async () => {
    for (const file of ["index.mjs", "index.cjs"]) {
      // turbo builds before testing; a missing build fails here rather than passing unseen.
      const built = await readFile(join(dir, "dist", file), "utf8");
      expect(built, file).not.toMatch(/\beval\(|new Function\(/);
    }
  });
});
