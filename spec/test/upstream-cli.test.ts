// End to end: the real `scripts/spec-upstream.mjs` on the committed fixtures, a local HTTP server
// and a port nothing listens on. Our side is the modelled spec written to a temporary file.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { modelledSpec } from "./upstream-modelled.mjs";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../", import.meta.url));
const script = join(root, "scripts/spec-upstream.mjs");
const fixtures = fileURLToPath(new URL("fixtures/upstream/", import.meta.url));
const NEWER = join(fixtures, "composio-v3-four-operations.json");
const OLDER = join(fixtures, "composio-v3-four-operations.02f1fd3f.json");

/** Runs the command; resolves with its exit code and output. */
async function upstream(...args: string[]) {
  return run(process.execPath, [script, ...args], { cwd: root }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

/** A port nothing listens on: one the system just gave out and took back. */
async function closedPort() {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

// Each case runs the CLI as its own node process, up to six in a row: on a loaded 2-core machine
// that can take longer than vitest's default limit, which here only has to catch a hang.
describe("pnpm spec:upstream", { timeout: 120_000 }, () => {
  let dir: string;
  let spec: string;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "spec-upstream-"));
    spec = join(dir, "openapi.yaml");
    await writeFile(spec, stringify(modelledSpec()));
    const body = await readFile(NEWER);
    server = createServer((request, response) => {
      if (request.url !== "/api/v3/openapi.json") {
        response.writeHead(404).end("not found");
        return;
      }
      response.writeHead(200, { "content-type": "application/json" }).end(body);
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((done) => server.close(done));
    await rm(dir, { recursive: true, force: true });
  });

  it("exits 0 on the newer version, and says nothing is refused or mistyped", async () => {
    const { code, stdout } = await upstream(NEWER, "--spec", spec);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^spec:upstream: .* → .*\n0 blocking, 0 mistyped, \d+ informational/);
    expect(stdout).toContain("Nothing upstream accepts or returns is refused or mistyped");
    expect(stdout).not.toContain("ours documents description");
    const verbose = await upstream(NEWER, "--spec", spec, "--verbose");
    expect(verbose.stdout).toContain("ours documents description, upstream does not");
  });

  it("exits 0 on the older version, listing its differences as informational", async () => {
    const { code, stdout } = await upstream(OLDER, "--spec", spec);
    expect(code).toBe(0);
    expect(stdout).toContain('ours lists "COMPOSIO_PROXY_EXECUTE", upstream does not');
    expect(stdout).toContain("ours describes `input_responses`, upstream does not");
    expect(stdout).toContain("upstream's single schema matches ours oneOf branch #3 only");
  });

  it("exits 1 when upstream accepts or returns what ours does not, in the text and JSON reports", async () => {
    const text = await upstream(NEWER, "--spec", join(root, "spec/test/fixtures/base.yaml"));
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("blocking requests (upstream accepts, ours refuses):");
    expect(text.stdout).toContain("mistyped responses (upstream may return, ours does not type):");

    const json = await upstream(
      NEWER,
      "--json",
      "--spec",
      join(root, "spec/test/fixtures/base.yaml"),
    );
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(Object.keys(report)).toEqual(["source", "spec", "counts", "findings"]);
    expect(report.source).toBe(NEWER);
    expect(report.counts.blocking).toBeGreaterThan(0);
    expect(report.counts.mistyped).toBeGreaterThan(0);
    const total = report.counts.blocking + report.counts.mistyped + report.counts.info;
    expect(report.findings).toHaveLength(total);
    expect(report.findings[0]).toEqual({
      group: expect.stringMatching(/^(blocking|mistyped|info)$/),
      endpoint: expect.stringMatching(/^POST \/api\/v3\//),
      operation: expect.any(String),
      pointer: expect.stringMatching(/^\/paths\//),
      upstream: expect.stringMatching(/^\/paths\//),
      message: expect.any(String),
      ...(report.findings[0].source ? { source: expect.stringMatching(/^#\/components\//) } : {}),
      ...(report.findings[0].docs ? { docs: true } : {}),
    });
  });

  it("reads upstream's document from a URL", async () => {
    const { code, stdout } = await upstream(`${url}/api/v3/openapi.json`, "--json", "--spec", spec);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).counts).toMatchObject({ blocking: 0, mistyped: 0 });
  });

  it("exits 2 with one line when the URL cannot be reached or answers an error", async () => {
    const port = await closedPort();
    const refused = await upstream(`http://127.0.0.1:${port}/openapi.json`, "--spec", spec);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toBe(
      `spec:upstream: cannot fetch http://127.0.0.1:${port}/openapi.json: connect ECONNREFUSED 127.0.0.1:${port}\n`,
    );

    const missing = await upstream(`${url}/nothing.json`, "--spec", spec);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      `spec:upstream: cannot fetch ${url}/nothing.json: HTTP 404 Not Found\n`,
    );
  });

  it("exits 2 on a missing file, a document that is not OpenAPI or cannot be walked, bad arguments", async () => {
    const missing = await upstream(join(dir, "nope.json"), "--spec", spec);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^spec:upstream: cannot read .*nope\.json: ENOENT/);

    const notOpenApi = join(dir, "list.json");
    await writeFile(notOpenApi, "[1, 2]");
    const wrong = await upstream(notOpenApi, "--spec", spec);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("is not an OpenAPI document");

    const broken = JSON.parse(await readFile(NEWER, "utf8"));
    const ok = broken.paths["/api/v3/tools/execute/{tool_slug}"].post.responses["200"];
    broken.paths["/api/v3/tools/execute/{tool_slug}"].post.responses["200"] = {
      ...ok,
      $ref: "#/components/responses/Missing",
    };
    const brokenFile = join(dir, "broken.json");
    await writeFile(brokenFile, JSON.stringify(broken));
    const unresolved = await upstream(brokenFile, "--spec", spec);
    expect(unresolved.code).toBe(2);
    expect(unresolved.stderr).toBe(
      "spec:upstream: cannot compare: Cannot resolve $ref #/components/responses/Missing: nothing is there\n",
    );

    expect((await upstream("a.json", "b.json")).code).toBe(2);
    expect((await upstream("--nope")).code).toBe(2);
    const help = await upstream("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: pnpm spec:upstream [file-or-url]");
  });

  it("finds a relative path from the repository root as well", async () => {
    const relative = "spec/test/fixtures/upstream/composio-v3-four-operations.json";
    const result = await run(process.execPath, [script, relative, "--spec", spec], {
      cwd: join(root, "spec"),
    });
    expect(result.stdout).toContain("0 blocking, 0 mistyped");
  });
});
