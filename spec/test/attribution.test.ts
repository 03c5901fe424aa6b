import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { diffSpecs } from "../src/diff/document.mjs";
import { matchBranches } from "../src/diff/schema.mjs";
import {
  base,
  diffEdited,
  EXECUTE,
  essentials,
  META,
  PROXY,
  ROUTER,
  requestOf,
  SESSION,
  TOOLS,
} from "./diff-fixture";

const API_TYPES = ["@composio-client/api-types"];
const READ_TOOLS = [...API_TYPES, "@composio-client/core", "@composio-client/typegen"];

describe("following $refs", () => {
  it("finds nothing between identical documents", () => {
    expect(diffSpecs(base, structuredClone(base))).toEqual([]);
  });

  it("attributes a change in a shared component to every operation, at each pointer reaching it", () => {
    const changes = diffEdited((doc) => {
      const detail = doc.components.schemas.ErrorDetail;
      delete detail.properties.code;
      detail.required = ["message"];
    });
    const error =
      "/responses/400/content/application~1json/schema/properties/error/properties/code";
    expect(essentials(changes)).toEqual([
      {
        kind: "breaking",
        operation: "executeTool",
        pointer: `${EXECUTE}${error}`,
        packages: TOOLS,
      },
      {
        kind: "breaking",
        operation: "executeSessionTool",
        pointer: `${SESSION}${error}`,
        packages: ROUTER,
      },
      {
        kind: "breaking",
        operation: "executeSessionMetaTool",
        pointer: `${META}${error}`,
        packages: ROUTER,
      },
      {
        kind: "breaking",
        operation: "proxyExecuteSession",
        pointer: `${PROXY}${error}`,
        packages: ROUTER,
      },
    ]);
    expect(new Set(changes.map((c) => c.source))).toEqual(
      new Set(["#/components/schemas/ErrorDetail/properties/code"]),
    );
  });

  it("treats a name only listed in `required` as a field of any type", () => {
    const changes = diffEdited((doc) => delete doc.components.schemas.ErrorDetail.properties.code);
    expect(changes.map((c) => c.message)).toEqual(Array(4).fill("type widened: number → any"));
    expect(new Set(changes.map((c) => c.kind))).toEqual(new Set(["breaking"]));
  });

  it("reports a keyword beside a $ref where it is written, not in the target", () => {
    const before = structuredClone(base);
    before.components.schemas.MetaResponse = {
      $ref: "#/components/schemas/SessionExecuteResponse",
    };
    before.paths["/api/v3/tool_router/session/{session_id}/execute_meta"].post.responses[
      "200"
    ].content["application/json"].schema.$ref = "#/components/schemas/MetaResponse";
    const after = structuredClone(before);
    after.components.schemas.MetaResponse.description = "The meta tool's result.";
    expect(
      diffSpecs(before, after).map(({ kind, pointer, source }) => ({ kind, pointer, source })),
    ).toEqual([
      {
        kind: "docs",
        pointer: `${META}/responses/200/content/application~1json/schema/description`,
        source: "#/components/schemas/MetaResponse/description",
      },
    ]);
  });

  it("follows $refs of parameters and responses", () => {
    const changes = diffEdited((doc) => {
      doc.components.parameters.SessionId.description = "The session.";
    });
    expect(essentials(changes)).toEqual(
      [SESSION, META, PROXY].map((op, i) => ({
        kind: "docs",
        operation: ["executeSessionTool", "executeSessionMetaTool", "proxyExecuteSession"][i],
        pointer: `${op}/parameters/0/description`,
        packages: ROUTER,
      })),
    );
  });

  it("stops at a recursive schema, reporting a change inside it once", () => {
    const changes = diffEdited((doc) => {
      const filter = doc.components.schemas.Filter;
      filter.properties.op = { type: "string" };
      filter.required = ["op"];
    });
    expect(essentials(changes)).toEqual([
      {
        kind: "breaking",
        operation: "proxyExecuteSession",
        pointer: `${requestOf(PROXY)}/properties/filter/properties/op`,
        packages: ROUTER,
      },
    ]);
  });

  it("handles a $ref cycle that runs through both documents differently", () => {
    const changes = diffEdited((doc) => {
      doc.components.schemas.Filter.properties.or = {
        type: "array",
        items: { $ref: "#/components/schemas/Filter" },
      };
    });
    expect(essentials(changes)).toEqual([
      {
        kind: "additive",
        operation: "proxyExecuteSession",
        pointer: `${requestOf(PROXY)}/properties/filter/properties/or`,
        packages: ROUTER,
      },
    ]);
  });

  it("reports a $ref it cannot follow as breaking, instead of failing", () => {
    const changes = diffEdited((doc) => {
      doc.components.schemas.SessionExecuteRequest.properties.account = {
        $ref: "other.yaml#/Account",
      };
    });
    expect(essentials(changes)).toEqual([
      {
        kind: "breaking",
        operation: "executeSessionTool",
        pointer: `${requestOf(SESSION)}/properties/account`,
        packages: ROUTER,
      },
    ]);
    expect(changes[0]?.note).toMatch(/Cannot resolve \$ref other\.yaml#\/Account/);
  });
});

describe("components no operation reaches", () => {
  it("reach api-types alone: added is additive, removed is breaking", () => {
    const added = diffEdited((doc) => {
      doc.components.schemas.Unused = { type: "string" };
    });
    expect(essentials(added)).toEqual([
      {
        kind: "additive",
        operation: "(components)",
        pointer: "/components/schemas/Unused",
        packages: API_TYPES,
      },
    ]);
    const before = structuredClone(base);
    before.components.schemas.Unused = { type: "string" };
    expect(essentials(diffSpecs(before, base))).toEqual([
      {
        kind: "breaking",
        operation: "(components)",
        pointer: "/components/schemas/Unused",
        packages: API_TYPES,
      },
    ]);
  });

  it("are judged as types users may both write and read", () => {
    const before = structuredClone(base);
    before.components.schemas.Unused = { type: "string" };
    const after = structuredClone(before);
    after.components.schemas.Unused.type = ["string", "null"];
    expect(essentials(diffSpecs(before, after))).toEqual([
      {
        kind: "breaking",
        operation: "(components)",
        pointer: "/components/schemas/Unused/type",
        packages: API_TYPES,
      },
    ]);
  });
});

describe("matchBranches", () => {
  it("pairs by $ref, then equal branches, then inline branches in order", () => {
    const url = { $ref: "#/components/schemas/Url" };
    const base64 = { $ref: "#/components/schemas/Base64" };
    expect(
      matchBranches(
        [url, { type: "string" }, base64],
        [base64, { type: "number" }, { $ref: "#/x" }],
      ),
    ).toEqual({
      pairs: [
        [2, 0],
        [1, 1],
      ],
      removed: [0],
      added: [2],
    });
  });
});

describe("the real spec", () => {
  // Invariants only, so that the spec can evolve without touching these tests.
  const real = parse(readFileSync(new URL("../openapi.yaml", import.meta.url), "utf8"));

  it("has no changes against itself", () => {
    expect(diffSpecs(real, structuredClone(real))).toEqual([]);
  });

  it("reports each operation removed once, as breaking, for its packages", () => {
    const expected = Object.entries(real.paths).flatMap(([path, item]) =>
      Object.entries(item as Record<string, { operationId: string }>).map(([method, op]) => ({
        kind: "breaking",
        operation: op.operationId,
        pointer: `/paths/${path.replaceAll("/", "~1")}/${method}`,
        packages:
          method === "get" ? READ_TOOLS : path.startsWith("/api/v3/tools/") ? TOOLS : ROUTER,
      })),
    );
    expect(expected).toHaveLength(6);
    expect(essentials(diffSpecs(real, { ...real, paths: {} }))).toEqual(
      expect.arrayContaining(expected),
    );
    expect(diffSpecs(real, { ...real, paths: {} })).toHaveLength(6);
  });

  // One test per schema: a whole-spec diff for each of them in one test took 1.3 s idle and
  // over 20 s (the test timeout) on a loaded machine, and grew with the spec.
  it.each(Object.keys(real.components.schemas))(
    "follows component schema %s: a description added is docs, found in that schema",
    (name) => {
      const after = structuredClone(real);
      after.components.schemas[name].description = "Changed.";
      const changes = diffSpecs(real, after);
      expect(changes.length, name).toBeGreaterThan(0);
      for (const change of changes) {
        expect(change).toMatchObject({
          kind: "docs",
          source: `#/components/schemas/${name}/description`,
        });
      }
    },
  );
});
