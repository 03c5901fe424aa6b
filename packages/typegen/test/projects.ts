// Small TypeScript projects compiled by the TypeScript this repository uses (5.9) and by the one
// `npm i typescript` installs today (7.x), against the built packages. They sit in this package's
// folder so that `@composio-client/*` resolves through its node_modules, as in a user's project.
import { execFile } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { typeScriptCompilers } from "../../../scripts/typescript-versions";
import { type CliIo, main } from "../src/index";

const run = promisify(execFile);
export const packageDir = fileURLToPath(new URL("../", import.meta.url));
export const fixtures = join(packageDir, "test/fixtures");
const projectsDir = join(packageDir, "test/.projects");

/** Each compiler by name, with its `tsc` entry. */
export const COMPILERS = typeScriptCompilers(packageDir);

const TSCONFIG = {
  compilerOptions: {
    target: "es2022",
    lib: ["es2022", "dom"],
    module: "esnext",
    moduleResolution: "bundler",
    strict: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
    skipLibCheck: true,
  },
};

/** A user's Node project as `tsc --init` sets it up today: `module: nodenext`. */
export const NODENEXT = { module: "nodenext", moduleResolution: "nodenext" };

/**
 * Writes `files` (paths may hold folders) into a fresh project folder named `name`, with
 * `compilerOptions` over the defaults (bundler resolution); returns its path.
 */
export async function project(
  name: string,
  files: Record<string, string>,
  compilerOptions: Record<string, unknown> = {},
): Promise<string> {
  const dir = join(projectsDir, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const tsconfig = {
    compilerOptions: { ...TSCONFIG.compilerOptions, ...compilerOptions },
    include: ["**/*.ts", "**/*.mts", "**/*.cts"],
  };
  await writeFile(join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), text);
  }
  return dir;
}

/** Compiles the project in `dir` with `tsc`; resolves to its exit code and error lines. */
export async function compile(
  tsc: string,
  dir: string,
): Promise<{ code: number; errors: string[] }> {
  return run(process.execPath, [tsc, "-p", join(dir, "tsconfig.json"), "--pretty", "false"], {
    cwd: dir,
  }).then(
    () => ({ code: 0, errors: [] }),
    (error: { code: number; stdout: string }) => ({
      code: error.code,
      errors: error.stdout.split("\n").filter((line) => line.includes("error TS")),
    }),
  );
}

/** Runs `composio-typegen` in this process with `args`, collecting what it prints. */
export async function cli(args: string[], env: CliIo["env"] = {}) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env,
  });
  return { code, stdout, stderr };
}
