import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sendJson, startHttpServer, type TestHttpServer } from "@composio-client/mock-servers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, fixtures } from "./projects";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "typegen-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const fixture = join(fixtures, "tools.json");
const read = (file: string) => readFile(join(dir, file), "utf8");

describe("composio-typegen --input", () => {
  it("writes the registry, the versions module and the schemas it used", async () => {
    const result = await cli(["--input", fixture, "--out", join(dir, "offline/tools.d.ts")]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const registry = await read("offline/tools.d.ts");
    expect(registry).toContain('declare module "@composio-client/core" {');
    expect(registry).toContain('version: "20250909_00";');
    expect(await read("offline/tools.versions.ts")).toContain(
      'GITHUB_CREATE_AN_ISSUE: "20250909_00",',
    );
    const schemas = JSON.parse(await read("offline/tools.schemas.json"));
    expect(Object.keys(schemas.tools)).toHaveLength(5);
  });

  it("reads a bare array of tools too, and writes JavaScript versions when asked", async () => {
    const { items } = JSON.parse(await readFile(fixture, "utf8"));
    await writeFile(join(dir, "array.json"), JSON.stringify([items[0], { name: "no slug" }]));
    const result = await cli([
      "--input",
      join(dir, "array.json"),
      "--out",
      join(dir, "array/tools.d.ts"),
      "--versions-out",
      join(dir, "array/versions.js"),
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('Skipped entry 1: no string "slug".\n');
    expect(await read("array/versions.js")).toContain(
      "/** @type {Readonly<Record<string, string>>} */",
    );
  });

  it("refuses a bad command line or input with exit code 2, and never writes", async () => {
    expect((await cli(["--out", join(dir, "x.d.ts")])).code).toBe(2);
    expect((await cli(["--input", fixture])).code).toBe(2);
    expect((await cli(["--input", fixture, "--toolkit", "github", "--out", "x.d.ts"])).code).toBe(
      2,
    );
    await writeFile(join(dir, "bad.json"), "{ not json");
    const bad = await cli(["--input", join(dir, "bad.json"), "--out", join(dir, "bad/x.d.ts")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("is not JSON");
  });
});

describe("composio-typegen --check", () => {
  it("exits 0 when the definitions have not changed", async () => {
    const out = join(dir, "check/tools.d.ts");
    await cli(["--input", fixture, "--out", out]);
    expect(await cli(["--input", fixture, "--out", out, "--check"])).toMatchObject({
      code: 0,
      stdout: "No changes: the generated types match the tools' definitions.\n",
    });
  });

  it("reports each change of an edited fixture with its class, and exits 1", async () => {
    const out = join(dir, "check/tools.d.ts");
    await cli(["--input", fixture, "--out", out]);
    const edited = JSON.parse(await readFile(fixture, "utf8"));
    const tool = (slug: string) => edited.items.find((t: { slug: string }) => t.slug === slug);
    const issue = tool("GITHUB_CREATE_AN_ISSUE");
    delete issue.input_parameters.properties.labels; // an argument removed: breaking
    issue.input_parameters.properties.type = { type: "string" }; // optional argument: additive
    issue.version = "20251001_00"; // a new version: additive (the pin still runs the old one)
    const gmail = tool("GMAIL_SEND_EMAIL");
    gmail.input_parameters.required.push("subject"); // an argument made required: breaking
    gmail.description = "Sends an email."; // docs
    tool("COMPOSIO_DOWNLOAD_S3_FILE").output_parameters.properties.data.properties.etag = {
      type: "string",
    }; // a new optional field in data: additive
    tool("COMPOSIO_WAIT_FOR_CONNECTION").input_parameters.properties.mode.enum.push("first"); // additive
    tool("COMPOSIO_DOWNLOAD_S3_FILE").output_parameters.properties.data.required.pop(); // data guarantees less: breaking
    edited.items = edited.items.filter(
      (t: { slug: string }) => t.slug !== "COMPOSIO_EXECUTE_AGENT",
    );
    edited.items.push({ slug: "GMAIL_FETCH_EMAILS", version: "20250910_00", input_parameters: {} });
    await writeFile(join(dir, "edited.json"), JSON.stringify(edited));

    const result = await cli(["--input", join(dir, "edited.json"), "--out", out, "--check"]);
    expect(result.code).toBe(1);
    expect(result.stdout.split("\n")).toEqual([
      "breaking (4):",
      "  COMPOSIO_DOWNLOAD_S3_FILE data/properties/success: field `success` no longer always present",
      "  COMPOSIO_EXECUTE_AGENT: tool removed, or no longer listed",
      "  GITHUB_CREATE_AN_ISSUE arguments/properties/labels: field `labels` removed",
      "  GMAIL_SEND_EMAIL arguments/properties/subject: optional field `subject` made required",
      "additive (5):",
      "  COMPOSIO_DOWNLOAD_S3_FILE data/properties/etag: new response field `etag`",
      '  COMPOSIO_WAIT_FOR_CONNECTION arguments/properties/mode/enum: enum value "first" added',
      "  GITHUB_CREATE_AN_ISSUE: version 20250909_00 → 20251001_00",
      "  GITHUB_CREATE_AN_ISSUE arguments/properties/type: new optional field `type`",
      "  GMAIL_FETCH_EMAILS: tool added",
      "docs (1):",
      "  GMAIL_SEND_EMAIL: description changed",
      "",
    ]);
  });
});

describe("composio-typegen --toolkit, through the API", () => {
  let server: TestHttpServer;
  const { items } = JSON.parse(readFileSync(fixture, "utf8"));
  beforeAll(async () => {
    server = await startHttpServer((request, res) => {
      const url = new URL(request.url, "http://x");
      if (url.pathname === "/api/v3/tools/GMAIL_SEND_EMAIL") return sendJson(res, 200, items[1]);
      if (url.pathname !== "/api/v3/tools") return sendJson(res, 404, { error: { message: "no" } });
      // Two pages of the composio toolkit: the cursor is followed until next_cursor is null.
      const page = url.searchParams.get("cursor") === "page-2" ? 2 : 1;
      const composio = items.slice(2);
      return sendJson(res, 200, {
        items: page === 1 ? composio.slice(0, 2) : composio.slice(2),
        next_cursor: page === 1 ? "page-2" : null,
        total_pages: 2,
        current_page: page,
        total_items: 3,
      });
    });
  });
  afterAll(() => server.close());

  it("pages through each toolkit and gets each --tool, with COMPOSIO_API_KEY", async () => {
    const out = join(dir, "api/tools.d.ts");
    const args = ["--toolkit", "composio", "--tool", "GMAIL_SEND_EMAIL", "--out", out];
    const result = await cli([...args, "--base-url", server.url], { COMPOSIO_API_KEY: "key_1" });
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "GET /api/v3/tools?toolkit_slug=composio&limit=100",
      "GET /api/v3/tools?toolkit_slug=composio&limit=100&cursor=page-2",
      "GET /api/v3/tools/GMAIL_SEND_EMAIL",
    ]);
    expect(server.requests.every((r) => r.headers["x-api-key"] === "key_1")).toBe(true);
    const schemas = JSON.parse(await read("api/tools.schemas.json"));
    expect(Object.keys(schemas.tools)).toEqual([
      "COMPOSIO_DOWNLOAD_S3_FILE",
      "COMPOSIO_EXECUTE_AGENT",
      "COMPOSIO_WAIT_FOR_CONNECTION",
      "GMAIL_SEND_EMAIL",
    ]);
  });

  it("says so when there is no API key", async () => {
    const out = join(dir, "nokey/tools.d.ts");
    const result = await cli(["--toolkit", "github", "--out", out, "--base-url", server.url]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("COMPOSIO_API_KEY");
  });
});
