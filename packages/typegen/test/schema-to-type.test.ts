import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { schemaToType } from "../src/index";

// One line per type, for short expectations.
const flat = (type: string) => type.replace(/\s+/g, " ");
const args = (schema: unknown) => flat(schemaToType(schema, "arguments"));
const data = (schema: unknown) => flat(schemaToType(schema, "data"));
const object = (properties: Record<string, unknown>, required: string[] = []) => ({
  type: "object",
  properties,
  required,
});

describe("schemaToType: arguments", () => {
  it("requires exactly the schema's required fields, minus those with a default", () => {
    const schema = object(
      { a: { type: "string" }, b: { type: "string" }, c: { type: "integer", default: 3 } },
      ["a", "c"],
    );
    expect(args(schema)).toBe("{ a: string; b?: string; /** * @defaultValue 3 */ c?: number; }");
  });

  it("allows no extra keys unless additionalProperties does", () => {
    expect(args(object({ a: { type: "string" } }))).toBe("{ a?: string; }");
    expect(args({ ...object({ a: { type: "string" } }), additionalProperties: true })).toBe(
      "{ a?: string; [key: string]: unknown; }",
    );
    expect(args({ type: "object", additionalProperties: { type: "number" } })).toBe(
      "{ [key: string]: number; }",
    );
    // Typed extras beside properties: unknown, which every property's type fits.
    expect(
      args({ ...object({ a: { type: "string" } }), additionalProperties: { type: "number" } }),
    ).toBe("{ a?: string; [key: string]: unknown; }");
    expect(args({ type: "object" })).toBe("{ [key: string]: unknown; }");
  });

  it("types enum, const, type arrays, nullable, anyOf/oneOf and allOf", () => {
    expect(args({ enum: ["a", "b", 1, null] })).toBe('"a" | "b" | 1 | null');
    expect(args({ const: "x" })).toBe('"x"');
    expect(args({ type: ["string", "integer", "null"] })).toBe("string | number | null");
    expect(args({ type: "string", nullable: true })).toBe("string | null");
    expect(
      args({ anyOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] }),
    ).toBe("(string | string[])");
    expect(args({ oneOf: [{ const: 1 }, { const: 2 }] })).toBe("(1 | 2)");
    expect(
      args({ allOf: [object({ a: { type: "string" } }), object({ b: { type: "number" } })] }),
    ).toBe("{ a?: string; } & { b?: number; }");
  });

  it("follows $ref to $defs and definitions, and says when it cannot", () => {
    const schema = {
      ...object({
        user: { $ref: "#/$defs/User" },
        team: { $ref: "#/definitions/Team", nullable: true },
        lost: { $ref: "#/$defs/Missing" },
        remote: { $ref: "https://example.com/schema.json" },
      }),
      $defs: {
        User: object({ name: { type: "string" }, manager: { $ref: "#/$defs/User" } }, ["name"]),
      },
      definitions: { Team: { type: "string" } },
    };
    expect(args(schema)).toBe(
      "{ user?: { name: string; manager?: unknown /* recursive $ref #/$defs/User */; }; team?: string | null; lost?: unknown /* $ref #/$defs/Missing not found */; remote?: unknown /* $ref https://example.com/schema.json not followed */; }",
    );
  });

  it("follows a $ref into an array and through escaped keys, and never into the prototype", () => {
    const schema = {
      ...object({
        first: { $ref: "#/$defs/Choice/anyOf/0" },
        slashed: { $ref: "#/$defs/a~1b" },
        spaced: { $ref: "#/$defs/with%20space" },
        inherited: { $ref: "#/$defs/constructor" },
      }),
      $defs: {
        Choice: { anyOf: [{ type: "integer" }, { type: "string" }] },
        "a/b": { type: "boolean" },
        "with space": { type: "string" },
      },
    };
    expect(args(schema)).toBe(
      "{ first?: number; slashed?: boolean; spaced?: string; inherited?: unknown /* $ref #/$defs/constructor not found */; }",
    );
  });

  it("quotes names that are not identifiers, and documents fields", () => {
    expect(
      args(
        object({ "x-trace-id": { type: "string", description: "Trace */ id", deprecated: true } }),
      ),
    ).toBe('{ /** * Trace *\\/ id * @deprecated */ "x-trace-id"?: string; }');
  });

  it("types arrays of objects", () => {
    expect(args({ type: "array", items: object({ id: { type: "integer" } }, ["id"]) })).toBe(
      "{ id: number; }[]",
    );
  });

  it("turns what it cannot type into unknown with a comment", () => {
    expect(args({ not: { type: "string" } })).toBe("unknown /* unsupported keyword: not */");
    expect(args({ type: "date" })).toBe('unknown /* type "date" */');
    expect(args({ enum: [{ a: 1 }] })).toBe("unknown /* a non-primitive enum or const value */");
    expect(args("a string")).toBe("unknown /* not a JSON Schema */");
    expect(args(false)).toBe("never");
    expect(args(true)).toBe("unknown");
  });
});

describe("schemaToType: data", () => {
  it("allows extra keys on every object, and keeps nullable fields nullable", () => {
    expect(data(object({ a: { type: "string", nullable: true } }, ["a"]))).toBe(
      "{ a: string | null; [key: string]: unknown; }",
    );
    expect(data({ type: "array", items: object({ b: { type: "integer" } }) })).toBe(
      "{ b?: number; [key: string]: unknown; }[]",
    );
  });

  it("keeps a field with a default optional only when the schema does", () => {
    expect(data(object({ a: { type: "string", default: "x" } }, ["a"]))).toBe(
      '{ /** * @defaultValue "x" */ a: string; [key: string]: unknown; }',
    );
  });
});

describe("schemaToType never throws", () => {
  it("on any JSON value, or on schemas nested past its depth limit", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(typeof schemaToType(value, "arguments")).toBe("string");
        expect(typeof schemaToType(value, "data")).toBe("string");
      }),
      { numRuns: 500 },
    );
    let deep: unknown = { type: "string" };
    for (let i = 0; i < 200; i++) deep = { type: "array", items: deep };
    expect(schemaToType(deep, "arguments")).toContain("unknown /* nested too deeply */");
  });

  it("on a diamond of $refs that would grow exponentially when inlined", () => {
    const defs: Record<string, unknown> = { D0: { type: "string" } };
    for (let i = 1; i <= 30; i++) {
      defs[`D${i}`] = object({
        a: { $ref: `#/$defs/D${i - 1}` },
        b: { $ref: `#/$defs/D${i - 1}` },
      });
    }
    const type = schemaToType({ $ref: "#/$defs/D30", $defs: defs }, "data");
    expect(type).toContain("unknown /* schema too large */");
    expect(type.length).toBeLessThan(10_000_000);
  });
});
