import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { type PublicPackage, publishedFiles } from "@composio-client/packed";
import { lazyChunks, unhashed } from "./lazy-chunks";

export const run = promisify(execFile);
export {
  PUBLIC_PACKAGES as PUBLIC,
  packagesDir,
  packPublicPackages,
} from "@composio-client/packed";

// Entries besides `index`: core's `@composio-client/core/internal`, the wrappers' plumbing.
const EXTRA_ENTRIES: Record<string, string[]> = { core: ["internal"] };
// Code shared by two entries goes into a chunk named by rolldown, with a content hash.
const CHUNK = /^dist\/[\w-]+-[\w-]{8}\.(cjs|mjs|d\.cts|d\.mts)$/;

/**
 * What a public package ships, sorted, without its shared chunks: the ESM and CommonJS builds of
 * each entry with their types, its command-line programs (typegen's bin), the README, the license
 * and package.json.
 */
export function shippedFiles(
  name: string,
  files: readonly string[],
): {
  expected: string[];
  actual: string[];
} {
  const builds = ["index", ...(EXTRA_ENTRIES[name] ?? [])].flatMap((entry) =>
    ["cjs", "d.cts", "d.mts", "mjs"].map((ext) => `dist/${entry}.${ext}`),
  );
  const lazy = lazyChunks(name);
  // packed's list: LICENSE, README.md, package.json, the index builds and any bin.
  const published = publishedFiles(name as PublicPackage);
  return {
    expected: [...new Set([...published, ...builds, ...lazy])].sort(),
    // Shared chunks are left out; lazily loaded modules are expected, by their unhashed name.
    actual: files
      .filter((file) => !CHUNK.test(file) || lazy.includes(unhashed(file)))
      .map(unhashed)
      .sort(),
  };
}
