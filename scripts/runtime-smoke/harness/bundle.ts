import { join } from "node:path";
import { type BuildOptions, build } from "esbuild";

/** What `buildSmoke` writes into `<project>/dist`. */
export const BUILDS = {
  /** For Node's `import`, Bun and Deno; the packages stay imports, resolved by the runtime. */
  cliEsm: "cli.mjs",
  /** For Node's `require`. */
  cliCjs: "cli.cjs",
  /** A Worker module with the packages bundled in, as wrangler would deploy it. */
  worker: "worker.mjs",
  /** A page script with the packages bundled in, as a web bundler would ship it. */
  browser: "browser.js",
} as const;

/**
 * Builds the smoke program's entries from `<project>/src` against the packages installed in
 * `<project>/node_modules`. Throws if a bundle took any file from elsewhere (a workspace link).
 */
export async function buildSmoke(project: string): Promise<void> {
  const src = (name: string) => join(project, "src", name);
  const out = (name: string) => join(project, "dist", name);
  // Metafile inputs are then relative to the project.
  const common: BuildOptions = {
    absWorkingDir: project,
    bundle: true,
    target: "es2022",
    logLevel: "silent",
  };
  const external: BuildOptions = { ...common, packages: "external", platform: "neutral" };
  await build({
    ...external,
    entryPoints: [src("cli.ts")],
    format: "esm",
    outfile: out(BUILDS.cliEsm),
  });
  await build({
    ...external,
    entryPoints: [src("cli.ts")],
    format: "cjs",
    outfile: out(BUILDS.cliCjs),
  });
  const bundled = [
    build({
      ...common,
      entryPoints: [src("worker.ts")],
      format: "esm",
      platform: "neutral",
      conditions: ["workerd", "worker", "browser"],
      outfile: out(BUILDS.worker),
      metafile: true,
    }),
    build({
      ...common,
      entryPoints: [src("browser.ts")],
      format: "esm",
      platform: "browser",
      outfile: out(BUILDS.browser),
      metafile: true,
    }),
  ];
  for (const { metafile } of await Promise.all(bundled)) {
    const inputs = Object.keys(metafile.inputs);
    const stray = inputs.filter((input) => input.startsWith("..") || input.startsWith("/"));
    if (stray.length > 0) throw new Error(`bundled from outside the packed project: ${stray}`);
    for (const name of ["core", "tools", "tool-router", "testing"]) {
      const entry = `node_modules/@composio-client/${name}/dist/index.mjs`;
      if (!inputs.includes(entry)) throw new Error(`the bundle lacks ${entry}: ${inputs}`);
    }
  }
}
