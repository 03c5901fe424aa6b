// What a program never calls is not in its bundle: createProxyFetch, its mapping and its error
// classes cost nothing to a program that only runs session calls.
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { expect, it } from "vitest";
import { OWN_PROGRAMS } from "../src/bundle-size";

const dir = fileURLToPath(new URL("..", import.meta.url));

async function bundled(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: dir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

// Strings only createProxyFetch's modules hold: its error classes' names and its messages.
const PROXY_FETCH_ONLY = [
  "ProxyInputRequiredError",
  "ProxyUnknownResultError",
  "ProxyDownloadError",
  "ProxyDownloadTooLargeError",
  "cannot be returned as a Response",
];

it("a program of session calls bundles nothing of createProxyFetch", async () => {
  const program = OWN_PROGRAMS.find((p) => p.job === "session calls");
  const code = await bundled(program?.source ?? "");
  for (const text of PROXY_FETCH_ONLY) expect(code, text).not.toContain(text);
});

it("a program that calls createProxyFetch bundles it: the check above can fail", async () => {
  const code =
    await bundled(`import { createProxyFetch, createToolRouterClient } from "@composio-client/tool-router";
    const session = createToolRouterClient({ apiKey: "k" }).session("trs_1");
    console.log(await createProxyFetch(session, "github")("https://api.github.com/user"));`);
  for (const text of PROXY_FETCH_ONLY) expect(code, text).toContain(text);
});
