import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createAgentTools } from "../src/index";
import { NAME_LENGTH, nameTable } from "../src/names";

const long = `COMPOSIO_${"VERY_LONG_".repeat(7)}TOOL`; // 83 characters

describe("nameTable", () => {
  it("keeps a slug that fits as its own name", () => {
    const { nameOf, slugOf } = nameTable(["GITHUB_CREATE_AN_ISSUE"], 64);
    expect(nameOf.get("GITHUB_CREATE_AN_ISSUE")).toBe("GITHUB_CREATE_AN_ISSUE");
    expect(slugOf.get("GITHUB_CREATE_AN_ISSUE")).toBe("GITHUB_CREATE_AN_ISSUE");
  });

  it("gives a slug that does not fit a readable name with a hash, the same on every run", () => {
    const name = nameTable([long, "a.b"], 64).nameOf.get(long) as string;
    expect(name).toMatch(/^COMPOSIO_VERY_LONG_[A-Z_]+_[0-9a-f]{8}$/);
    expect(name).toHaveLength(64);
    expect(nameTable([long], 64).nameOf.get(long)).toBe(name);
    expect(nameTable(["a.b"], 64).nameOf.get("a.b")).toMatch(/^a_b_[0-9a-f]{8}$/);
    // Anthropic and MCP allow 128 characters: the slug fits there.
    expect(nameTable([long], NAME_LENGTH.anthropic).nameOf.get(long)).toBe(long);
  });

  it("never gives two slugs one name, and maps every name back to its slug", () => {
    const slug = fc.stringMatching(/^[A-Za-z0-9_.\- ]{1,90}$/);
    fc.assert(
      fc.property(fc.uniqueArray(slug, { minLength: 1, maxLength: 30 }), (slugs) => {
        const { nameOf, slugOf } = nameTable(slugs, 64);
        const names = slugs.map((s) => nameOf.get(s) as string);
        expect(new Set(names).size).toBe(slugs.length);
        for (const name of names) expect(name).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
        for (const s of slugs) expect(slugOf.get(nameOf.get(s) as string)).toBe(s);
      }),
    );
  });

  it("takes another hash when a name is taken, even by a slug that fits", () => {
    const taken = nameTable(["a.b"], 64).nameOf.get("a.b") as string;
    const { nameOf } = nameTable(["a.b", taken], 64);
    expect(nameOf.get(taken)).toBe(taken);
    expect(nameOf.get("a.b")).toMatch(/^a_b_[0-9a-f]{8}$/);
    expect(nameOf.get("a.b")).not.toBe(taken);
  });
});

it("calls by a mapped name reach the tool's slug", async () => {
  const agent = createAgentTools({
    tools: [
      { slug: long, description: "Long.", input_parameters: { type: "object", properties: {} } },
    ],
    runner: { execute: async () => ({ resultType: "completed", data: { ok: true } }) } as never,
  });
  const [definition] = agent.openAIChatTools();
  const name = definition?.function.name as string;
  expect(agent.slugOf(name, "openai")).toBe(long);
  const batch = await agent.handleOpenAIToolCalls([
    { id: "c1", type: "function", function: { name, arguments: "{}" } },
  ]);
  expect(batch.results()).toEqual([{ role: "tool", tool_call_id: "c1", content: '{"ok":true}' }]);
  // The Anthropic name is the slug itself; the OpenAI name is unknown there.
  expect(agent.anthropicTools()[0]?.name).toBe(long);
});
