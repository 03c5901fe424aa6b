// `pnpm bench`: every figure of the performance issue, side by side with the alternatives,
// printed and written to RESULTS.md (between the markers; the rest of the file is kept).
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { bundleSize } from "@composio-client/package-checks/bundle-size";
import { packPublicPackages } from "@composio-client/package-checks/packed";
import { PROGRAMS } from "./bundle-size";
import { contenders, type OtherBuild } from "./clients";
import { measureColdImport } from "./cold-import";
import { measureConcurrency } from "./concurrency";
import { install } from "./install-size";
import { measurePerCall } from "./per-call";
import { BUNDLE_NOTE, bundleTable, type Results, render, writeResults } from "./report";
import { measureTypegen, typegenTable } from "./typegen";
import { measureUploadStall } from "./upload-stall";

// On Linux with two or more CPUs, the client runs on CPU 0 and the server on CPU 1, so that
// the scheduler moving them around does not add to the noise.
const pin = process.platform === "linux" && spawnSync("taskset", ["-V"]).status === 0;
if (pin && !process.env.COMPOSIO_BENCH_PINNED) {
  const { status } = spawnSync(
    "taskset",
    ["-c", "0", process.execPath, ...process.execArgv, ...process.argv.slice(1)],
    {
      stdio: "inherit",
      env: { ...process.env, COMPOSIO_BENCH_PINNED: "1" },
    },
  );
  process.exit(status ?? 1);
}

const benchDir = fileURLToPath(new URL("..", import.meta.url));
/** The wrappers whose cold import is measured. */
const OUR_WRAPPERS = ["@composio-client/tools", "@composio-client/tool-router"];

/**
 * The tarballs of the runtime packages: typegen (a code generator) and testing (a mock for
 * tests) are development tools, installed apart as devDependencies.
 */
function runtimeTarballs(tarballs: Record<string, string>): string[] {
  return Object.entries(tarballs)
    .filter(([name]) => !["typegen", "testing"].includes(name))
    .map(([, tarball]) => tarball);
}

// `--only-typegen`: just the generator's figures, printed (RESULTS.md is left as it is).
if (process.argv.includes("--only-typegen")) {
  console.log(
    typegenTable(await measureTypegen(process.argv.includes("--quick") ? { rounds: 2 } : {})),
  );
  process.exit(0);
}
// `--only-bundles`: just the bundle sizes, printed (RESULTS.md is left as it is).
if (process.argv.includes("--only-bundles")) {
  const bundles: Results["bundles"] = [];
  for (const program of PROGRAMS) {
    bundles.push({ program, size: await bundleSize(program, benchDir) });
  }
  console.log(`${bundleTable(bundles)}\n\n${BUNDLE_NOTE}`);
  process.exit(0);
}
// `--only-cold-import`: just the cold imports of ours and of openapi-fetch alone, printed.
if (process.argv.includes("--only-cold-import")) {
  const ours = await install(runtimeTarballs(await packPublicPackages()));
  const openapiFetch = await install(["openapi-fetch@0.17.0"]);
  const figures = await measureColdImport([
    ...OUR_WRAPPERS.map((name) => ({ name, specifier: name, cwd: ours.project })),
    { name: "openapi-fetch alone", specifier: "openapi-fetch", cwd: openapiFetch.project },
  ]);
  for (const [name, ms] of figures)
    console.log(`${name}: ${typeof ms === "number" ? `${ms.toFixed(1)} ms` : ms}`);
  process.exit(0);
}
const quick = process.argv.includes("--quick");
const withComposioCore = !process.argv.includes("--skip-composio-core");
const step = (what: string) => console.error(`· ${what}`);
// `--also "name=/path/to/tools/dist/index.mjs"`: an earlier build, measured in the same rounds
// (speed only), to record what a change bought.
const others: OtherBuild[] = await Promise.all(
  process.argv
    .filter((arg) => arg.startsWith("--also="))
    .map(async (arg) => {
      const [name, path] = arg.slice("--also=".length).split("=") as [string, string];
      return { name, createToolsClient: (await import(path)).createToolsClient };
    }),
);

async function withServer<T>(use: (baseUrl: string) => Promise<T>): Promise<T> {
  const serverArgs = [
    process.execPath,
    "--import",
    "tsx",
    fileURLToPath(new URL("./server.ts", import.meta.url)),
  ];
  const server = pin
    ? spawn("taskset", ["-c", "1", ...serverArgs], {
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      })
    : spawn(serverArgs[0] as string, serverArgs.slice(1), {
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      });
  try {
    const port = await new Promise<number>((resolve) =>
      server.once("message", (m) => resolve(m as number)),
    );
    return await use(`http://127.0.0.1:${port}`);
  } finally {
    server.kill();
  }
}

const results: Results = {
  machine: {},
  perCall: new Map(),
  concurrency: undefined,
  bundles: [],
  coldImport: new Map(),
  install: new Map(),
  uploadStall: new Map(),
  typegen: undefined,
};

await withServer(async (baseUrl) => {
  const clients = contenders(baseUrl, others);
  step("per call: sequential tools.execute on a keep-alive loopback connection");
  results.perCall = (await measurePerCall(clients, quick ? { rounds: 6, calls: 100 } : {})).micros;
  step("concurrency: 1,000 calls in flight");
  results.concurrency = await measureConcurrency(clients, quick ? { rounds: 2, total: 2000 } : {});
  step("event-loop stall while a 50 MB binaryBody is encoded and sent");
  results.uploadStall = await measureUploadStall(baseUrl, quick ? { rounds: 1 } : {});
});

step("bundle sizes (esbuild, minified, gzipped)");
for (const program of PROGRAMS) {
  results.bundles.push({ program, size: await bundleSize(program, benchDir) });
}

step("install sizes (npm install into fresh projects)");
const installs: [string, string[]][] = [
  ["@composio-client/* + openapi-fetch", runtimeTarballs(await packPublicPackages())],
  ["openapi-fetch alone", ["openapi-fetch@0.17.0"]],
  ["@composio/client 0.1.0-alpha.76 (Stainless)", ["@composio/client@0.1.0-alpha.76"]],
  ["@composio/client 2.0.0-rc.6 (hey-api)", ["@composio/client@2.0.0-rc.6"]],
  ...(withComposioCore ? ([["@composio/core", ["@composio/core"]]] as [string, string[]][]) : []),
];
const projects = new Map<string, string>();
for (const [name, specs] of installs) {
  const { project, bytes } = await install(specs);
  results.install.set(name, bytes);
  projects.set(name, project);
}

step("cold import (fresh Node process each time)");
const ours = projects.get("@composio-client/* + openapi-fetch") as string;
results.coldImport = await measureColdImport(
  [
    ...OUR_WRAPPERS.map((name) => ({ name, specifier: name, cwd: ours })),
    {
      name: "openapi-fetch alone",
      specifier: "openapi-fetch",
      cwd: projects.get("openapi-fetch alone") as string,
    },
    {
      name: "@composio/client 0.1.0-alpha.76 (Stainless)",
      specifier: "@composio/client",
      cwd: projects.get("@composio/client 0.1.0-alpha.76 (Stainless)") as string,
    },
    {
      name: "@composio/client 2.0.0-rc.6 (hey-api)",
      specifier: "@composio/client",
      cwd: projects.get("@composio/client 2.0.0-rc.6 (hey-api)") as string,
    },
    ...(withComposioCore
      ? [
          {
            name: "@composio/core",
            specifier: "@composio/core",
            cwd: projects.get("@composio/core") as string,
          },
        ]
      : []),
  ],
  quick ? { rounds: 3 } : {},
);

step("composio-typegen: 1,000 tools generated, and the registry type-checked");
results.typegen = await measureTypegen(quick ? { rounds: 2 } : {});

const table = render(results);
console.log(table);
if (!quick && others.length === 0)
  await writeResults(new URL("../RESULTS.md", import.meta.url), table);
