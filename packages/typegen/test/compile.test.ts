import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readToolDefinitions, renderFiles } from "../src/index";
import { COMPILERS, compile, fixtures, project } from "./projects";

let registry: string;
let versions: string;
beforeAll(async () => {
  const input = JSON.parse(await readFile(join(fixtures, "tools.json"), "utf8"));
  const files = renderFiles(readToolDefinitions(input).tools, { source: "tools.json" });
  registry = files.declarations;
  versions = files.versions;
});

// What a user's program does with the generated registry; each @ts-expect-error must fire.
const program = `import { createToolsClient } from "@composio-client/tools";
import { createToolRouterClient } from "@composio-client/tool-router";
import { composioToolVersions } from "./composio-tools.versions";

const tools = createToolsClient({ apiKey: "k", toolVersions: composioToolVersions });
const session = createToolRouterClient({ apiKey: "k" }).session("trs_1");

export async function main(): Promise<string> {
  // Compiles: the defaulted user_id, cc, is_html... are left out.
  const sent = await tools.execute("GMAIL_SEND_EMAIL", {
    arguments: { recipient_email: "ada@example.com", body: "Hi" },
  });
  // Compiles: data keeps the fields the schema lists, and allows the ones it does not.
  const id: string = sent.data.id;
  const extra: unknown = sent.data.snippet;
  // @ts-expect-error: a missing required argument (recipient_email)
  await tools.execute("GMAIL_SEND_EMAIL", { arguments: { body: "Hi" } });
  // @ts-expect-error: a misspelt argument (recipient_emial)
  await tools.execute("GMAIL_SEND_EMAIL", { arguments: { recipient_emial: "a@b.c", body: "Hi" } });
  // @ts-expect-error: a wrong type (is_html is a boolean)
  await tools.execute("GMAIL_SEND_EMAIL", { arguments: { recipient_email: "a", body: "b", is_html: "yes" } });
  // @ts-expect-error: an enum value the schema does not list
  await session.execute("COMPOSIO_WAIT_FOR_CONNECTION", { toolkits: ["github"], mode: "some" });
  const issue = await session.execute("GITHUB_CREATE_AN_ISSUE", { owner: "o", repo: "r", title: "t" });
  if (issue.resultType === "completed") {
    const state: "open" | "closed" = issue.data.state;
    // Nullable in the schema, nullable in the type.
    const body: string | null | undefined = issue.data.body;
    // @ts-expect-error: nullable stays nullable
    const notNull: string | undefined = issue.data.body;
    void [state, body, notNull];
  }
  const s3 = await tools.execute("COMPOSIO_DOWNLOAD_S3_FILE", { arguments: { s3_url: "u", local_path: null } });
  return id + String(extra) + s3.data.local_path;
}
`;

describe.each(COMPILERS)("the registry generated from real definitions, under %s", (_name, tsc) => {
  it("compiles, and rejects a missing, misspelt or mistyped argument", async () => {
    const dir = await project(`generated-${tsc.includes("typescript7") ? 7 : 5}`, {
      "composio-tools.d.ts": registry,
      "composio-tools.versions.ts": versions,
      "main.ts": program,
    });
    expect(await compile(tsc, dir)).toEqual({ code: 0, errors: [] });
  }, 300_000);
});

describe.each(COMPILERS)("where ToolRegistry is declared, under %s", (_name, tsc) => {
  const tag = tsc.includes("typescript7") ? 7 : 5;
  const declare = (module: string, slug: string) => `export {};
declare module "${module}" {
  interface ToolRegistry { ${slug}: { arguments: { n: number }; data: { ok: boolean } } }
}
`;
  const use = `import { createToolsClient } from "@composio-client/tools";
import { createToolRouterClient } from "@composio-client/tool-router";
const tools = createToolsClient({ apiKey: "k" });
const session = createToolRouterClient({ apiKey: "k" }).session("s");
// @ts-expect-error: typed by the first declaration
tools.execute("FIRST_TOOL", { arguments: { n: "1" } });
// @ts-expect-error: typed by the second declaration
session.execute("SECOND_TOOL", { n: "1" });
export {};
`;

  it("in core, from several files: every entry is kept, for both wrappers", async () => {
    const dir = await project(`core-twice-${tag}`, {
      "first.ts": declare("@composio-client/core", "FIRST_TOOL"),
      "second.ts": declare("@composio-client/core", "SECOND_TOOL"),
      "use.ts": use,
    });
    expect(await compile(tsc, dir)).toEqual({ code: 0, errors: [] });
  }, 300_000);

  it("in the wrappers: a compile error at each declaration, skipLibCheck or not", async () => {
    const dir = await project(`wrappers-${tag}`, {
      "first.ts": declare("@composio-client/tools", "FIRST_TOOL"),
      "second.ts": declare("@composio-client/tool-router", "SECOND_TOOL"),
      "use.ts": use,
    });
    const { code, errors } = await compile(tsc, dir);
    expect(code).not.toBe(0);
    for (const file of ["first.ts", "second.ts"]) {
      expect(errors.find((line) => line.startsWith(file))).toContain(
        "error TS2300: Duplicate identifier 'ToolRegistry'.",
      );
    }
  }, 300_000);
});
