// Bundle size of one small program: esbuild, bundled, minified, gzipped, file by file. Shared by
// the bench (beside other clients) and by test/first-chunk.test.ts (budgets of our own).
import { resolve } from "node:path";
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
 * A program's bundle, gzipped at level 9, file by file as a server sends them. Bundled with code
 * splitting, as browser and edge bundlers do: a module a package loads with import() on first
 * use (tool-router's proxyFetch, core's reading of error responses) becomes its own chunk.
 */
export interface BundleSize {
  /** What loads before the program's first call: its entry file and what that imports statically. */
  firstChunk: number;
  /** Everything the program can load: also the chunks its code may still import() later. */
  allChunks: number;
  /** Bundled into one file, without code splitting, as size-limit and most server bundles do. */
  oneFile: number;
}

/** The sizes of `program` bundled as for a browser or edge worker (no Node built-ins). */
export async function bundleSize(program: Program, resolveDir: string): Promise<BundleSize> {
  const options = {
    stdin: { contents: program.source, resolveDir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  } as const;
  const [oneFile] = (await build(options)).outputFiles;
  if (!oneFile) throw new Error(`esbuild wrote nothing for ${program.name}`);
  const split = await build({ ...options, splitting: true, outdir: "out", metafile: true });
  const gzipped = new Map(
    split.outputFiles.map((file) => [file.path, gzipSync(file.contents, { level: 9 }).length]),
  );
  // Output paths in the metafile are relative to the working directory, outputFiles' absolute.
  const sizeOf = (path: string) => gzipped.get(resolve(path)) ?? Number.NaN;
  const { outputs } = split.metafile;
  const entry = Object.keys(outputs).find((path) => outputs[path]?.entryPoint === "<stdin>");
  if (!entry) throw new Error(`esbuild wrote no entry chunk for ${program.name}`);
  // Chunks only reachable through an import() that tree shaking removed (openapi-fetch, which
  // only raw calls load) are never loaded: they are counted in neither figure.
  const reachable = (kinds: string[]) => {
    const seen = new Set([entry]);
    for (const path of seen) {
      for (const edge of outputs[path]?.imports ?? []) {
        if (kinds.includes(edge.kind) && !edge.external) seen.add(edge.path);
      }
    }
    return [...seen].reduce((sum, path) => sum + sizeOf(path), 0);
  };
  return {
    firstChunk: reachable(["import-statement"]),
    allChunks: reachable(["import-statement", "dynamic-import"]),
    oneFile: gzipSync(oneFile.contents, { level: 9 }).length,
  };
}
