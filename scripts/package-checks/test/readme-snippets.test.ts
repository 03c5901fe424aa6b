// Every ```ts block of the READMEs users read (the root's and each public package's), pasted as a
// user would paste it into a fresh ESM project holding the packed tarballs, and compiled strictly
// with `module: nodenext` under TypeScript 5.9 and 7. Each block is a module of its own. The names
// a README's blocks use without defining them (an earlier block's `session`, the reader's own
// `askTheUser`) are declared, with their real types, by that README's prelude in
// fixtures/readme-snippets/. A block that is not code to compile says so in the README, right
// above its fence: `<!-- not compiled: the reason -->`.
//
// Each README is a TypeScript project of its own: a README's `declare module
// "@composio-client/core"` (a ToolRegistry of its tools) holds for the whole program it is in, two
// READMEs declare the same tool differently, and two preludes give `tools` different types.
// `tsc -b` builds them all in one run per compiler.
import { existsSync, readFileSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installIntoNewProject } from "../src/packed";
import { COMPILERS, PUBLIC, packagesDir, packedTarballs, run } from "./tarballs";

const root = join(packagesDir, "..");
const PRELUDES = "scripts/package-checks/test/fixtures/readme-snippets";

/** A README: its path from the repository root, its text, and its prelude's path if it has one. */
interface Readme {
  /** The name of its project, and of its prelude (`<name>.d.ts`). */
  name: string;
  path: string;
  markdown: string;
  prelude: string | undefined;
}

/** The READMEs users read: the root's, then each public package's. */
const READMES: readonly Readme[] = [
  { name: "root", path: "README.md" },
  ...PUBLIC.map((name) => ({ name, path: `packages/${name}/README.md` })),
].map(({ name, path }) => {
  const prelude = `${PRELUDES}/${name}.d.ts`;
  return {
    name,
    path,
    markdown: readFileSync(join(root, path), "utf8"),
    prelude: existsSync(join(root, prelude)) ? prelude : undefined,
  };
});

/** The blocks left out, with the reason each README gives: adding one means adding it here. */
const OPTED_OUT: Record<string, string[]> = {
  "packages/typegen/README.md": [
    "an excerpt of composio-typegen's output; the snippets below compile against the whole file",
  ],
};

/**
 * The packages the blocks import besides ours (AI SDKs, test runners, Octokit, OpenTelemetry),
 * at the versions this workspace tests with: each read from the package that depends on it.
 */
const IMPORTED_FROM_THE_WORKSPACE: Record<string, string> = {
  openai: "ai",
  "@anthropic-ai/sdk": "ai",
  ai: "ai",
  "@modelcontextprotocol/sdk": "ai",
  "@octokit/core": "tool-router",
  vitest: "testing",
  msw: "testing",
  "@opentelemetry/api": "core",
  "@types/node": "core",
};
/**
 * The root README's tracing setup uses OpenTelemetry's Node SDK, which no workspace package
 * depends on: the newest release line that still takes @opentelemetry/api 1.9 (core's) and runs
 * on Node 18 and 20.
 */
const OPENTELEMETRY_NODE_SDK = [
  "@opentelemetry/sdk-node@0.223.0",
  "@opentelemetry/exporter-trace-otlp-proto@0.223.0",
];

/**
 * A user's project as `tsc --init` writes it (TypeScript 5.9 and 7 write the same): `module:
 * nodenext` (ESM, by the project's `"type": "module"`), strict, with `noUncheckedIndexedAccess`,
 * `exactOptionalPropertyTypes` and `verbatimModuleSyntax`; and Node's types, which `process.env`
 * in the examples needs. Code that compiles with these compiles without the stricter flags too.
 */
const COMPILER_OPTIONS = {
  module: "nodenext",
  moduleResolution: "nodenext",
  target: "esnext",
  types: ["node"],
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  strict: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  noUncheckedSideEffectImports: true,
  moduleDetection: "force",
  // Other packages' declarations are theirs to check.
  skipLibCheck: true,
  // For `tsc -b`, which builds only composite projects; nothing is written but .tsbuildinfo.
  composite: true,
  noEmit: true,
};

/** What composio-typegen writes, as the READMEs' blocks import it (the registry by reference). */
const TYPEGEN_FILES = ["composio-tools.versions.ts", "composio-tools.schemas.json"];
const REGISTRY = "composio-tools.d.ts";

interface Snippet {
  /** The README line of the block's first line of code. */
  line: number;
  code: string;
}

interface Blocks {
  snippets: Snippet[];
  /** The blocks marked `<!-- not compiled: reason -->`, by the line of their fence. */
  optedOut: { line: number; reason: string }[];
}

/**
 * The ```ts blocks of a Markdown text (any info string whose first word is `ts` or
 * `typescript`), in order, with the lines they start on; those marked `<!-- not compiled:
 * reason -->` on the line right above their fence apart.
 */
function extractTsBlocks(markdown: string): Blocks {
  const lines = markdown.split(/\r?\n/);
  const blocks: Blocks = { snippets: [], optedOut: [] };
  for (let index = 0; index < lines.length; index++) {
    const open = /^( {0,3})(`{3,}|~{3,})(.*)$/.exec(lines[index] ?? "");
    if (!open) continue;
    const [, indent = "", fence = "", info = ""] = open;
    const close = new RegExp(`^ {0,3}${fence[0]}{${fence.length},}\\s*$`);
    let end = index + 1;
    while (end < lines.length && !close.test(lines[end] ?? "")) end++;
    if (/^\s*(ts|typescript)(\s|$)/.test(info)) {
      const optOut = /^<!-- not compiled: (.*\S.*) -->$/.exec(lines[index - 1] ?? "");
      if (optOut?.[1]) blocks.optedOut.push({ line: index + 1, reason: optOut[1].trim() });
      else {
        const code = lines
          .slice(index + 1, end)
          .map((line) => line.replace(new RegExp(`^ {0,${indent.length}}`), ""));
        blocks.snippets.push({ line: index + 2, code: `${code.join("\n")}\n` });
      }
    }
    index = end;
  }
  return blocks;
}

/** A README's project, as written: its README, and its folder in the consumer project. */
interface ReadmeProject {
  readme: Readme;
  dir: string;
}

/**
 * Writes a README's blocks, one module each (`line-<N>.ts`, N the README line of its first
 * line of code), into `dir`, with its prelude, composio-typegen's output from `typegen` (the
 * registry only where the prelude references it) and a tsconfig. Returns the project.
 */
async function writeReadmeProject(
  readme: Readme,
  dir: string,
  typegen: string,
): Promise<ReadmeProject> {
  await mkdir(dir, { recursive: true });
  for (const { line, code } of extractTsBlocks(readme.markdown).snippets) {
    await writeFile(join(dir, `line-${line}.ts`), code);
  }
  const prelude = readme.prelude ? await readFile(join(root, readme.prelude), "utf8") : undefined;
  if (prelude !== undefined) await writeFile(join(dir, "prelude.d.ts"), prelude);
  const registry = prelude?.includes(`/// <reference path="./${REGISTRY}" />`) ? [REGISTRY] : [];
  for (const file of [...TYPEGEN_FILES, ...registry]) {
    await copyFile(join(typegen, file), join(dir, file));
  }
  await writeFile(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      extends: "../tsconfig.readme.json",
      include: ["*.ts", "composio-tools.schemas.json"],
    }),
  );
  return { readme, dir };
}

/**
 * Builds every project under `readmes/` of `project` with `tsc -b` (one run), and returns the
 * diagnostics by README path, each as `<file>:<line>: error TS<code>: <message>`, where a
 * block's line is the README's; those in no README's project under `""`.
 */
async function compileReadmes(
  tsc: string,
  project: string,
  projects: readonly ReadmeProject[],
): Promise<Map<string, string[]>> {
  for (const { dir } of projects) await rm(join(dir, "tsconfig.tsbuildinfo"), { force: true });
  const { stdout, stderr, code } = await run(
    process.execPath,
    [tsc, "-b", "--force", "--pretty", "false"],
    { cwd: project, maxBuffer: 16 << 20 },
  ).then(
    ({ stdout, stderr }) => ({ stdout, stderr, code: 0 }),
    (error: { stdout: string; stderr: string; code: number }) => error,
  );
  const byReadme = new Map<string, string[]>([
    ["", []],
    ...projects.map(({ readme }) => [readme.path, []] as [string, string[]]),
  ]);
  const add = (path: string, diagnostic: string) => byReadme.get(path)?.push(diagnostic);
  // A diagnostic's first line names its file, line and column; the lines after it, indented,
  // continue its message.
  const entries: string[] = [];
  for (const line of stdout.split("\n")) {
    if (/^\s/.test(line) && entries.length > 0) entries[entries.length - 1] += `\n${line}`;
    else if (line.trim()) entries.push(line);
  }
  for (const entry of entries) {
    // tsc names files from its working directory: readmes/<name>/<file>.
    const [, path = "", line = "", message = ""] = /^(.+?)\((\d+),\d+\): (.*)$/s.exec(entry) ?? [];
    const owner = projects.find(({ dir }) => path.startsWith(`${relative(project, dir)}/`));
    if (!owner) {
      add("", entry);
      continue;
    }
    const { readme } = owner;
    const file = relative(owner.dir, join(project, path));
    const block = /^line-(\d+)\.ts$/.exec(file)?.[1];
    const where = block
      ? `${readme.path}:${Number(block) + Number(line) - 1}`
      : file === "prelude.d.ts" && readme.prelude
        ? `${readme.prelude}:${line}`
        : `${readme.path} (${file}:${line})`;
    add(readme.path, `${where}: ${message}`);
  }
  if (code !== 0 && entries.length === 0) add("", `tsc exited with ${code}: ${stderr}`);
  // A project tsc did not build has no .tsbuildinfo, and no diagnostics: say so.
  for (const { readme, dir } of projects) {
    if (!existsSync(join(dir, "tsconfig.tsbuildinfo"))) add(readme.path, "tsc did not build it");
  }
  return byReadme;
}

// A README with a stale block: the harness must report it at its line, and skip the opted-out one.
const DRIFT: Readme = {
  name: "drift-check",
  path: "drift-check.md",
  prelude: undefined,
  markdown: [
    "# A stale README",
    "",
    "```ts",
    'import { createToolClient } from "@composio-client/tools";',
    "",
    'export const tools = createToolClient({ userId: "user_1" });',
    "```",
    "",
    "<!-- not compiled: prose, not code -->",
    "```ts",
    "This block would not compile.",
    "```",
    "",
  ].join("\n"),
};

let tmp: string;
let projects: ReadmeProject[];
let project: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "composio-readme-snippets-"));
  const tarballs = packedTarballs();
  const imported = Object.entries(IMPORTED_FROM_THE_WORKSPACE).map(([name, from]) => {
    const manifest = join(packagesDir, from, "node_modules", name, "package.json");
    return `${name}@${JSON.parse(readFileSync(manifest, "utf8")).version}`;
  });
  project = await installIntoNewProject(
    [...Object.values(tarballs), ...imported, ...OPENTELEMETRY_NODE_SDK],
    { dir: join(tmp, "project"), type: "module" },
  );
  // composio-typegen's output for real tool definitions, written by the packed command as users
  // run it: what the blocks import (`./composio-tools.versions.js`) and the registry of tools.
  const typegen = join(project, "typegen");
  await run(
    join(project, "node_modules/.bin/composio-typegen"),
    [
      "--input",
      join(packagesDir, "typegen/test/fixtures/tools.json"),
      "--out",
      `typegen/${REGISTRY}`,
    ],
    { cwd: project },
  );
  await mkdir(join(project, "readmes"));
  await writeFile(
    join(project, "readmes/tsconfig.readme.json"),
    JSON.stringify({ compilerOptions: COMPILER_OPTIONS }),
  );
  projects = await Promise.all(
    [...READMES, DRIFT].map((readme) =>
      writeReadmeProject(readme, join(project, "readmes", readme.name), typegen),
    ),
  );
  await writeFile(
    join(project, "tsconfig.json"),
    JSON.stringify({
      files: [],
      references: projects.map((p) => ({ path: `./${relative(project, p.dir)}` })),
    }),
  );
}, 600_000);
// The project is a few hundred MB of node_modules: never left behind in the temp folder.
afterAll(() => (tmp ? rm(tmp, { recursive: true, force: true }) : undefined));

it("finds each block, with the line it starts on, and the opted-out ones with their reasons", () => {
  expect(extractTsBlocks(DRIFT.markdown)).toEqual({
    snippets: [
      {
        line: 4,
        code: 'import { createToolClient } from "@composio-client/tools";\n\nexport const tools = createToolClient({ userId: "user_1" });\n',
      },
    ],
    optedOut: [{ line: 10, reason: "prose, not code" }],
  });
  // An indented fence (in a list), a longer fence, a file name after `ts`; an opt-out without a
  // reason is none, and other languages are not TypeScript.
  const markdown = [
    "- step",
    "",
    "  ````ts example.ts",
    "  const a = 1;",
    "  ````",
    "",
    "<!-- not compiled -->",
    "```ts",
    "const b = 2;",
    "```",
    "",
    "```sh",
    "ls",
    "```",
  ].join("\n");
  expect(extractTsBlocks(markdown)).toEqual({
    snippets: [
      { line: 4, code: "const a = 1;\n" },
      { line: 9, code: "const b = 2;\n" },
    ],
    optedOut: [],
  });
});

it("opts out only the blocks listed here, each with the reason its README gives", () => {
  const optedOut = Object.fromEntries(
    READMES.map(({ path, markdown }) => [path, extractTsBlocks(markdown).optedOut] as const)
      .filter(([, blocks]) => blocks.length > 0)
      .map(([path, blocks]) => [path, blocks.map((block) => block.reason)]),
  );
  expect(optedOut).toEqual(OPTED_OUT);
});

describe.each(COMPILERS)("under %s", (_name, tsc) => {
  let diagnostics: Map<string, string[]>;
  beforeAll(async () => {
    diagnostics = await compileReadmes(tsc, project, projects);
  }, 300_000);

  it.each(READMES.map(({ path, markdown }) => [path, extractTsBlocks(markdown).snippets.length]))(
    "%s: its ts blocks compile (%i of them)",
    (path) => {
      expect(diagnostics.get(path)).toEqual([]);
    },
  );

  it("reports a stale block at its README line, and compiles nothing opted out", () => {
    expect(diagnostics.get(DRIFT.path)).toEqual([
      expect.stringMatching(
        /^drift-check\.md:4: error TS2724: .*has no exported member named 'createToolClient'/,
      ),
    ]);
  });

  it("reports nothing outside the READMEs' projects", () => {
    expect(diagnostics.get("")).toEqual([]);
  });
});
