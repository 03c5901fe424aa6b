// Reads upstream's document from a file or a URL, and our spec from a file.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parse } from "yaml";
import { isObject } from "../diff/pointer.mjs";

/** The live document. */
export const DEFAULT_SOURCE = "https://backend.composio.dev/api/v3/openapi.json";

/** An error worth showing as it is, without a stack trace: the command exits 2. */
export class ReadError extends Error {}

/**
 * The parsed OpenAPI document at `source`: an http(s) URL, or a file path relative to the first of
 * `dirs` where it exists (pnpm and turbo run the command in spec/, wherever it was typed).
 * @param {string} source
 * @param {{ dirs: string[], timeoutMs?: number }} options
 * @returns {Promise<any>}
 */
export async function loadDocument(source, { dirs, timeoutMs = 30_000 }) {
  const file = dirs.map((dir) => resolve(dir, source)).find((path) => existsSync(path));
  const text = /^https?:\/\//i.test(source)
    ? await download(source, timeoutMs)
    : await readFile(file ?? resolve(dirs[0] ?? ".", source), "utf8").catch(
        (/** @type {Error} */ error) => {
          throw new ReadError(`cannot read ${source}: ${error.message}`);
        },
      );
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    try {
      doc = parse(text);
    } catch (error) {
      throw new ReadError(
        `${source} is neither JSON nor YAML: ${/** @type {Error} */ (error).message}`,
      );
    }
  }
  if (!isObject(doc) || !isObject(doc.paths)) {
    throw new ReadError(`${source} is not an OpenAPI document (no \`paths\`)`);
  }
  return doc;
}

/**
 * @param {string} url
 * @param {number} timeoutMs
 * @returns {Promise<string>}
 */
async function download(url, timeoutMs) {
  let response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const { name, message, cause } = /** @type {Error & { cause?: any }} */ (error);
    const reason =
      name === "TimeoutError"
        ? `no answer within ${timeoutMs / 1000} s`
        : (cause?.message ?? message);
    throw new ReadError(`cannot fetch ${url}: ${reason}`);
  }
  if (!response.ok)
    throw new ReadError(`cannot fetch ${url}: HTTP ${response.status} ${response.statusText}`);
  return response.text();
}
