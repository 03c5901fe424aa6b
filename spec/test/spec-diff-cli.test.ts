// End to end: a temporary git repository with a spec (the classifier's fixture, so that the real
// spec can evolve freely), the public packages' manifests and a changesets config; the spec is
// edited and the real `scripts/spec-diff.mjs` is run in it.
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../", import.meta.url));
const script = join(root, "scripts/spec-diff.mjs");

const VERSIONS: Record<string, string> = {
  "api-types": "0.4.0",
  core: "0.4.0",
  tools: "0.4.0",
  "tool-router": "1.2.0",
};

async function git(repo: string, ...args: string[]) {
  const identity = ["-c", "user.name=Spec Diff Test", "-c", "user.email=spec-diff@example.com"];
  const unsigned = ["-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false"];
  return run("git", [...identity, ...unsigned, ...args], { cwd: repo });
}

/** Runs the command from `cwd`; resolves with its exit code and output. */
async function specDiff(cwd: string, ...args: string[]) {
  return run(process.execPath, [script, ...args], { cwd }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

async function changesets(repo: string) {
  return (await readdir(join(repo, ".changeset"))).filter((f) => f.startsWith("spec-")).sort();
}

/** Removes a meta tool (breaking) and adds an optional request field (additive). */
async function editSpec(repo: string) {
  const file = join(repo, "spec/openapi.yaml");
  const spec = await readFile(file, "utf8");
  const edited = spec
    .replace(
      "enum: [COMPOSIO_SEARCH_TOOLS, COMPOSIO_MULTI_EXECUTE_TOOL]",
      "enum: [COMPOSIO_SEARCH_TOOLS]",
    )
    .replace(
      "        text:\n          type: string\n",
      "        priority:\n          type: integer\n        text:\n          type: string\n",
    );
  expect(edited).not.toContain("COMPOSIO_MULTI_EXECUTE_TOOL");
  expect(edited).toContain("        priority:\n");
  await writeFile(file, edited);
}

describe("pnpm spec:diff in a fresh repository", () => {
  let repo: string;

  beforeAll(async () => {
    repo = await mkdtemp(join(tmpdir(), "spec-diff-"));
    await mkdir(join(repo, "spec"));
    await mkdir(join(repo, ".changeset"));
    await copyFile(join(root, "spec/test/fixtures/base.yaml"), join(repo, "spec/openapi.yaml"));
    await copyFile(join(root, ".changeset/config.json"), join(repo, ".changeset/config.json"));
    for (const [dir, version] of Object.entries(VERSIONS)) {
      await mkdir(join(repo, "packages", dir), { recursive: true });
      const manifest = { name: `@composio-client/${dir}`, version };
      await writeFile(join(repo, "packages", dir, "package.json"), JSON.stringify(manifest));
    }
    await mkdir(join(repo, "packages/examples"));
    await writeFile(
      join(repo, "packages/examples/package.json"),
      JSON.stringify({ name: "@composio-client/examples", version: "0.0.0", private: true }),
    );
    await git(repo, "init", "-q");
    await git(repo, "add", ".");
    await git(repo, "commit", "-q", "-m", "Release");
    await git(repo, "tag", "@composio-client/core@0.4.0");
  }, 300_000);

  afterAll(() => rm(repo, { recursive: true, force: true }));

  it("says there is no change and writes nothing when the spec is untouched", async () => {
    const result = await specDiff(repo, "--changeset");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "spec/openapi.yaml: @composio-client/core@0.4.0 → working tree",
    );
    expect(result.stdout).toContain("No changes");
    expect(await changesets(repo)).toEqual([]);
  }, 300_000);

  it("classifies an edit and writes a changeset bumping each affected package", async () => {
    await editSpec(repo);
    // From a subfolder: paths resolve from the repository root.
    const result = await specDiff(join(repo, "spec"), "--changeset");
    expect(result.code).toBe(0);
    expect(
      result.stdout,
    ).toContain(`executeSessionMetaTool  POST /api/v3/tool_router/session/{session_id}/execute_meta
  packages: @composio-client/api-types, @composio-client/core, @composio-client/tool-router
  breaking  enum value "COMPOSIO_MULTI_EXECUTE_TOOL" removed`);
    expect(result.stdout).toContain("additive  new optional field `priority`");

    const files = await changesets(repo);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^spec-\d{8}-[0-9a-f]{8}\.md$/);
    expect(result.stdout).toContain(`Wrote .changeset/${files[0]}`);
    const content = await readFile(join(repo, ".changeset", files[0] ?? ""), "utf8");
    expect(content).toBe(`---
"@composio-client/api-types": minor
"@composio-client/core": minor
"@composio-client/tools": minor
"@composio-client/tool-router": major
---

Changes to the API spec (1 breaking, 1 additive):

- breaking: \`executeSessionMetaTool\`: enum value "COMPOSIO_MULTI_EXECUTE_TOOL" removed, at \`/paths/~1api~1v3~1tool_router~1session~1{session_id}~1execute_meta/post/requestBody/content/application~1json/schema/properties/slug/enum\`
- additive: \`executeTool\`: new optional field \`priority\`, at \`/paths/~1api~1v3~1tools~1execute~1{tool_slug}/post/requestBody/content/application~1json/schema/properties/priority\`
`);
  }, 300_000);

  it("compares with the last release tag by default, and with any ref given", async () => {
    await git(repo, "commit", "-q", "-am", "Edit the spec");
    const sinceRelease = await specDiff(repo, "--changeset");
    expect(sinceRelease.stdout).toContain("@composio-client/core@0.4.0 → working tree");
    expect(sinceRelease.stdout).toContain('enum value "COMPOSIO_MULTI_EXECUTE_TOOL" removed');
    // The same changes on the same day: the same file, not a second one.
    expect(await changesets(repo)).toHaveLength(1);

    const sinceHead = await specDiff(repo, "HEAD");
    expect(sinceHead.stdout).toContain("HEAD → working tree\nNo changes.");
  }, 300_000);

  it("fails clearly on a ref that does not exist", async () => {
    const result = await specDiff(repo, "no-such-ref");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Cannot read spec/openapi.yaml at no-such-ref");
  }, 300_000);
});
