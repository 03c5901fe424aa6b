import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { inject } from "vitest";
import { typeScriptCompilers } from "../../typescript-versions";
import { publishedFiles } from "../src/packed";

export const run = promisify(execFile);

/**
 * The compilers users' code is checked with: 5.9, the newest 5.x, and the 7.x that
 * `npm i typescript` installs today.
 */
export const COMPILERS = typeScriptCompilers(fileURLToPath(new URL("../", import.meta.url)));
export { PUBLIC_PACKAGES as PUBLIC, packagesDir, SUBPATH_EXPORTS } from "../src/packed";

/** Each public package's tarball, by folder name: packed once for the run by global-setup.ts. */
export function packedTarballs(): Record<string, string> {
  return inject("tarballs");
}

// Code shared by two entries goes into a chunk named by rolldown, with a content hash.
const CHUNK = /^dist\/[\w-]+-[\w-]{8}\.(cjs|mjs|d\.cts|d\.mts)$/;

/**
 * What a public package ships, sorted, without its shared chunks: packed's list (the builds of
 * each entry, command-line programs, README, license, package.json).
 */
export function shippedFiles(
  name: string,
  files: readonly string[],
): {
  expected: string[];
  actual: string[];
} {
  return {
    expected: [...publishedFiles(name)].sort(),
    actual: files.filter((file) => !CHUNK.test(file)).sort(),
  };
}
