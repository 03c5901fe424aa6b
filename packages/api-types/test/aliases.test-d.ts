import { describe, expectTypeOf, it } from "vitest";
import type {
  AuthScheme,
  components,
  ErrorDetail,
  ExecuteToolRequest,
  ExecuteToolResponse,
  MetaToolSlug,
  operations,
  ProxyBinaryBody,
  ProxyMethod,
  paths,
  SessionExecuteMetaRequest,
  SessionExecuteMetaResponse,
  SessionExecuteRequest,
  SessionExecuteResponse,
  SessionProxyExecuteRequest,
  SessionProxyExecuteResponse,
} from "../src/index";

describe("named aliases", () => {
  it("name each operation's request and 200 bodies", () => {
    expectTypeOf<ExecuteToolRequest>().toEqualTypeOf<components["schemas"]["ExecuteToolRequest"]>();
    expectTypeOf<ExecuteToolResponse>().toEqualTypeOf<
      paths["/api/v3/tools/execute/{tool_slug}"]["post"]["responses"][200]["content"]["application/json"]
    >();
    expectTypeOf<SessionExecuteRequest>().toEqualTypeOf<
      operations["executeSessionTool"]["requestBody"]["content"]["application/json"]
    >();
    expectTypeOf<SessionExecuteMetaResponse>().toEqualTypeOf<SessionExecuteResponse>();
    expectTypeOf<SessionProxyExecuteRequest["method"]>().toEqualTypeOf<ProxyMethod>();
  });

  it("keep every tools/execute field optional, and arguments a free-form object", () => {
    expectTypeOf<Record<string, never>>().toExtend<ExecuteToolRequest>();
    expectTypeOf<ExecuteToolRequest["arguments"]>().toEqualTypeOf<
      { [key: string]: unknown } | undefined
    >();
    expectTypeOf<ExecuteToolRequest["allow_tracing"]>().toEqualTypeOf<boolean | null | undefined>();
  });

  it("type the responses as the spec says", () => {
    expectTypeOf<ExecuteToolResponse["error"]>().toEqualTypeOf<string | null>();
    expectTypeOf<ExecuteToolResponse["successful"]>().toEqualTypeOf<boolean>();
    expectTypeOf<SessionExecuteResponse["log_id"]>().toEqualTypeOf<string>();
    expectTypeOf<SessionProxyExecuteResponse["status"]>().toEqualTypeOf<number>();
    expectTypeOf<SessionProxyExecuteResponse["headers"]>().toEqualTypeOf<
      { [key: string]: string } | undefined
    >();
    expectTypeOf<ErrorDetail["code"]>().toEqualTypeOf<number>();
    expectTypeOf<ErrorDetail["request_id"]>().toEqualTypeOf<string | undefined>();
  });

  it("keep session arguments optional although the spec gives them a default", () => {
    expectTypeOf<{ tool_slug: string }>().toExtend<SessionExecuteRequest>();
    expectTypeOf<{ slug: "COMPOSIO_SEARCH_TOOLS" }>().toExtend<SessionExecuteMetaRequest>();
  });

  it("derive the enums", () => {
    expectTypeOf<MetaToolSlug>().toExtend<string>();
    expectTypeOf<"COMPOSIO_SEARCH_TOOLS">().toExtend<MetaToolSlug>();
    expectTypeOf<AuthScheme>().toEqualTypeOf<
      | "OAUTH2"
      | "DCR_OAUTH"
      | "API_KEY"
      | "BASIC_WITH_JWT"
      | "BASIC"
      | "BEARER_TOKEN"
      | "OAUTH1"
      | "NO_AUTH"
      | "SERVICE_ACCOUNT"
      | "GOOGLE_SERVICE_ACCOUNT"
      | "S2S_OAUTH2"
    >();
    expectTypeOf<{ base64: string }>().toExtend<ProxyBinaryBody>();
    expectTypeOf<{ url: string; content_type: string }>().toExtend<ProxyBinaryBody>();
  });
});
