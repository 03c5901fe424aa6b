import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readToolDefinitions, renderFiles } from "../src/index";
import { COMPILERS, compile, fixtures, NODENEXT, packageDir, project } from "./projects";

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
  const sent = await tools.execute(
    "GMAIL_SEND_EMAIL",
    { arguments: { recipient_email: "ada@example.com", body: "Hi" } },
    { throwOnToolError: true },
  );
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
  await session.execute("COMPOSIO_WAIT_FOR_CONNECTION", { arguments: { toolkits: ["github"], mode: "some" } });
  const issue = await session.execute("GITHUB_CREATE_AN_ISSUE", { arguments: { owner: "o", repo: "r", title: "t" } });
  if (issue.resultType === "completed") {
    const state: "open" | "closed" = issue.data.state;
    // Nullable in the schema, nullable in the type.
    const body: string | null | undefined = issue.data.body;
    // @ts-expect-error: nullable stays nullable
    const notNull: string | undefined = issue.data.body;
    void [state, body, notNull];
  }
  const s3 = await tools.execute("COMPOSIO_DOWNLOAD_S3_FILE", { arguments: { s3_url: "u", local_path: null } });
  // @ts-expect-error: data is the declared output only once the result says it succeeded
  const unsure: string | null | undefined = s3.data.local_path;
  return id + String(extra) + String(unsure) + (s3.successful ? s3.data.local_path : "");
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
session.execute("SECOND_TOOL", { arguments: { n: "1" } });
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

describe.each(COMPILERS)("hostile names and text, under %s", (_name, tsc) => {
  const tag = tsc.includes("typescript7") ? 7 : 5;
  const optional = (type: string) => ({ type });
  const definitions = readToolDefinitions([
    {
      slug: "T_PROTO_NAMES",
      version: "1",
      input_parameters: {
        type: "object",
        properties: {
          name: { type: "string" },
          constructor: optional("string"),
          toString: optional("string"),
          valueOf: optional("number"),
          hasOwnProperty: optional("boolean"),
          // Computed: a bare `__proto__:` would set this literal's prototype.
          ["__proto__"]: optional("string"),
        },
        required: ["name"],
      },
      output_parameters: {
        type: "object",
        properties: { constructor: optional("string"), id: optional("string") },
      },
    },
    { slug: "__proto__", version: "2", input_parameters: {} },
    {
      slug: "T_INJECTED",
      version: "3",
      description: "Ends here */ export const a = 1; /*\u2028declare const b: 1;",
      input_parameters: {
        type: "object",
        properties: {
          a: { $ref: "#/$defs/x\n@ts-expect-error" },
          b: { $ref: "#/$defs/%" },
          c: { type: "string", description: "line\rbreak */ declare const c: 1;" },
          d: { not: { type: "string" } },
        },
      },
    },
  ]).tools;

  it("types properties named like Object.prototype's members as declared, and keeps __proto__", async () => {
    const files = renderFiles(definitions, { source: "hostile\u2028declare const x: 1;" });
    const dir = await project(
      `hostile-${tag}`,
      {
        "composio-tools.d.ts": files.declarations,
        "composio-tools.versions.ts": files.versions,
        "main.ts": `import { createToolsClient } from "@composio-client/tools";
import { composioToolVersions } from "./composio-tools.versions";

const tools = createToolsClient({ apiKey: "k", toolVersions: composioToolVersions });
export async function main(): Promise<unknown> {
  // Compiles: the optional constructor, toString, valueOf... are left out.
  const done = await tools.execute("T_PROTO_NAMES", { arguments: { name: "n" } }, { throwOnToolError: true });
  const id: string | undefined = done.data.id;
  await tools.execute("T_PROTO_NAMES", { arguments: { name: "n", constructor: "c", toString: "s", valueOf: 1, ["__proto__"]: "p" } });
  // @ts-expect-error: constructor is a string
  await tools.execute("T_PROTO_NAMES", { arguments: { name: "n", constructor: 5 } });
  // @ts-expect-error: valueOf is a number
  await tools.execute("T_PROTO_NAMES", { arguments: { name: "n", valueOf: "1" } });
  // A slug named __proto__ is a tool like any other.
  await tools.execute("__proto__", { arguments: { any: 1 } });
  await tools.execute("T_INJECTED", { arguments: { a: 1, b: 2, c: "c", d: 4 } });
  return id;
}
`,
      },
      // The generated files are checked too, not only their use.
      { skipLibCheck: false },
    );
    expect(await compile(tsc, dir)).toEqual({ code: 0, errors: [] });
  }, 300_000);
});

// Every README line that imports the versions module, from each README that has one.
const READMES = ["README.md", "packages/typegen/README.md", "packages/tools/README.md"];
const root = join(packageDir, "../..");
async function readmeLines(pattern: RegExp): Promise<string[]> {
  const texts = await Promise.all(READMES.map((file) => readFile(join(root, file), "utf8")));
  return texts.flatMap((text) => text.split("\n").filter((line) => pattern.test(line)));
}

describe.each(COMPILERS)(
  "the READMEs' snippets as pasted, module nodenext, under %s",
  (_name, tsc) => {
    const tag = tsc.includes("typescript7") ? 7 : 5;

    it.each(["module", "commonjs"])(
      "compile in a %s package, with the default .ts and the README's --versions-out",
      async (type) => {
        const imports = await readmeLines(/^import \{ composioToolVersions \} from /);
        expect(imports.length).toBe(READMES.length);
        // The README's --versions-out command, run as written (paths inside the project).
        const [command] = await readmeLines(/^npx composio-typegen .*--versions-out/);
        expect(command).toBeDefined();
        const dir = await project(
          `readme-${type}-${tag}`,
          { "package.json": JSON.stringify({ type }) },
          NODENEXT,
        );
        const run = async (args: string[], folder: string) => {
          const argv = args.map((arg) =>
            arg === "tools.json"
              ? join(fixtures, "tools.json")
              : arg.replace(/^src\//, `${dir}/${folder}/`),
          );
          const { main } = await import("../src/index");
          let stderr = "";
          const code = await main(argv, {
            stdout: () => {},
            stderr: (text) => {
              stderr += text;
            },
            env: {},
          });
          expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
        };
        await run(["--input", "tools.json", "--out", "src/composio-tools.d.ts"], "default");
        await run((command as string).split(/\s+/).slice(2), "versions-out");
        // One registry is enough: the second folder keeps only its versions module.
        await rm(join(dir, "versions-out/composio-tools.d.ts"));
        for (const folder of ["default", "versions-out"]) {
          const uses = imports.map(
            (line, index) =>
              `${line.replace(/;.*$/, ";").replace("composioToolVersions }", `composioToolVersions as v${index} }`)}`,
          );
          await writeFile(
            join(dir, folder, "main.ts"),
            `import { createToolsClient } from "@composio-client/tools";
${uses.join("\n")}

export const clients = [${imports.map((_, index) => `v${index}`).join(", ")}].map((toolVersions) =>
  createToolsClient({ apiKey: "k", toolVersions }),
);
export async function main(): Promise<string> {
  const sent = await clients[0]!.execute("GMAIL_SEND_EMAIL", { arguments: { recipient_email: "a", body: "b" } });
  // @ts-expect-error: recipient_email is required
  await clients[0]!.execute("GMAIL_SEND_EMAIL", { arguments: { body: "b" } });
  return sent.successful ? sent.data.id : sent.error;
}
`,
          );
        }
        expect(await compile(tsc, dir)).toEqual({ code: 0, errors: [] });
      },
      300_000,
    );
  },
);
