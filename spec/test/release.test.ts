import { describe, expect, it } from "vitest";
import { changesetFileName, renderChangeset } from "../src/diff/changeset.mjs";
import type { Change } from "../src/diff/context.mjs";
import { bumpFor, packageBumps, packagesForPath } from "../src/diff/packages.mjs";
import { formatReport } from "../src/diff/report.mjs";
import { diffEdited, ROUTER, TOOLS } from "./diff-fixture";

const change = (kind: Change["kind"], packages: string[], extra: Partial<Change> = {}): Change => ({
  operation: "op",
  pointer: "/p",
  kind,
  message: "m",
  packages,
  ...extra,
});

const versions = (v: Record<string, string>) => new Map(Object.entries(v));
const ALL = {
  "@composio-client/api-types": "0.3.0",
  "@composio-client/core": "0.3.0",
  "@composio-client/tools": "0.3.0",
  "@composio-client/tool-router": "1.2.0",
};

describe("packagesForPath", () => {
  it("maps each path to api-types, core and the wrapper sending to it", () => {
    expect(packagesForPath("/api/v3/tools/execute/{tool_slug}")).toEqual(TOOLS);
    expect(packagesForPath("/api/v3/tool_router/session/{session_id}/execute")).toEqual(ROUTER);
    expect(packagesForPath("/api/v3/tools/{tool_slug}", "get")).toEqual([
      "@composio-client/api-types",
      "@composio-client/core",
      "@composio-client/typegen",
    ]);
    expect(packagesForPath("/api/v3/triggers")).toEqual([
      "@composio-client/api-types",
      "@composio-client/core",
    ]);
  });
});

describe("bumps", () => {
  it("map breaking to minor below 1.0.0 and to major from it, additive to minor, docs to patch", () => {
    expect(bumpFor("breaking", "0.9.3")).toBe("minor");
    expect(bumpFor("breaking", "1.0.0")).toBe("major");
    expect(bumpFor("breaking", "2.1.0-beta.1")).toBe("major");
    expect(bumpFor("additive", "1.4.0")).toBe("minor");
    expect(bumpFor("docs", "1.4.0")).toBe("patch");
  });

  it("give each package the bump of its most severe change, in a stable order", () => {
    const bumps = packageBumps(
      [change("docs", ROUTER), change("additive", TOOLS), change("breaking", ROUTER)],
      versions(ALL),
    );
    expect(bumps.map(({ name, kind, bump }) => ({ name, kind, bump }))).toEqual([
      { name: "@composio-client/api-types", kind: "breaking", bump: "minor" },
      { name: "@composio-client/core", kind: "breaking", bump: "minor" },
      { name: "@composio-client/tools", kind: "additive", bump: "minor" },
      { name: "@composio-client/tool-router", kind: "breaking", bump: "major" },
    ]);
  });

  it("leave out packages without a public package.json, and changes reaching no package", () => {
    const bumps = packageBumps(
      [change("docs", []), change("additive", TOOLS)],
      versions({ "@composio-client/tools": "0.1.0" }),
    );
    expect(bumps).toEqual([
      { name: "@composio-client/tools", version: "0.1.0", kind: "additive", bump: "minor" },
    ]);
  });
});

describe("the changeset", () => {
  it("lists each bump, then the changes, breaking first", () => {
    const changes = [
      change("docs", TOOLS, { operation: "executeTool", message: "description changed" }),
      change("breaking", ROUTER, {
        operation: "executeSessionMetaTool",
        message: 'enum value "X" removed',
        pointer: "/a",
      }),
      change("breaking", ROUTER, {
        operation: "executeSessionMetaTool",
        message: 'enum value "X" removed',
        pointer: "/b",
      }),
    ];
    const content = renderChangeset(changes, packageBumps(changes, versions(ALL)));
    expect(content).toBe(`---
"@composio-client/api-types": minor
"@composio-client/core": minor
"@composio-client/tools": patch
"@composio-client/tool-router": major
---

Changes to the API spec (2 breaking, 1 docs):

- breaking: \`executeSessionMetaTool\`: enum value "X" removed, at \`/a\`
- breaking: \`executeSessionMetaTool\`: enum value "X" removed, at \`/b\`
- docs: \`executeTool\`: description changed, at \`/p\`
`);
  });

  it("is named after the day and its content", () => {
    const day = new Date("2026-03-04T10:00:00Z");
    expect(changesetFileName("a", day)).toMatch(/^spec-20260304-[0-9a-f]{8}\.md$/);
    expect(changesetFileName("a", day)).toBe(changesetFileName("a", day));
    expect(changesetFileName("a", day)).not.toBe(changesetFileName("b", day));
  });
});

describe("the report", () => {
  it("says so when nothing changed", () => {
    expect(formatReport([], [], "v1.0.0")).toBe(
      "spec/openapi.yaml: v1.0.0 → working tree\nNo changes.",
    );
  });

  it("shows the operation, kind, pointer, packages and release, once per shared change", () => {
    const changes = diffEdited((doc) => {
      doc.components.schemas.ErrorDetail.properties.message.description = "Why.";
      doc.components.schemas.MetaToolSlug.enum.pop();
    });
    const report = formatReport(changes, packageBumps(changes, versions(ALL)), "HEAD");
    expect(
      report,
    ).toContain(`executeSessionMetaTool  POST /api/v3/tool_router/session/{session_id}/execute_meta
  packages: @composio-client/api-types, @composio-client/core, @composio-client/tool-router
  breaking  enum value "COMPOSIO_MULTI_EXECUTE_TOOL" removed
            at /paths/~1api~1v3~1tool_router~1session~1{session_id}~1execute_meta/post/requestBody/content/application~1json/schema/properties/slug/enum
            in #/components/schemas/MetaToolSlug/enum
  docs      description changed`);
    expect(report).toContain("Changes: 1 breaking, 4 docs");
    expect(report).toContain("@composio-client/tool-router   major (breaking, from 1.2.0)");
    expect(report).toContain("@composio-client/tools         patch (docs, from 0.3.0)");
  });
});
