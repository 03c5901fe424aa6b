// Bundle size of one small program: esbuild, bundled into one file, minified, gzipped. The bench
// measures ours beside other clients with it; test/size.test.ts holds our budgets with
// size-limit, which bundles the same way.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

export interface Program {
  name: string;
  /** What the program exercises, e.g. "tools.execute". */
  job: "tools.execute" | "session calls";
  source: string;
}

/** The arguments every program passes to its tool. */
export const ARGS = `{ owner: "composiohq", repo: "composio", title: "Bug" }`;

/** One program per wrapper package, each calling what its package is for. */
export const OWN_PROGRAMS: Program[] = [
  {
    name: "@composio-client/tools",
    job: "tools.execute",
    source: `import { createToolsClient } from "@composio-client/tools";
      console.log(await createToolsClient({ apiKey: "k" }).execute("X", { arguments: ${ARGS} }));`,
  },
  {
    name: "@composio-client/tool-router",
    job: "session calls",
    source: `import { createToolRouterClient } from "@composio-client/tool-router";
      const session = createToolRouterClient({ apiKey: "k" }).session("trs_1");
      console.log(await session.execute("X", { arguments: ${ARGS} }));
      console.log(await session.executeMeta("COMPOSIO_SEARCH_TOOLS", {}));
      console.log(await session.proxyExecute({ toolkit: "gmail", endpoint: "/m", method: "GET" }));`,
  },
];

/**
 * The gzipped size (level 9) of `program` bundled into one file, as users bundle it for a
 * browser or an edge worker (no Node built-ins): esbuild, minified.
 */
export async function bundleSize(program: Program, resolveDir: string): Promise<number> {
  const [bundle] = (
    await build({
      stdin: { contents: program.source, resolveDir, loader: "js" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      write: false,
      logLevel: "silent",
    })
  ).outputFiles;
  if (!bundle) throw new Error(`esbuild wrote nothing for ${program.name}`);
  return gzipSync(bundle.contents, { level: 9 }).length;
}
