// Local $ref resolution, shared by spec:diff, spec:upstream, composio-typegen and @composio-client/ai (both bundle it).
import { describe, expect, it } from "vitest";
import { deref, lookup, pointerKeys } from "../src/diff/pointer.mjs";

const doc = {
  components: { schemas: { "a/b": { type: "string" }, "x~y": { type: "number" } } },
  list: [{ type: "boolean" }],
};

describe("lookup", () => {
  it("follows object keys, array indexes and RFC 6901 escapes, percent-encoded or not", () => {
    expect(lookup(doc, "#")).toBe(doc);
    expect(lookup(doc, "#/components/schemas/a~1b")).toEqual({ type: "string" });
    expect(lookup(doc, "#/components/schemas/x~0y")).toEqual({ type: "number" });
    expect(lookup(doc, "#/components/schemas/a%7E1b")).toEqual({ type: "string" });
    expect(lookup(doc, "#/list/0")).toEqual({ type: "boolean" });
  });

  it("finds nothing the document does not hold itself", () => {
    expect(lookup(doc, "#/__proto__")).toBeUndefined();
    expect(lookup(doc, "#/constructor")).toBeUndefined();
    expect(lookup(doc, "#/list/length")).toBeUndefined();
    expect(lookup(doc, "#/list/00")).toBeUndefined();
    expect(lookup(doc, "#/missing/deeper")).toBeUndefined();
    expect(lookup(doc, "other.yaml#/Account")).toBeUndefined();
    expect(lookup(doc, "#anchor")).toBeUndefined();
  });

  it("finds nothing through a malformed percent-escape, instead of throwing", () => {
    expect(pointerKeys("#/components/%")).toBeUndefined();
    expect(lookup(doc, "#/components/%")).toBeUndefined();
  });
});

describe("deref says why a $ref cannot be followed", () => {
  it.each([
    ["#/components/schemas/Missing", "nothing is there"],
    ["#/components/%E0", "it is not a valid JSON pointer"],
    ["other.yaml#/Account", "only local refs (#/...) are followed"],
  ])("%s: %s", (ref, why) => {
    expect(() => deref(doc, { $ref: ref }, "#/x")).toThrow(`Cannot resolve $ref ${ref}: ${why}`);
  });
});
