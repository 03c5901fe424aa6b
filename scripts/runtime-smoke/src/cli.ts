/**
 * Entry of the smoke program on Node (ESM and CommonJS), Bun and Deno:
 * `<runtime> cli.mjs <baseUrl> <refusedUrl>` prints the summary as one line of JSON.
 */
import { runSmoke } from "./smoke";

const scope = globalThis as { Deno?: { args: string[] }; process?: { argv: string[] } };
const [baseUrl, refusedUrl] = scope.Deno?.args ?? scope.process?.argv.slice(2) ?? [];
if (!baseUrl || !refusedUrl) throw new Error("usage: cli <baseUrl> <refusedUrl>");
// No top-level await: the same entry is also built as CommonJS.
runSmoke({ baseUrl, refusedUrl, browser: false, canListen: true }).then((summary) => {
  console.log(JSON.stringify(summary));
});
