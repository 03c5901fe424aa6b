// The packed tarballs installed with npm into a new project, then used the way users will:
// require() from CommonJS, import from ESM, and compiled by TypeScript in both module systems.
import { mkdtemp, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PUBLIC, packAll, run } from "./tarballs";

let project: string;
beforeAll(async () => {
  const { tarballs } = await packAll();
  project = await mkdtemp(join(tmpdir(), "composio-consumer-"));
  await writeFile(
    join(project, "package.json"),
    JSON.stringify({ name: "consumer", private: true }),
  );
  await run(
    "npm",
    ["install", "--no-audit", "--no-fund", ...PUBLIC.map((name) => tarballs[name] as string)],
    {
      cwd: project,
    },
  );
}, 180_000);

async function node(file: string, source: string): Promise<string> {
  await writeFile(join(project, file), source);
  const { stdout } = await run(process.execPath, [file], { cwd: project });
  return stdout.trim();
}

describe("the tarballs installed with npm", () => {
  it("install real copies, with openapi-fetch as their only outside dependency", async () => {
    const { stdout } = await run("npm", ["ls", "--all", "--json"], { cwd: project });
    const tree = JSON.parse(stdout).dependencies;
    expect(Object.keys(tree).sort()).toEqual(
      PUBLIC.map((name) => `@composio-client/${name}`).sort(),
    );
    expect(Object.keys(tree["@composio-client/core"].dependencies).sort()).toEqual([
      "@composio-client/api-types",
      "openapi-fetch",
    ]);
    expect(
      tree["@composio-client/tools"].dependencies["@composio-client/core"].resolved,
    ).toBeUndefined();
  });

  it("load with require() from CommonJS", async () => {
    const out = await node(
      "check.cjs",
      `const core = require("@composio-client/core");
       const tools = require("@composio-client/tools");
       const router = require("@composio-client/tool-router");
       require("@composio-client/api-types");
       const client = core.createComposioClient({ apiKey: "k" });
       console.log(JSON.stringify({
         tools: typeof tools.createToolsClient({ client }).execute,
         router: typeof router.createToolRouterClient({ client }).session("s").proxyExecute,
         sameErrors: tools.RateLimitError === core.RateLimitError,
       }));`,
    );
    expect(JSON.parse(out)).toEqual({ tools: "function", router: "function", sameErrors: true });
  });

  it("load with import from ESM, with the same exports as CommonJS", async () => {
    const out = await node(
      "check.mjs",
      `import { createRequire } from "node:module";
       const require = createRequire(import.meta.url);
       const result = {};
       for (const name of ["core", "tools", "tool-router"]) {
         const esm = await import("@composio-client/" + name);
         const cjs = require("@composio-client/" + name);
         result[name] = JSON.stringify(Object.keys(esm).sort()) === JSON.stringify(Object.keys(cjs).sort());
       }
       const { ComposioError, createToolsClient } = await import("@composio-client/tools");
       try { createToolsClient({ apiKey: "bad\\nkey" }); } catch (error) { result.typedError = error instanceof ComposioError; }
       console.log(JSON.stringify(result));`,
    );
    expect(JSON.parse(out)).toEqual({
      core: true,
      tools: true,
      "tool-router": true,
      typedError: true,
    });
  });

  it.each(["node16", "bundler"])(
    "typecheck a user's code, ToolRegistry included, with %s resolution",
    async (resolution) => {
      const user = `import { createToolsClient } from "@composio-client/tools";
      import { createToolRouterClient, type MetaToolSlug } from "@composio-client/tool-router";
      declare module "@composio-client/tools" {
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
        const same = await session.execute("GITHUB_CREATE_AN_ISSUE", { owner: "o", title: "t" });
        return issue.data.number + same.data.number;
      }
    `;
      const esm = resolution === "node16" ? "user.mts" : "user.ts";
      await writeFile(join(project, esm), user);
      // The same code as CommonJS, resolved through the "require" conditions to the .d.cts files.
      await writeFile(join(project, "user-cjs.cts"), user);
      const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
      const files = resolution === "node16" ? [esm, "user-cjs.cts"] : [esm];
      await expect(
        run(
          process.execPath,
          [
            tsc,
            "--noEmit",
            "--strict",
            "--skipLibCheck",
            "false",
            "--target",
            "es2022",
            "--lib",
            "es2022,dom",
            "--module",
            resolution === "node16" ? "node16" : "esnext",
            "--moduleResolution",
            resolution,
            ...files,
          ],
          { cwd: project },
        ).then(
          () => "ok",
          (error: { stdout: string }) => error.stdout,
        ),
      ).resolves.toBe("ok");
    },
    60_000,
  );
});
