import { describe, expect, it } from "vitest";
import type { Change } from "../src/diff/context.mjs";
import {
  type Doc,
  diffEdited,
  EXECUTE,
  essentials,
  META,
  PROXY,
  ROUTER,
  requestOf,
  responseOf,
  SESSION,
  TOOLS,
} from "./diff-fixture";

interface Case {
  name: string;
  edit: (doc: Doc) => void;
  expected: ReturnType<typeof essentials>;
}

const schemas = (doc: Doc) => doc.components.schemas;
const op = (doc: Doc, path: string) => doc.paths[path].post;
const EXECUTE_PATH = "/api/v3/tools/execute/{tool_slug}";

const breaking: Case[] = [
  {
    name: "an operation removed",
    edit: (doc) => delete doc.paths[EXECUTE_PATH],
    expected: [{ kind: "breaking", operation: "executeTool", pointer: EXECUTE, packages: TOOLS }],
  },
  {
    name: "a parameter removed",
    edit: (doc) => op(doc, EXECUTE_PATH).parameters.pop(),
    expected: [
      {
        kind: "breaking",
        operation: "executeTool",
        pointer: `${EXECUTE}/parameters/1`,
        packages: TOOLS,
      },
    ],
  },
  {
    name: "a request field removed",
    edit: (doc) => delete schemas(doc).ExecuteToolRequest.properties.user_id,
    expected: [
      {
        kind: "breaking",
        operation: "executeTool",
        pointer: `${requestOf(EXECUTE)}/properties/user_id`,
        packages: TOOLS,
      },
    ],
  },
  {
    name: "a field renamed (removed, and added under the new name)",
    edit: (doc) => {
      const properties = schemas(doc).SessionExecuteRequest.properties;
      properties.account_id = properties.account;
      delete properties.account;
    },
    expected: [
      {
        kind: "breaking",
        operation: "executeSessionTool",
        pointer: `${requestOf(SESSION)}/properties/account`,
        packages: ROUTER,
      },
      {
        kind: "additive",
        operation: "executeSessionTool",
        pointer: `${requestOf(SESSION)}/properties/account_id`,
        packages: ROUTER,
      },
    ],
  },
  {
    name: "an optional request field made required",
    edit: (doc) => schemas(doc).SessionExecuteRequest.required.push("account"),
    expected: [
      {
        kind: "breaking",
        operation: "executeSessionTool",
        pointer: `${requestOf(SESSION)}/properties/account`,
        packages: ROUTER,
      },
    ],
  },
  {
    name: "a new required request field",
    edit: (doc) => {
      schemas(doc).SessionExecuteRequest.properties.priority = { type: "integer" };
      schemas(doc).SessionExecuteRequest.required.push("priority");
    },
    expected: [
      {
        kind: "breaking",
        operation: "executeSessionTool",
        pointer: `${requestOf(SESSION)}/properties/priority`,
        packages: ROUTER,
      },
    ],
  },
  {
    name: "an enum value removed",
    edit: (doc) => schemas(doc).MetaToolSlug.enum.pop(),
    expected: [
      {
        kind: "breaking",
        operation: "executeSessionMetaTool",
        pointer: `${requestOf(META)}/properties/slug/enum`,
        packages: ROUTER,
      },
    ],
  },
  {
    name: "a type narrowed ([string, number] to string)",
    edit: (doc) => {
      schemas(doc).CustomAuthParameter.properties.value.type = "string";
    },
    expected: [
      {
        kind: "breaking",
        operation: "executeTool",
        pointer: `${requestOf(EXECUTE)}/properties/parameters/items/properties/value/type`,
        packages: TOOLS,
      },
    ],
  },
  {
    name: "a type changed (string to boolean)",
    edit: (doc) => {
      schemas(doc).ExecuteToolRequest.properties.user_id.type = "boolean";
    },
    expected: [
      {
        kind: "breaking",
        operation: "executeTool",
        pointer: `${requestOf(EXECUTE)}/properties/user_id/type`,
        packages: TOOLS,
      },
    ],
  },
  {
    name: "an anyOf branch removed from a request",
    edit: (doc) => schemas(doc).SessionProxyExecuteRequest.properties.binary_body.anyOf.pop(),
    expected: [
      {
        kind: "breaking",
        operation: "proxyExecuteSession",
        pointer: `${requestOf(PROXY)}/properties/binary_body/anyOf/1`,
        packages: ROUTER,
      },
    ],
  },
  {
    name: "a response field removed",
    edit: (doc) => delete schemas(doc).SessionProxyExecuteResponse.properties.headers,
    expected: [
      {
        kind: "breaking",
        operation: "proxyExecuteSession",
        pointer: `${responseOf(PROXY)}/properties/headers`,
        packages: ROUTER,
      },
    ],
  },
  {
    name: "a response field made optional (no longer guaranteed), in a schema two operations share",
    edit: (doc) => {
      schemas(doc).SessionExecuteResponse.required = ["data"];
    },
    expected: [
      {
        kind: "breaking",
        operation: "executeSessionTool",
        pointer: `${responseOf(SESSION)}/properties/log_id`,
        packages: ROUTER,
      },
      {
        kind: "breaking",
        operation: "executeSessionMetaTool",
        pointer: `${responseOf(META)}/properties/log_id`,
        packages: ROUTER,
      },
    ],
  },
  {
    name: "a response type widened (readers must handle more)",
    edit: (doc) => {
      schemas(doc).SessionProxyExecuteResponse.properties.status.type = ["number", "string"];
    },
    expected: [
      {
        kind: "breaking",
        operation: "proxyExecuteSession",
        pointer: `${responseOf(PROXY)}/properties/status/type`,
        packages: ROUTER,
      },
    ],
  },
  {
    name: "a request constraint made stricter",
    edit: (doc) => {
      schemas(doc).SessionExecuteRequest.properties.tool_slug.minLength = 3;
    },
    expected: [
      {
        kind: "breaking",
        operation: "executeSessionTool",
        pointer: `${requestOf(SESSION)}/properties/tool_slug/minLength`,
        packages: ROUTER,
      },
    ],
  },
  {
    name: "a response removed",
    edit: (doc) => delete op(doc, EXECUTE_PATH).responses["400"],
    expected: [
      {
        kind: "breaking",
        operation: "executeTool",
        pointer: `${EXECUTE}/responses/400`,
        packages: TOOLS,
      },
    ],
  },
  {
    name: "an operationId changed (the generated `operations` type is keyed by it)",
    edit: (doc) => {
      op(doc, EXECUTE_PATH).operationId = "runTool";
    },
    expected: [
      {
        kind: "breaking",
        operation: "runTool",
        pointer: `${EXECUTE}/operationId`,
        packages: TOOLS,
      },
    ],
  },
  {
    name: "a change the classifier does not understand",
    edit: (doc) => {
      schemas(doc).SessionExecuteRequest.properties.account.readOnly = true;
    },
    expected: [
      {
        kind: "breaking",
        operation: "executeSessionTool",
        pointer: `${requestOf(SESSION)}/properties/account/readOnly`,
        packages: ROUTER,
      },
    ],
  },
];

const additive: Case[] = [
  {
    name: "a new optional request field",
    edit: (doc) => {
      schemas(doc).SessionExecuteRequest.properties.priority = { type: "integer" };
    },
    expected: [
      {
        kind: "additive",
        operation: "executeSessionTool",
        pointer: `${requestOf(SESSION)}/properties/priority`,
        packages: ROUTER,
      },
    ],
  },
  {
    name: "a new enum value in a request",
    edit: (doc) => schemas(doc).MetaToolSlug.enum.push("COMPOSIO_NEW_TOOL"),
    expected: [
      {
        kind: "additive",
        operation: "executeSessionMetaTool",
        pointer: `${requestOf(META)}/properties/slug/enum`,
        packages: ROUTER,
      },
    ],
  },
  {
    name: "a new operation, reaching the wrapper of its path",
    edit: (doc) => {
      doc.paths["/api/v3/tool_router/session/{session_id}/search"] = structuredClone(
        doc.paths["/api/v3/tool_router/session/{session_id}/execute"],
      );
      doc.paths["/api/v3/tool_router/session/{session_id}/search"].post.operationId = "search";
    },
    expected: [
      {
        kind: "additive",
        operation: "search",
        pointer: "/paths/~1api~1v3~1tool_router~1session~1{session_id}~1search/post",
        packages: ROUTER,
      },
    ],
  },
  {
    name: "a new operation under a path no wrapper sends to",
    edit: (doc) => {
      doc.paths["/api/v3/connected_accounts"] = structuredClone(doc.paths[EXECUTE_PATH]);
      doc.paths["/api/v3/connected_accounts"].post.operationId = "listAccounts";
    },
    expected: [
      {
        kind: "additive",
        operation: "listAccounts",
        pointer: "/paths/~1api~1v3~1connected_accounts/post",
        packages: ["@composio-client/api-types", "@composio-client/core"],
      },
    ],
  },
  {
    name: "a new response field, optional or always present",
    edit: (doc) => {
      const response = schemas(doc).ExecuteToolResponse;
      response.properties.session_info = { type: "object" };
      response.properties.request_id = { type: "string" };
      response.required.push("request_id");
    },
    expected: [
      {
        kind: "additive",
        operation: "executeTool",
        pointer: `${responseOf(EXECUTE)}/properties/session_info`,
        packages: TOOLS,
      },
      {
        kind: "additive",
        operation: "executeTool",
        pointer: `${responseOf(EXECUTE)}/properties/request_id`,
        packages: TOOLS,
      },
    ],
  },
  {
    name: "a response field made always present",
    edit: (doc) => schemas(doc).ExecuteToolResponse.required.push("log_id"),
    expected: [
      {
        kind: "additive",
        operation: "executeTool",
        pointer: `${responseOf(EXECUTE)}/properties/log_id`,
        packages: TOOLS,
      },
    ],
  },
  {
    name: "a request field made optional",
    edit: (doc) => {
      schemas(doc).SessionProxyExecuteRequest.required = ["toolkit_slug"];
    },
    expected: [
      {
        kind: "additive",
        operation: "proxyExecuteSession",
        pointer: `${requestOf(PROXY)}/properties/method`,
        packages: ROUTER,
      },
    ],
  },
  {
    name: "a request type widened (string to string | null)",
    edit: (doc) => {
      schemas(doc).ExecuteToolRequest.properties.text.type = ["string", "null"];
    },
    expected: [
      {
        kind: "additive",
        operation: "executeTool",
        pointer: `${requestOf(EXECUTE)}/properties/text/type`,
        packages: TOOLS,
      },
    ],
  },
  {
    name: "a new anyOf branch in a request",
    edit: (doc) => {
      schemas(doc).SessionProxyExecuteRequest.properties.binary_body.anyOf.push({ type: "string" });
    },
    expected: [
      {
        kind: "additive",
        operation: "proxyExecuteSession",
        pointer: `${requestOf(PROXY)}/properties/binary_body/anyOf/2`,
        packages: ROUTER,
      },
    ],
  },
  {
    name: "a new response status",
    edit: (doc) => {
      op(doc, EXECUTE_PATH).responses["429"] = { $ref: "#/components/responses/BadRequest" };
    },
    expected: [
      {
        kind: "additive",
        operation: "executeTool",
        pointer: `${EXECUTE}/responses/429`,
        packages: TOOLS,
      },
    ],
  },
  {
    name: "a field deprecated",
    edit: (doc) => {
      schemas(doc).ExecuteToolRequest.properties.user_id.deprecated = true;
    },
    expected: [
      {
        kind: "additive",
        operation: "executeTool",
        pointer: `${requestOf(EXECUTE)}/properties/user_id/deprecated`,
        packages: TOOLS,
      },
    ],
  },
  {
    name: "a response constraint made stricter (the server promises more)",
    edit: (doc) => {
      schemas(doc).SessionProxyExecuteResponse.properties.status.minimum = 100;
    },
    expected: [
      {
        kind: "additive",
        operation: "proxyExecuteSession",
        pointer: `${responseOf(PROXY)}/properties/status/minimum`,
        packages: ROUTER,
      },
    ],
  },
];

const docs: Case[] = [
  {
    name: "a description",
    edit: (doc) => {
      schemas(doc).ExecuteToolRequest.properties.text.description = "What to do, in words.";
    },
    expected: [
      {
        kind: "docs",
        operation: "executeTool",
        pointer: `${requestOf(EXECUTE)}/properties/text/description`,
        packages: TOOLS,
      },
    ],
  },
  {
    name: "an example",
    edit: (doc) => {
      op(doc, EXECUTE_PATH).requestBody.content["application/json"].example.text = "Close it";
    },
    expected: [
      {
        kind: "docs",
        operation: "executeTool",
        pointer: `${EXECUTE}/requestBody/content/application~1json/example`,
        packages: TOOLS,
      },
    ],
  },
  {
    name: "a schema's examples and title",
    edit: (doc) => {
      schemas(doc).SessionExecuteRequest.title = "Session execute request";
      schemas(doc).SessionExecuteRequest.examples = [{ tool_slug: "GITHUB_STAR_A_REPO" }];
    },
    expected: [
      {
        kind: "docs",
        operation: "executeSessionTool",
        pointer: `${requestOf(SESSION)}/title`,
        packages: ROUTER,
      },
      {
        kind: "docs",
        operation: "executeSessionTool",
        pointer: `${requestOf(SESSION)}/examples`,
        packages: ROUTER,
      },
    ],
  },
  {
    name: "an operation's summary and a parameter's description",
    edit: (doc) => {
      op(doc, EXECUTE_PATH).summary = "Run a tool";
      op(doc, EXECUTE_PATH).parameters[1].description = "Forwarded headers.";
    },
    expected: [
      {
        kind: "docs",
        operation: "executeTool",
        pointer: `${EXECUTE}/parameters/1/description`,
        packages: TOOLS,
      },
      { kind: "docs", operation: "executeTool", pointer: `${EXECUTE}/summary`, packages: TOOLS },
    ],
  },
  {
    name: "the document's info, which no package includes",
    edit: (doc) => {
      doc.info.version = "1.1.0";
    },
    expected: [{ kind: "docs", operation: "(document)", pointer: "/info", packages: [] }],
  },
];

describe.each([
  ["breaking", breaking],
  ["additive", additive],
  ["docs only", docs],
])("%s:", (_, cases) => {
  it.each(cases)("$name", ({ edit, expected }) => {
    expect(essentials(diffEdited(edit))).toEqual(expected);
  });
});

describe("messages", () => {
  const only = (changes: Change[]): Change => {
    const [change, ...others] = changes;
    expect(others).toEqual([]);
    if (!change) throw new Error("no change reported");
    return change;
  };

  it("name the removed enum value and where the shared schema is", () => {
    const change = only(diffEdited((doc) => schemas(doc).MetaToolSlug.enum.pop()));
    expect(change).toMatchObject({
      message: 'enum value "COMPOSIO_MULTI_EXECUTE_TOOL" removed',
      source: "#/components/schemas/MetaToolSlug/enum",
      endpoint: "POST /api/v3/tool_router/session/{session_id}/execute_meta",
    });
  });

  it("point out a likely rename", () => {
    const [removed] = diffEdited((doc) => {
      const properties = schemas(doc).SessionExecuteRequest.properties;
      properties.account_id = properties.account;
      delete properties.account;
    });
    expect(removed).toMatchObject({
      message: "field `account` removed",
      note: "looks renamed to `account_id`",
    });
  });

  it("report a moved endpoint as removed and added, each pointing to the other", () => {
    const changes = diffEdited((doc) => {
      doc.paths["/api/v3/tools/run/{tool_slug}"] = doc.paths[EXECUTE_PATH];
      delete doc.paths[EXECUTE_PATH];
    });
    expect(changes.map(({ kind, message, note }) => ({ kind, message, note }))).toEqual([
      {
        kind: "additive",
        message: "operation added",
        note: "moved from POST /api/v3/tools/execute/{tool_slug}",
      },
      {
        kind: "breaking",
        message: "operation removed",
        note: "moved to POST /api/v3/tools/run/{tool_slug}",
      },
    ]);
  });

  it("say when a change is not classified, and treat it as breaking", () => {
    const change = only(
      diffEdited((doc) => {
        schemas(doc).SessionExecuteRequest.properties.account.readOnly = true;
      }),
    );
    expect(change.note).toMatch(/not classified automatically/);
  });
});
