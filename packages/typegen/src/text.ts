// Text from schemas, slugs and the command line, made safe to write into generated source. Every
// comment and every quoted name goes through here, so that no input can end a comment, start a
// line of code, or name a key that JavaScript treats as the prototype.

// Every character that ends a line in JavaScript and TypeScript source: a `//` comment ends at
// any of them, and a string literal may not hold U+2028/U+2029 in TypeScript.
const LINE_TERMINATORS = /\r\n|[\n\r\u2028\u2029]/g;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `text` split into lines at every line terminator. */
export function lines(text: string): string[] {
  return text.split(LINE_TERMINATORS);
}

/**
 * `text` as one line of a comment, `//` or `/* *\/`: line terminators become spaces and `*\/`
 * cannot close the comment.
 */
export function commentText(text: string): string {
  return text.replace(LINE_TERMINATORS, " ").replaceAll("*/", "*\\/");
}

/** `text` as a double-quoted string literal, valid in JSON, JavaScript and TypeScript alike. */
export function stringLiteral(text: string): string {
  return JSON.stringify(text).replaceAll("\u2028", "\\u2028").replaceAll("\u2029", "\\u2029");
}

/**
 * `name` as a property key: bare when it is an identifier, else quoted. In an object literal
 * (`"value"`), `__proto__` (bare or quoted) would set the prototype instead of a property: it is
 * written as a computed key.
 */
export function propertyKey(name: string, position: "type" | "value" = "type"): string {
  if (position === "value" && name === "__proto__") return `[${stringLiteral(name)}]`;
  return IDENTIFIER.test(name) ? name : stringLiteral(name);
}

// The members TypeScript's `Object` interface declares. Every object type has them, so an
// optional property of the same name, when left out, is compared with Object's member: its type
// must admit it, or no object without that property is assignable.
const OBJECT_MEMBERS = new Set([
  "constructor",
  "toString",
  "toLocaleString",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
]);

/** The type of an optional property named `name`, declared as `type`. */
export function optionalPropertyType(name: string, type: string): string {
  return OBJECT_MEMBERS.has(name) ? `${type} | Object[${stringLiteral(name)}]` : type;
}

// Deeper than this, values are written on one line: indentation grows with the square of the
// depth, and a schema 20,000 levels deep would not fit in a string.
const MAX_INDENTED_DEPTH = 64;

/**
 * `JSON.stringify(value, null, 2)`, without recursion: a schema nested thousands of levels deep
 * overflows the stack of `JSON.stringify`, and the schemas file must still be written. Values
 * deeper than {@link MAX_INDENTED_DEPTH} are written without line breaks.
 */
export function toJson(value: unknown): string {
  const out: string[] = [];
  // Work to do, last first: text to write, or a value to write at a depth.
  const stack: (string | { value: unknown; depth: number })[] = [{ value, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (typeof item === "string") {
      out.push(item);
      continue;
    }
    const { value: v, depth } = item;
    if (v === null || typeof v !== "object") {
      out.push(JSON.stringify(v) ?? "null");
      continue;
    }
    const flat = depth >= MAX_INDENTED_DEPTH;
    const pad = flat ? "" : `\n${"  ".repeat(depth + 1)}`;
    const entries = Array.isArray(v)
      ? v.map((element): [string, unknown] => ["", element])
      : Object.entries(v)
          .filter(([, field]) => field !== undefined && typeof field !== "function")
          .map(([key, field]): [string, unknown] => [`${JSON.stringify(key)}: `, field]);
    const [open, close] = Array.isArray(v) ? ["[", "]"] : ["{", "}"];
    if (entries.length === 0) {
      out.push(open + close);
      continue;
    }
    const work: (string | { value: unknown; depth: number })[] = [open];
    entries.forEach(([key, field], index) => {
      work.push(`${index > 0 ? "," : ""}${pad}${key}`, { value: field, depth: depth + 1 });
    });
    work.push(flat ? close : `\n${"  ".repeat(depth)}${close}`);
    stack.push(...work.reverse());
  }
  return out.join("");
}
