// The results table, the targets of the performance issue, and RESULTS.md.

import { readFile, writeFile } from "node:fs/promises";
import { cpus, release, totalmem } from "node:os";
import type { Program } from "@composio-client/package-checks/bundle-size";
import type { Concurrency } from "./concurrency";
import { table } from "./markdown";
import { type TypegenFigures, typegenTable } from "./typegen";

export interface Results {
  machine: Record<string, string>;
  perCall: Map<string, number>;
  concurrency: Concurrency | undefined;
  /** Gzipped bytes of each program bundled into one file. */
  bundles: { program: Program; size: number }[];
  coldImport: Map<string, number | string>;
  install: Map<string, number>;
  /** Longest event-loop stall in ms while a 50 MB binaryBody is encoded and sent. */
  uploadStall: Map<string, number>;
  typegen: TypegenFigures | undefined;
}

const BARE = "bare fetch";
const OURS_TOOLS = "@composio-client/tools";
const OURS_ROUTER = "@composio-client/tool-router";
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const times = (ratio: number) => `×${ratio.toFixed(2)}`;

function speedTable(results: Results): string {
  const bare = results.perCall.get(BARE) ?? Number.NaN;
  const { callsPerSecond, bytesPerCall } = results.concurrency ?? {
    callsPerSecond: new Map(),
    bytesPerCall: new Map(),
  };
  const bareRate = callsPerSecond.get(BARE) ?? Number.NaN;
  return table(
    [
      "client",
      "µs per call",
      "over bare fetch",
      "calls/s, 1,000 in flight",
      "bare fetch's rate over it",
      "heap per in-flight call (100 / 1,000)",
    ],
    [...results.perCall].map(([name, micros]) => {
      const rate = callsPerSecond.get(name) ?? Number.NaN;
      const [few, many] = bytesPerCall.get(name) ?? [Number.NaN, Number.NaN];
      return [
        name,
        micros.toFixed(0),
        times(micros / bare),
        rate.toFixed(0),
        times(bareRate / rate),
        `${kB(few)} / ${kB(many)}`,
      ];
    }),
  );
}

/** The bundle of `name`'s program for `job`, in gzipped bytes, if measured. */
function bundleOf(
  bundles: Results["bundles"],
  name: string,
  job: Program["job"],
): number | undefined {
  return bundles.find((b) => b.program.name === name && b.program.job === job)?.size;
}

function bundleCell(size: number | undefined): string {
  return size === undefined ? "" : kB(size);
}

/** Below the size table: what its bundle figures count. */
export const BUNDLE_NOTE =
  "Bundles: each program bundled into one file by esbuild for a browser or edge worker, " +
  "minified, gzipped at level 9, as users build it (size-limit measures the same for the " +
  "budgets in `pnpm test`). Cold import: a fresh Node process importing the package from a " +
  "fresh npm install, the median of the rounds.";

/** The bundle columns of the size table only: `pnpm bench -- --only-bundles`. */
export function bundleTable(bundles: Results["bundles"]): string {
  return table(
    ["client", "bundle: one tools.execute", "bundle: session execute + executeMeta + proxyExecute"],
    [...new Set(bundles.map((b) => b.program.name))].map((name) => [
      name,
      bundleCell(bundleOf(bundles, name, "tools.execute")),
      bundleCell(bundleOf(bundles, name, "session calls")),
    ]),
  );
}

function sizeTable(results: Results): string {
  const names = [
    ...new Set([
      ...results.bundles.map((b) => b.program.name),
      ...results.install.keys(),
      ...results.coldImport.keys(),
    ]),
  ];
  const bundle = (name: string, job: Program["job"]) =>
    bundleCell(bundleOf(results.bundles, name, job));
  const install = (name: string) => {
    const key = name.startsWith("@composio-client/") ? "@composio-client/* + openapi-fetch" : name;
    const bytes = results.install.get(key);
    return bytes === undefined ? "" : kB(bytes);
  };
  const cold = (name: string) => {
    const value = results.coldImport.get(name);
    return value === undefined ? "" : typeof value === "number" ? `${value.toFixed(1)} ms` : value;
  };
  return table(
    [
      "client",
      "bundle: one tools.execute",
      "bundle: session execute + executeMeta + proxyExecute",
      "cold import",
      "installed",
    ],
    names
      .filter((name) => name !== "@composio-client/* + openapi-fetch")
      .map((name) => [
        name,
        bundle(name, "tools.execute"),
        bundle(name, "session calls"),
        cold(name),
        install(name),
      ]),
  );
}

function targetsTable(results: Results): string {
  const perCall =
    (results.perCall.get(OURS_TOOLS) ?? Number.NaN) / (results.perCall.get(BARE) ?? Number.NaN);
  const rates = results.concurrency?.callsPerSecond ?? new Map<string, number>();
  const throughput = (rates.get(BARE) ?? Number.NaN) / (rates.get(OURS_TOOLS) ?? Number.NaN);
  const [few, many] = results.concurrency?.bytesPerCall.get(OURS_TOOLS) ?? [Number.NaN, Number.NaN];
  const size = (name: string, job: Program["job"]) =>
    bundleOf(results.bundles, name, job) ?? Number.NaN;
  const cold = (name: string) => Number(results.coldImport.get(name));
  const baseline = cold("openapi-fetch alone");
  const installed = results.install.get("@composio-client/* + openapi-fetch") ?? Number.NaN;
  const check = (met: boolean) => (met ? "met" : "**missed**");
  return table(
    ["target", "measured", ""],
    [
      [
        "per call ≤ ×1.10 bare fetch (retries and timeout on)",
        times(perCall),
        check(perCall <= 1.1),
      ],
      [
        "bundle ≤ 9.5 kB for tools.execute, one file",
        kB(size(OURS_TOOLS, "tools.execute")),
        check(size(OURS_TOOLS, "tools.execute") <= 9500),
      ],
      [
        "bundle ≤ 11.0 kB for session execute + executeMeta + proxyExecute, one file",
        kB(size(OURS_ROUTER, "session calls")),
        check(size(OURS_ROUTER, "session calls") <= 11_000),
      ],
      ...[OURS_TOOLS, OURS_ROUTER].map((name) => [
        `cold import within 3 ms of openapi-fetch alone (${baseline.toFixed(1)} ms), ${name}`,
        `${cold(name).toFixed(1)} ms (+${(cold(name) - baseline).toFixed(1)} ms)`,
        check(cold(name) - baseline <= 3),
      ]),
      [
        "install ≤ 300 kB, our packages + openapi-fetch",
        kB(installed),
        check(installed <= 300_000),
      ],
      [
        "1,000 in flight: throughput within ×1.10 of bare fetch",
        times(throughput),
        check(throughput <= 1.1),
      ],
      [
        "1,000 in flight: flat memory per call",
        `${kB(few)} at 100, ${kB(many)} at 1,000`,
        check(many <= few * 1.25),
      ],
    ],
  );
}

export function render(results: Results): string {
  const cpu = cpus();
  const machine = `${cpu.length} × ${cpu[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${release()}, Node ${process.version}`;
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}.`,
    "",
    "### Targets",
    "",
    targetsTable(results),
    "",
    "### Speed: sequential tools.execute and 1,000 calls in flight, loopback keep-alive server in another process",
    "",
    speedTable(results),
    "",
    "### Event loop: longest stall while a 50 MB binaryBody is base64-encoded and sent",
    "",
    table(
      ["client", "longest stall"],
      [...results.uploadStall].map(([name, ms]) => [name, `${ms.toFixed(0)} ms`]),
    ),
    "",
    "### Size and start-up",
    "",
    sizeTable(results),
    "",
    BUNDLE_NOTE,
    ...(results.typegen
      ? ["", "### composio-typegen: 1,000 tools", "", typegenTable(results.typegen)]
      : []),
  ].join("\n");
}

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

/** Replaces the measured block of RESULTS.md, keeping the hand-written rest of the file. */
export async function writeResults(file: URL, block: string): Promise<void> {
  const current = await readFile(file, "utf8").catch(
    () => `# Benchmark results\n\n${START}\n${END}\n`,
  );
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  if (start < 0 || end < start)
    throw new Error(`${file.pathname} lost its ${START} / ${END} markers`);
  await writeFile(
    file,
    `${current.slice(0, start + START.length)}\n${block}\n${current.slice(end)}`,
  );
}
