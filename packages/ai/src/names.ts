/**
 * Tool names as each model API accepts them: letters, digits, `_` and `-`, at most 64
 * characters for OpenAI (Chat Completions and Responses) and the AI SDK (which may send them to
 * any provider), 128 for Anthropic and MCP.
 */
export const NAME_LENGTH = { openai: 64, anthropic: 128, mcp: 128, vercel: 64 } as const;

/** A model API whose tool names {@link NAME_LENGTH} limits. */
export type NameFormat = keyof typeof NAME_LENGTH;

const HASH_LENGTH = 8;

/** Both directions of one tool set's names in one format. */
export interface NameTable {
  readonly nameOf: ReadonlyMap<string, string>;
  readonly slugOf: ReadonlyMap<string, string>;
}

/**
 * Names for `slugs`, at most `maxLength` long. A slug that fits is its own name. One that does
 * not is sanitized (other characters become `_`), cut, and given `_` and 8 hex digits of a hash
 * of the whole slug, so that it stays readable and two slugs sharing a prefix differ. The table
 * is built in slug order and a name already taken is hashed again with a counter, so names are
 * the same for the same tools on every run and never collide; `slugOf` maps them back.
 */
export function nameTable(slugs: Iterable<string>, maxLength: number): NameTable {
  const sorted = [...new Set(slugs)].sort();
  const fits = (slug: string) => slug.length <= maxLength && /^[A-Za-z0-9_-]+$/.test(slug);
  const nameOf = new Map<string, string>();
  const slugOf = new Map<string, string>();
  // Slugs that fit claim their own names first: renaming never takes one of theirs.
  for (const slug of sorted.filter(fits)) {
    nameOf.set(slug, slug);
    slugOf.set(slug, slug);
  }
  for (const slug of sorted.filter((slug) => !fits(slug))) {
    const stem = slug.replace(/[^A-Za-z0-9_-]/g, "_").slice(0, maxLength - HASH_LENGTH - 1);
    let name = `${stem}_${hash(slug)}`;
    for (let attempt = 1; slugOf.has(name); attempt++)
      name = `${stem}_${hash(`${slug}#${attempt}`)}`;
    nameOf.set(slug, name);
    slugOf.set(name, slug);
  }
  return { nameOf, slugOf };
}

/** FNV-1a, 32 bits, as 8 hex digits: short, stable everywhere, no crypto API needed. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(HASH_LENGTH, "0");
}
