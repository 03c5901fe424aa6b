/**
 * Modules a public package loads with import() on first use, so that programs which never use
 * them skip them. The build names them <module>-<content hash>, and the hash changes with every
 * edit: compare file lists through {@link unhashed}.
 */
const LAZY: Record<string, string[]> = { "tool-router": ["binary-body", "proxy-fetch"] };

/** `dist/<module>-<hash>.cjs` and `.mjs` for each lazy chunk of the package `name`. */
export function lazyChunks(name: string): string[] {
  return (LAZY[name] ?? []).flatMap((m) => [`dist/${m}-<hash>.cjs`, `dist/${m}-<hash>.mjs`]);
}

/** `file` with a chunk's content hash replaced by `<hash>`. */
export function unhashed(file: string): string {
  return file.replace(/-[\w-]{8}\.(mjs|cjs)$/, "-<hash>.$1");
}
