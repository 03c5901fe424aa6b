// The rules of `pnpm spec:upstream`, one small hand-made pair of documents each: upstream's side
// is OpenAPI 3.0 as Composio publishes it, ours is 3.1.
import { describe, expect, it } from "vitest";
import { compareUpstream } from "../src/upstream/compare.mjs";
import type { Finding } from "../src/upstream/context.mjs";

// biome-ignore lint/suspicious/noExplicitAny: hand-made OpenAPI fragments
type Node = any;

const PATH = "/api/v3/tools/execute/{tool_slug}";
const ENDPOINT = `POST ${PATH}`;
const OP = "/paths/~1api~1v3~1tools~1execute~1{tool_slug}/post";
const BODY = `${OP}/requestBody/content/application~1json/schema`;
const OK = `${OP}/responses/200/content/application~1json/schema`;

const SCHEMES = {
  ApiKeyAuth: { type: "apiKey", in: "header", name: "x-api-key" },
  UserApiKeyAuth: { type: "apiKey", in: "header", name: "x-user-api-key" },
};

interface Side {
  body?: Node;
  ok?: Node;
  parameters?: Node[];
  security?: Node[];
  statuses?: string[];
  schemas?: Record<string, Node>;
  schemes?: Record<string, Node>;
}

function doc(openapi: string, side: Side): Node {
  const responses: Node = {
    "200": { description: "ok", content: { "application/json": { schema: side.ok ?? {} } } },
  };
  for (const status of side.statuses ?? []) responses[status] = { description: status };
  return {
    openapi,
    paths: {
      [PATH]: {
        post: {
          parameters: side.parameters ?? [],
          requestBody: { content: { "application/json": { schema: side.body ?? {} } } },
          responses,
          security: side.security ?? [{ ApiKeyAuth: [] }],
        },
      },
    },
    components: { schemas: side.schemas ?? {}, securitySchemes: side.schemes ?? SCHEMES },
  };
}

/** The findings for upstream's side against ours, as [group, pointer, message]. */
function compare(up: Side, ours: Side): [string, string, string][] {
  return compareUpstream(doc("3.0.0", up), doc("3.1.0", ours), [ENDPOINT])
    .filter((f: Finding) => !f.docs)
    .map((f: Finding) => [f.group, f.pointer, f.message]);
}

const problems = (found: [string, string, string][]) => found.filter(([g]) => g !== "info");
const closed = (properties: Node, required?: string[]) => ({
  type: "object",
  additionalProperties: false,
  properties,
  ...(required ? { required } : {}),
});
const open = (properties: Node, required?: string[]) => ({
  type: "object",
  properties,
  ...(required ? { required } : {}),
});

describe("blocking requests: what upstream accepts that ours refuses", () => {
  it("a field upstream names that our closed body lacks", () => {
    expect(compare({ body: open({ a: { type: "string" } }) }, { body: closed({}) })).toEqual([
      ["blocking", `${BODY}/properties/a`, "upstream accepts `a`, ours refuses it"],
    ]);
  });

  it("also when ours simply does not name it: the generated type has no such field", () => {
    const found = compare(
      { body: open({ n: open({ a: { type: "string" }, b: { type: "string" } }) }) },
      { body: closed({ n: open({ a: { type: "string" } }) }) },
    );
    expect(found).toEqual([
      ["blocking", `${BODY}/properties/n/properties/b`, "upstream accepts `b`, ours refuses it"],
    ]);
  });

  it("but not upstream's missing additionalProperties: false (our bodies are closed on purpose)", () => {
    const a = { a: { type: "string" } };
    expect(compare({ body: open(a) }, { body: closed(a) })).toEqual([]);
  });

  it("a field an open schema of ours takes as it is, or checks against its additionalProperties", () => {
    const val = open({ subdomain: { type: "string" }, long_redirect_url: { type: "boolean" } });
    const ours = { type: "object", additionalProperties: true, properties: {} };
    expect(compare({ body: open({ val }) }, { body: closed({ val: ours }) })).toEqual([]);
    const strings = { type: "object", additionalProperties: { type: "string" } };
    expect(problems(compare({ body: val }, { body: strings }))).toEqual([
      [
        "blocking",
        `${BODY}/additionalProperties/type`,
        "upstream accepts boolean: upstream boolean, ours string",
      ],
    ]);
  });

  it("an enum value upstream accepts that ours does not list; ours listing more is info", () => {
    const found = compare(
      { body: open({ slug: { type: "string", enum: ["A", "B"] } }) },
      { body: closed({ slug: { type: "string", enum: ["A", "C"] } }) },
    );
    expect(found).toEqual([
      ["blocking", `${BODY}/properties/slug/enum`, 'upstream accepts "B", ours does not list it'],
      ["info", `${BODY}/properties/slug/enum`, 'ours lists "C", upstream does not'],
    ]);
  });

  it("a 3.0 single-value enum equals a 3.1 const", () => {
    const found = compare(
      { body: open({ k: { type: "string", enum: ["x"] } }) },
      { body: closed({ k: { type: "string", const: "x" } }) },
    );
    expect(found).toEqual([]);
  });

  it("a looser type, and 3.0 nullable against a non-nullable type", () => {
    const found = compare(
      { body: open({ n: { type: "number" }, s: { type: "string", nullable: true } }) },
      { body: closed({ n: { type: "integer" }, s: { type: "string" } }) },
    );
    expect(found).toEqual([
      [
        "blocking",
        `${BODY}/properties/n/type`,
        "upstream accepts number: upstream number, ours integer",
      ],
      [
        "blocking",
        `${BODY}/properties/s/type`,
        "upstream accepts null: upstream string | null, ours string",
      ],
    ]);
  });

  it("3.0 nullable equals 3.1 type [x, null]; additionalProperties {nullable: true} equals true", () => {
    const found = compare(
      {
        body: open({
          s: { type: "string", nullable: true },
          m: { type: "object", additionalProperties: { nullable: true } },
        }),
      },
      {
        body: closed({
          s: { type: ["string", "null"] },
          m: { type: "object", additionalProperties: true },
        }),
      },
    );
    expect(found).toEqual([]);
  });

  it("additionalProperties upstream allows and ours refuses", () => {
    const found = compare(
      { body: open({ m: { type: "object", additionalProperties: { nullable: true } } }) },
      { body: closed({ m: { type: "object", additionalProperties: false } }) },
    );
    expect(found).toEqual([
      [
        "blocking",
        `${BODY}/properties/m/additionalProperties`,
        "upstream accepts additional properties, ours refuses them",
      ],
    ]);
  });

  it("stricter limits, formats and patterns block; looser ones are info", () => {
    const found = compare(
      {
        body: open({
          a: { type: "string", maxLength: 40 },
          b: { type: "string" },
          c: { type: "string", format: "connectedAccountId" },
          d: { type: "string", minLength: 3 },
        }),
      },
      {
        body: closed({
          a: { type: "string", maxLength: 10 },
          b: { type: "string", pattern: "^x" },
          c: { type: "string" },
          d: { type: "string", minLength: 1 },
        }),
      },
    );
    expect(found.map(([g, p]) => [g, p])).toEqual([
      ["blocking", `${BODY}/properties/a/maxLength`],
      ["blocking", `${BODY}/properties/b/pattern`],
      ["info", `${BODY}/properties/c/format`],
      ["info", `${BODY}/properties/d/minLength`],
    ]);
  });

  it("a field ours requires that upstream makes optional or does not name", () => {
    const found = compare(
      { body: open({ a: { type: "string" } }) },
      { body: closed({ a: { type: "string" }, b: { type: "string" } }, ["a", "b"]) },
    );
    expect(found).toEqual([
      ["blocking", `${BODY}/properties/a`, "ours requires `a`, upstream makes it optional"],
      ["blocking", `${BODY}/properties/b`, "ours requires `b`, which upstream does not name"],
    ]);
  });

  it("upstream requiring what ours makes optional, or a field only ours describes, is info", () => {
    const found = compare(
      { body: open({ a: { type: "string" } }, ["a"]) },
      { body: closed({ a: { type: "string" }, b: { type: "string" } }) },
    );
    expect(found).toEqual([
      ["info", `${BODY}/properties/a`, "upstream marks `a` required, ours optional"],
      ["info", `${BODY}/properties/b`, "ours describes `b`, upstream does not"],
    ]);
  });

  it("upstream's untyped schema accepts anything: ours typing it blocks", () => {
    const found = compare(
      { body: open({ b: { nullable: true } }) },
      { body: closed({ b: { type: "object" } }) },
    );
    expect(found).toEqual([
      [
        "blocking",
        `${BODY}/properties/b/type`,
        "upstream accepts any type: upstream any, ours object",
      ],
    ]);
  });
});

describe("mistyped responses: what upstream may return that ours does not type", () => {
  it("a property, an enum value, a nullable value, a field that may be absent", () => {
    const found = compare(
      {
        ok: open(
          {
            extra: { type: "string" },
            kind: { type: "string", enum: ["a", "b"] },
            error: { type: "string", nullable: true },
            log_id: { type: "string" },
          },
          ["kind"],
        ),
      },
      {
        ok: open(
          {
            kind: { type: "string", enum: ["a"] },
            error: { type: "string" },
            log_id: { type: "string" },
          },
          ["kind", "log_id"],
        ),
      },
    );
    expect(found).toEqual([
      [
        "mistyped",
        `${OK}/properties/extra`,
        "upstream may return `extra`, ours does not declare it",
      ],
      ["mistyped", `${OK}/properties/kind/enum`, 'upstream may return "b", ours does not list it'],
      [
        "mistyped",
        `${OK}/properties/error/type`,
        "upstream may return null: upstream string | null, ours string",
      ],
      [
        "mistyped",
        `${OK}/properties/log_id`,
        "ours marks `log_id` required, upstream says it may be absent",
      ],
    ]);
  });

  it("a property an open response schema of ours reads as unknown is info", () => {
    const found = compare(
      { ok: open({ data: open({ id: { type: "string" } }) }) },
      { ok: open({ data: { type: "object", additionalProperties: true } }) },
    );
    expect(found).toEqual([
      [
        "info",
        `${OK}/properties/data/properties/id`,
        "upstream names `id`, ours reads it as unknown",
      ],
    ]);
  });

  it("a field only ours describes, or one upstream leaves untyped, is info", () => {
    const found = compare(
      { ok: open({ session_info: { nullable: true } }) },
      { ok: open({ session_info: { type: ["object", "null"] }, more: { type: "string" } }) },
    );
    expect(found).toEqual([
      [
        "info",
        `${OK}/properties/session_info/type`,
        "upstream leaves the type open: upstream any, ours object | null",
      ],
      ["info", `${OK}/properties/more`, "ours describes `more`, upstream does not"],
    ]);
  });

  it("a status ours does not list; one only ours lists is info", () => {
    const found = compare({ statuses: ["402", "409"] }, { statuses: ["409", "413"] });
    expect(found).toEqual([
      ["mistyped", `${OP}/responses/402`, "upstream may answer 402, ours does not list it"],
      ["info", `${OP}/responses/413`, "ours lists status 413, upstream does not"],
    ]);
  });
});

describe("unions", () => {
  const variant = (resultType: string, fields: Node = {}) =>
    open({ result_type: { type: "string", enum: [resultType] }, ...fields }, ["result_type"]);
  const legacy = open({ data: { type: "object" }, error: { type: "string", nullable: true } }, [
    "data",
    "error",
  ]);
  const ours = {
    oneOf: [
      { ...variant("completed", { data: { type: "object" } }), title: "completed" },
      variant("input_required"),
      legacy,
    ],
  };

  it("each upstream branch matches one of ours", () => {
    const up = {
      oneOf: [variant("completed", { data: { type: "object" } }), variant("input_required")],
    };
    expect(compare({ ok: up }, { ok: ours })).toEqual([
      ["info", `${OK}/oneOf/2`, "ours describes oneOf branch #2, which no upstream branch matches"],
    ]);
  });

  it("a branch of ours that fits an upstream branch is not reported, even when another fits better", () => {
    const up = { oneOf: [variant("completed", { data: { type: "object" } })] };
    const loose = variant("completed");
    const found = compare(
      { ok: up },
      { ok: { oneOf: [ours.oneOf[0], { ...loose, additionalProperties: true }] } },
    );
    expect(found).toEqual([]);
  });

  it("a new result_type variant matches none of ours", () => {
    const up = { oneOf: [variant("completed"), variant("paused")] };
    const found = problems(compare({ ok: up }, { ok: ours }));
    expect(found[0]).toEqual([
      "mistyped",
      OK,
      'upstream\'s oneOf branch #1 (result_type: "paused") matches none of our branches; closest: ours #1 (result_type: "input_required")',
    ]);
    expect(found).toContainEqual([
      "mistyped",
      `${OK}/oneOf/1/properties/result_type/enum`,
      '#1 (result_type: "paused"): upstream may return "paused", ours does not list it',
    ]);
  });

  it("an older single result object is matched by our legacy variant", () => {
    expect(compare({ ok: legacy }, { ok: ours })).toEqual([
      ["info", `${OK}/oneOf/2`, "upstream's single schema matches ours oneOf branch #2 only"],
      [
        "info",
        `${OK}/oneOf/0`,
        "ours describes oneOf branch #0 (completed), which no upstream branch matches",
      ],
      [
        "info",
        `${OK}/oneOf/1`,
        'ours describes oneOf branch #1 (result_type: "input_required"), which no upstream branch matches',
      ],
    ]);
  });

  it("upstream's union against one schema of ours that covers each branch", () => {
    const found = compare(
      { body: open({ v: { anyOf: [{ type: "string" }, { type: "number" }] } }) },
      { body: closed({ v: { type: ["string", "number"] } }) },
    );
    expect(found).toEqual([]);
  });

  it("in a request, an upstream branch ours does not accept blocks", () => {
    const found = compare(
      { body: open({ v: { anyOf: [{ type: "string" }, { type: "boolean" }] } }) },
      { body: closed({ v: { type: "string" } }) },
    );
    expect(found[0]).toEqual([
      "blocking",
      `${BODY}/properties/v`,
      "upstream's anyOf branch #1 matches none of our branches",
    ]);
  });

  it("custom_connection_data: upstream's inline variants with many typed val fields fit ours", () => {
    const upVariant = (scheme: string) =>
      open(
        {
          authScheme: { type: "string", enum: [scheme] },
          val: open({ access_token: { type: "string" }, subdomain: { type: "string" } }, [
            "access_token",
          ]),
        },
        ["authScheme", "val"],
      );
    const ourVariant = (scheme: string) =>
      closed(
        {
          authScheme: { type: "string", const: scheme },
          val: {
            type: "object",
            additionalProperties: true,
            properties: { access_token: { type: "string" } },
            required: ["access_token"],
          },
        },
        ["authScheme", "val"],
      );
    const found = compare(
      { body: open({ ccd: { oneOf: [upVariant("OAUTH2"), upVariant("BEARER")] } }) },
      {
        body: closed({ ccd: { $ref: "#/components/schemas/Ccd" } }),
        schemas: {
          Ccd: {
            oneOf: [
              { $ref: "#/components/schemas/Bearer" },
              { $ref: "#/components/schemas/Oauth2" },
            ],
          },
          Bearer: ourVariant("BEARER"),
          Oauth2: ourVariant("OAUTH2"),
        },
      },
    );
    expect(found).toEqual([]);
  });
});

describe("parameters, security and quirks", () => {
  const sessionId = (required: boolean, schema: Node) => ({
    name: "tool_slug",
    in: "path",
    required,
    schema,
  });

  it("a path parameter marked required: false is required; ours non-empty path segment is fine", () => {
    const found = compare(
      { parameters: [sessionId(false, { type: "string", format: "toolRouterSessionId" })] },
      { parameters: [sessionId(true, { type: "string", minLength: 1 })] },
    );
    expect(found).toEqual([
      [
        "info",
        `${OP}/parameters/0/schema/format`,
        'format looser than upstream: ours none, upstream "toolRouterSessionId"',
      ],
    ]);
  });

  it("a parameter upstream accepts that ours lacks blocks; header names ignore case", () => {
    const header = (name: string) => ({
      name,
      in: "header",
      required: false,
      schema: { type: "string" },
    });
    expect(
      compare({ parameters: [header("X-Trace")] }, { parameters: [header("x-trace")] }),
    ).toEqual([]);
    expect(compare({ parameters: [header("x-llm-gateway-headers")] }, {})).toEqual([
      ["blocking", OP, "upstream accepts header parameter `x-llm-gateway-headers`, ours lacks it"],
    ]);
  });

  it("a security alternative upstream accepts that ours lacks blocks; schemes match by what is sent", () => {
    const found = compare(
      { security: [{ ApiKeyAuth: [] }, { UserApiKeyAuth: [] }] },
      {
        security: [{ ProjectKey: [] }],
        schemes: { ProjectKey: { type: "apiKey", in: "header", name: "X-API-Key" } },
      },
    );
    expect(found).toEqual([
      [
        "blocking",
        `${OP}/security`,
        "upstream accepts UserApiKeyAuth, ours has no such alternative",
      ],
    ]);
  });

  it("a scheme upstream never declares is reported, not a crash; ours accepting more is info", () => {
    const found = compare(
      { security: [{ ApiKeyAuth: [] }, { workbench_access_key: [] }] },
      { security: [{ ApiKeyAuth: [] }, { UserApiKeyAuth: [] }] },
    );
    expect(found).toEqual([
      [
        "info",
        `${OP}/security`,
        "upstream accepts workbench_access_key, a scheme it never declares: not compared",
      ],
      ["info", `${OP}/security/1`, "ours accepts UserApiKeyAuth, upstream does not list it"],
    ]);
  });

  it("example vs examples, x-* extensions and different wording are not differences", () => {
    const up = {
      b: { type: "string", example: "x", description: "Theirs", "x-experimental": true },
    };
    const ours = { b: { type: "string", examples: ["y"], description: "Ours" } };
    expect(
      compareUpstream(doc("3.0.0", { body: open(up) }), doc("3.1.0", { body: closed(ours) }), [
        ENDPOINT,
      ]),
    ).toEqual([]);
  });

  it("a description or example only ours gives is documentation-only info", () => {
    const found = compareUpstream(
      doc("3.0.0", { body: open({ b: { type: "string" } }) }),
      doc("3.1.0", { body: closed({ b: { type: "string", description: "Ours" } }) }),
      [ENDPOINT],
    );
    expect(found.map((f) => [f.group, f.docs, f.message])).toEqual([
      ["info", true, "ours documents description, upstream does not"],
    ]);
  });

  it("deprecated differs: info", () => {
    const found = compare(
      { body: open({ e: { type: "string", deprecated: true } }) },
      { body: closed({ e: { type: "string" } }) },
    );
    expect(found).toEqual([
      ["info", `${BODY}/properties/e/deprecated`, "upstream marks it deprecated"],
    ]);
  });

  it("recursive schemas end", () => {
    const tree = (name: string) => ({
      type: "object",
      properties: { children: { type: "array", items: { $ref: `#/components/schemas/${name}` } } },
    });
    const found = compare(
      { body: { $ref: "#/components/schemas/T" }, schemas: { T: tree("T") } },
      { body: { $ref: "#/components/schemas/U" }, schemas: { U: tree("U") } },
    );
    expect(found).toEqual([]);
  });

  it("an operation upstream no longer publishes", () => {
    const up = doc("3.0.0", {});
    up.paths = {};
    const found = compareUpstream(up, doc("3.1.0", {}), [ENDPOINT]);
    expect(found.map((f) => [f.group, f.message])).toEqual([
      ["blocking", "upstream does not publish this operation (moved or removed?)"],
    ]);
  });
});
