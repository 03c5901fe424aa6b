import { describe, expect, it } from "vitest";
import { schemaProblems } from "../src/validate";

const ISSUE = {
  type: "object",
  properties: {
    owner: { type: "string" },
    count: { type: "integer" },
    state: { type: "string", enum: ["open", "closed"] },
    labels: { type: "array", items: { type: "string" } },
    assignee: { type: "object", properties: { login: { type: "string" } }, required: ["login"] },
    metadata: { type: "object" },
    note: { type: ["string", "null"] },
    legacy: { type: "string", nullable: true },
  },
  required: ["owner"],
};

describe("schemaProblems", () => {
  it("accepts arguments that fit, and leaves unchecked what the schema does not say", () => {
    expect(
      schemaProblems(ISSUE, {
        owner: "composiohq",
        count: 3,
        state: "open",
        labels: ["bug"],
        assignee: { login: "ada", extra: true },
        metadata: { anything: [1, { deep: null }] },
        note: null,
        legacy: null,
        unlisted: "kept: additionalProperties is not false",
      }),
    ).toEqual([]);
  });

  it("names each missing field, wrong type and value outside the enum, with its path", () => {
    expect(
      schemaProblems(ISSUE, {
        count: 1.5,
        state: "merged",
        labels: ["bug", 7],
        assignee: {},
        metadata: "not an object",
      }),
    ).toEqual([
      "owner is required",
      "count must be an integer, not a fractional number",
      'state must be one of "open", "closed"',
      "labels[1] must be a string, not a number",
      "assignee.login is required",
      "metadata must be an object, not a string",
    ]);
  });

  it("refuses keys only where additionalProperties is false, and checks them against a schema", () => {
    const closed = {
      type: "object",
      properties: { a: { type: "string" } },
      additionalProperties: false,
    };
    expect(schemaProblems(closed, { a: "x", b: 1 })).toEqual(["b is not a known field"]);
    const typed = { type: "object", additionalProperties: { type: "number" } };
    expect(schemaProblems(typed, { a: 1, b: "2" })).toEqual(["b must be a number, not a string"]);
  });

  it("passes anyOf and oneOf when any branch fits, and allOf only when all do", () => {
    const either = { anyOf: [{ type: "string" }, { type: "number" }] };
    expect(schemaProblems(either, 1)).toEqual([]);
    expect(schemaProblems(either, true)).toEqual(["the input matches none of the allowed shapes"]);
    // Both branches fit 1: oneOf would refuse it, but the server decides, never this checker.
    expect(schemaProblems({ oneOf: [{ type: "number" }, { type: "integer" }] }, 1)).toEqual([]);
    const both = { allOf: [{ required: ["a"] }, { required: ["b"] }] };
    expect(schemaProblems(both, { a: 1 })).toEqual(["b is required"]);
  });

  it("follows local $refs, and accepts anything under one it cannot resolve", () => {
    const schema = {
      type: "object",
      properties: { user: { $ref: "#/$defs/user" }, other: { $ref: "https://example.com/x" } },
      $defs: { user: { type: "object", required: ["id"] } },
    };
    expect(schemaProblems(schema, { user: {}, other: 1 })).toEqual(["user.id is required"]);
  });

  it("follows a $ref into an array, and never throws on a malformed or prototype one", () => {
    const schema = {
      type: "object",
      properties: {
        count: { $ref: "#/$defs/choice/anyOf/0" },
        broken: { $ref: "#/$defs/%" },
        inherited: { $ref: "#/$defs/constructor" },
      },
      $defs: { choice: { anyOf: [{ type: "integer" }] } },
    };
    expect(schemaProblems(schema, { count: "x", broken: 1, inherited: 1 })).toEqual([
      "count must be an integer, not a string",
    ]);
  });

  it("ignores keywords it does not check, and types it does not know", () => {
    expect(
      schemaProblems({ type: "string", minLength: 10, format: "email", pattern: "^x" }, "a"),
    ).toEqual([]);
    expect(schemaProblems({ type: "file" }, 1)).toEqual([]);
  });

  it("stops a self-referencing schema, and lists at most 10 problems", () => {
    const loop = { $ref: "#" };
    expect(schemaProblems(loop, {})).toEqual([]);
    const many = { type: "object", required: Array.from({ length: 30 }, (_, i) => `f${i}`) };
    expect(schemaProblems(many, {})).toHaveLength(10);
  });

  it("treats __proto__ as an ordinary key", () => {
    const schema = JSON.parse('{"type":"object","properties":{"__proto__":{"type":"string"}}}');
    const value = JSON.parse('{"__proto__": 1}');
    expect(schemaProblems(schema, value)).toEqual(["__proto__ must be a string, not a number"]);
  });
});
