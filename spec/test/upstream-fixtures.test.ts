// Both published versions of Composio's four operations (fixtures/upstream, exact copies) against
// our spec as issue 9 models it (upstream-modelled.mjs), so that these tests hold before and after
// spec/openapi.yaml is updated. upstream-real-spec.test.ts checks the real spec.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { deref } from "../src/diff/pointer.mjs";
import { compareUpstream } from "../src/upstream/compare.mjs";
import type { Finding } from "../src/upstream/context.mjs";
import { modelledSpec } from "./upstream-modelled.mjs";

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`fixtures/upstream/${name}`, import.meta.url), "utf8"));
const NEWER = "composio-v3-four-operations.json";
const OLDER = "composio-v3-four-operations.02f1fd3f.json";

const EXECUTE = "POST /api/v3/tool_router/session/{session_id}/execute";
const META = "POST /api/v3/tool_router/session/{session_id}/execute_meta";
const PROXY = "POST /api/v3/tool_router/session/{session_id}/proxy_execute";
const TOOLS = "POST /api/v3/tools/execute/{tool_slug}";

const shown = (findings: Finding[]) =>
  findings.filter((f) => !f.docs).map((f) => [f.group, f.endpoint, f.message]);

describe("the newer published version against our modelled spec", () => {
  const findings = compareUpstream(fixture(NEWER), modelledSpec());

  it("has nothing blocking or mistyped", () => {
    expect(findings.filter((f) => f.group !== "info")).toEqual([]);
  });

  it("tells which variant of ours no upstream variant matches: the legacy one", () => {
    const legacy = shown(findings).filter(([, , m]) => String(m).includes("no upstream branch"));
    expect(legacy).toEqual([
      ["info", EXECUTE, "ours describes oneOf branch #3, which no upstream branch matches"],
      ["info", META, "ours describes oneOf branch #3, which no upstream branch matches"],
      ["info", PROXY, "ours describes oneOf branch #2, which no upstream branch matches"],
    ]);
  });

  it("reports upstream's undeclared workbench_access_key scheme without failing", () => {
    expect(shown(findings)).toContainEqual([
      "info",
      EXECUTE,
      "upstream accepts workbench_access_key, a scheme it never declares: not compared",
    ]);
  });

  it("without the pause fields, the new slugs and 402, ours would block and mistype", () => {
    const spec = modelledSpec();
    const body = (path: string) =>
      deref(spec, spec.paths[path].post.requestBody.content["application/json"].schema, "#").node;
    delete body(EXECUTE.slice(5)).properties.input_responses;
    deref(spec, body(META.slice(5)).properties.slug, "#").target.enum.pop();
    delete spec.paths[TOOLS.slice(5)].post.responses["402"];
    const problems = shown(compareUpstream(fixture(NEWER), spec)).filter(([g]) => g !== "info");
    expect(problems).toEqual([
      ["mistyped", TOOLS, "upstream may answer 402, ours does not list it"],
      ["blocking", EXECUTE, "upstream accepts `input_responses`, ours refuses it"],
      ["blocking", META, 'upstream accepts "COMPOSIO_PROXY_EXECUTE", ours does not list it'],
    ]);
  });
});

describe("the older published version against our modelled spec", () => {
  const findings = compareUpstream(fixture(OLDER), modelledSpec());

  it("has nothing blocking or mistyped: our spec keeps the older shapes valid and readable", () => {
    expect(findings.filter((f) => f.group !== "info")).toEqual([]);
  });

  it("would be mistyped without our legacy variant", () => {
    const spec = modelledSpec();
    for (const path of [EXECUTE, META]) {
      const ok = spec.paths[path.slice(5)].post.responses["200"].content["application/json"];
      ok.schema = { oneOf: deref(spec, ok.schema, "#").node.oneOf.slice(0, 3) };
    }
    const problems = shown(compareUpstream(fixture(OLDER), spec)).filter(([g]) => g !== "info");
    expect(problems).toContainEqual([
      "mistyped",
      EXECUTE,
      'upstream\'s single schema matches none of our branches; closest: ours #0 (result_type: "completed")',
    ]);
    expect(problems).toContainEqual([
      "mistyped",
      META,
      "ours marks `result_type` required, upstream does not name it",
    ]);
  });

  it("lists the differences between the versions", () => {
    const list = shown(findings);
    const expected = [
      // The meta slug list without the 2 newer slugs.
      ["info", META, 'ours lists "COMPOSIO_SUBMIT_FEEDBACK", upstream does not'],
      ["info", META, 'ours lists "COMPOSIO_PROXY_EXECUTE", upstream does not'],
      // No pause fields in requests.
      ["info", EXECUTE, "ours describes `input_responses`, upstream does not"],
      ["info", EXECUTE, "ours describes `request_state`, upstream does not"],
      ["info", META, "ours describes `input_responses`, upstream does not"],
      ["info", META, "ours describes `request_state`, upstream does not"],
      // A single result object, read through our legacy variant; no result_type variants.
      ["info", EXECUTE, "upstream's single schema matches ours oneOf branch #3 only"],
      ["info", META, "upstream's single schema matches ours oneOf branch #3 only"],
      ["info", PROXY, "upstream's single schema matches ours oneOf branch #2 only"],
      [
        "info",
        EXECUTE,
        'ours describes oneOf branch #2 (result_type: "input_required"), which no upstream branch matches',
      ],
      [
        "info",
        PROXY,
        'ours describes oneOf branch #0 (result_type: "completed"), which no upstream branch matches',
      ],
      // No instant_account, 402 or 409.
      ["info", TOOLS, "ours describes anyOf branch #0, which no upstream branch matches"],
      ["info", TOOLS, "ours lists status 402, upstream does not"],
      ["info", EXECUTE, "ours lists status 409, upstream does not"],
    ];
    for (const item of expected) expect(list).toContainEqual(item);
  });
});
