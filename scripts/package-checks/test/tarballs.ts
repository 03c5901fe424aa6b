import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { publishedFiles } from "../src/packed";
import { lazyChunks, unhashed } from "./lazy-chunks";

export const run = promisify(execFile);
export {
  PUBLIC_PACKAGES as PUBLIC,
  packagesDir,
  packPublicPackages,
  SUBPATH_EXPORTS,
} from "../src/packed";

// Code shared by two entries goes into a chunk named by rolldown, with a content hash.
const CHUNK = /^dist\/[\w-]+-[\w-]{8}\.(cjs|mjs|d\.cts|d\.mts)$/;

/**
 * What a public package ships, sorted, without its shared chunks: packed's list (the builds of
 * each entry, command-line programs, README, license, package.json) and its lazy modules.
 */
export function shippedFiles(
  name: string,
  files: readonly string[],
): {
  expected: string[];
  actual: string[];
} {
  const lazy = lazyChunks(name);
  return {
    expected: [...publishedFiles(name), ...lazy].sort(),
    // Shared chunks are left out; lazily loaded modules are expected, by their unhashed name.
    actual: files
      .filter((file) => !CHUNK.test(file) || lazy.includes(unhashed(file)))
      .map(unhashed)
      .sort(),
  };
}
