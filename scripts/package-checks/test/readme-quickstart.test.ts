// The root README's "Use it in your project" quick start, exactly as written there, pasted into
// a fresh project with the packed tarballs: compiled strictly under TypeScript 5.9 and 7, then
// run against a local server standing in for Composio.
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { sendJson, startHttpServer, type TestHttpServer } from "@composio-client/mock-servers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installIntoNewProject } from "../src/packed";
import { COMPILERS, packagesDir, packedTarballs, run } from "./tarballs";

let project: string;
let server: TestHttpServer;
let readme: string;

beforeAll(async () => {
  readme = await readFile(join(packagesDir, "../README.md"), "utf8");
  const block = /```ts quickstart\.ts\n([\s\S]*?)```/.exec(readme);
  if (!block?.[1]) throw new Error("README.md has no ```ts quickstart.ts block");
  server = await startHttpServer((_request, res) =>
    sendJson(res, 200, {
      data: { html_url: "https://github.com/composiohq/composio/issues/1" },
      error: null,
      successful: true,
      log_id: "log_1",
    }),
  );
  const tarballs = packedTarballs();
  project = await installIntoNewProject(Object.values(tarballs), { type: "module" });
  await writeFile(join(project, "quickstart.ts"), block[1]);
  await writeFile(
    join(project, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: "es2022",
        module: "nodenext",
        moduleResolution: "nodenext",
        types: [],
        lib: ["es2022", "dom"],
        outDir: "out",
      },
      files: ["quickstart.ts"],
    }),
  );
}, 600_000);
afterAll(async () => {
  await server?.close();
  if (project) await rm(project, { recursive: true, force: true });
});

it("comes right after the two commands, with the install lines and the supported ranges", () => {
  const use = readme.indexOf("## Use it in your project");
  expect(use).toBeGreaterThan(0);
  expect(readme.slice(0, use).match(/^## /gm)).toBeNull();
  const section = readme.slice(use, readme.indexOf("\n## ", use + 1));
  for (const name of ["tools", "tool-router", "testing", "ai"]) {
    expect(section).toContain(
      `npm install ${name === "testing" ? "-D " : ""}@composio-client/${name}`,
    );
  }
  for (const range of ["Node 18", "TypeScript 5.x and 7.x", "CommonJS", "instanceof"]) {
    expect(section).toContain(range);
  }
});

describe.each(COMPILERS)("under %s", (_name, tsc) => {
  it("compiles strictly as a user's ESM project", async () => {
    const result = await run(process.execPath, [tsc, "-p", ".", "--noEmit"], {
      cwd: project,
    }).then(
      () => "compiled",
      (error: { stdout: string }) => error.stdout,
    );
    expect(result).toBe("compiled");
  }, 300_000);
});

it("runs, reading the key and base URL from the environment", async () => {
  await run(process.execPath, [COMPILERS[0][1], "-p", "."], { cwd: project });
  const { stdout } = await run(process.execPath, ["out/quickstart.js"], {
    cwd: project,
    env: { ...process.env, COMPOSIO_API_KEY: "ak_quickstart_key", COMPOSIO_BASE_URL: server.url },
  });
  expect(stdout).toContain("Created: https://github.com/composiohq/composio/issues/1");
  const sent = server.requests[0];
  expect(sent?.url).toBe("/api/v3/tools/execute/GITHUB_CREATE_AN_ISSUE");
  expect(JSON.parse(sent?.body ?? "")).toMatchObject({ user_id: "user_2b7f9c" });
}, 300_000);
