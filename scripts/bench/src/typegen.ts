// composio-typegen at scale: the generator's time and peak memory for 1,000 tools, and the
// extra `tsc --noEmit` time of a program importing the 1,000-tool registry it writes.
import { execFile } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { packagesDir } from "@composio-client/package-checks/packed";
import { table } from "./markdown";
import { median } from "./stats";

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const benchDir = fileURLToPath(new URL("..", import.meta.url));
// Inside this package, so that @composio-client/* resolves through its node_modules.
const work = join(benchDir, ".typegen-bench");
const fixture = join(packagesDir, "typegen/test/fixtures/tools.json");
const typegen = join(packagesDir, "typegen/dist/index.mjs");

export interface TypegenFigures {
  tools: number;
  generateMs: number;
  peakRssBytes: number;
  registryBytes: number;
  tscBaselineMs: number;
  tscWithRegistryMs: number;
}

/** `count` tools made from the real fixture definitions, each under its own slug. */
async function syntheticTools(count: number): Promise<unknown[]> {
  const { items } = JSON.parse(await readFile(fixture, "utf8")) as { items: { slug: string }[] };
  return Array.from({ length: count }, (_, i) => {
    const tool = items[i % items.length] as { slug: string };
    return { ...tool, slug: `${tool.slug}_${String(i).padStart(4, "0")}` };
  });
}

const TSCONFIG = JSON.stringify({
  compilerOptions: {
    target: "es2022",
    lib: ["es2022", "dom"],
    module: "esnext",
    moduleResolution: "bundler",
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  },
  include: ["*.ts"],
});

// The same calls with and without the registry: only the registry's cost differs.
const PROGRAM = `import { createToolsClient } from "@composio-client/tools";
const tools = createToolsClient({ apiKey: "k" });
export async function main() {
  const a = await tools.execute("GMAIL_SEND_EMAIL_0001", { arguments: { recipient_email: "a", body: "b" } });
  const b = await tools.execute("GITHUB_CREATE_AN_ISSUE_0000", { arguments: { owner: "o", repo: "r", title: "t" } });
  return [a.data, b.data];
}
`;

export async function measureTypegen({ rounds = 5, count = 1_000 } = {}): Promise<TypegenFigures> {
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  const input = join(work, "tools.json");
  await writeFile(input, JSON.stringify({ items: await syntheticTools(count) }));

  // Each run in a fresh process: reading, converting and writing, and that process's peak RSS.
  const script = `const { main } = await import(${JSON.stringify(typegen)});
    const started = performance.now();
    const code = await main(["--input", ${JSON.stringify(input)}, "--out", ${JSON.stringify(join(work, "with/composio-tools.d.ts"))}], { stdout() {}, stderr: (t) => process.stderr.write(t), env: {} });
    if (code !== 0) process.exit(code);
    console.log(JSON.stringify({ ms: performance.now() - started, rss: process.resourceUsage().maxRSS * 1024 }));`;
  const generated: { ms: number; rss: number }[] = [];
  for (let round = 0; round < rounds; round++) {
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script]);
    generated.push(JSON.parse(stdout));
  }

  const baseline = join(work, "without");
  await mkdir(baseline, { recursive: true });
  for (const dir of [baseline, join(work, "with")]) {
    await writeFile(join(dir, "tsconfig.json"), TSCONFIG);
    await writeFile(join(dir, "main.ts"), PROGRAM);
  }
  const tsc = require.resolve("typescript/bin/tsc");
  const timeTsc = async (dir: string) => {
    const started = performance.now();
    await run(process.execPath, [tsc, "-p", join(dir, "tsconfig.json")]);
    return performance.now() - started;
  };
  const without: number[] = [];
  const withRegistry: number[] = [];
  // Interleaved, so that drift in the machine's speed hits both alike.
  for (let round = 0; round < rounds; round++) {
    without.push(await timeTsc(baseline));
    withRegistry.push(await timeTsc(join(work, "with")));
  }
  const registry = await readFile(join(work, "with/composio-tools.d.ts"), "utf8");
  await rm(work, { recursive: true, force: true });
  return {
    tools: count,
    generateMs: median(generated.map((g) => g.ms)),
    peakRssBytes: median(generated.map((g) => g.rss)),
    registryBytes: Buffer.byteLength(registry),
    tscBaselineMs: median(without),
    tscWithRegistryMs: median(withRegistry),
  };
}

/** The figures as a Markdown table. */
export function typegenTable(f: TypegenFigures): string {
  const rows = [
    ["tools", f.tools.toLocaleString("en")],
    ["generate (read, convert, write), fresh process", `${f.generateMs.toFixed(0)} ms`],
    ["peak RSS of that process", `${(f.peakRssBytes / 2 ** 20).toFixed(0)} MiB`],
    ["registry written", `${(f.registryBytes / 1e6).toFixed(2)} MB`],
    ["tsc --noEmit, same program without the registry", `${f.tscBaselineMs.toFixed(0)} ms`],
    ["tsc --noEmit, with the 1,000-tool registry", `${f.tscWithRegistryMs.toFixed(0)} ms`],
    ["extra type-check time", `${(f.tscWithRegistryMs - f.tscBaselineMs).toFixed(0)} ms`],
  ];
  return table(["composio-typegen", ""], rows);
}
