import { describe, expectTypeOf, it } from "vitest";
import type {
  AuthScheme,
  components,
  ErrorDetail,
  ExecuteToolRequest,
  ExecuteToolResponse,
  GetToolQuery,
  ListToolsQuery,
  MetaToolSlug,
  operations,
  ProxyBinaryBody,
  ProxyMethod,
  paths,
  SessionExecuteMetaRequest,
  SessionExecuteMetaResponse,
  SessionExecuteRequest,
  SessionExecuteResponse,
  SessionInputRequired,
  SessionProxyExecuteRequest,
  SessionProxyExecuteResponse,
  SessionToolBlocked,
  SessionToolLegacyResult,
  Tool,
  ToolList,
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
    expectTypeOf<
      Exclude<SessionExecuteResponse, SessionInputRequired | SessionToolBlocked>["log_id"]
    >().toEqualTypeOf<string>();
    // A blocked call may have written no execution log.
    expectTypeOf<SessionToolBlocked["log_id"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<SessionToolBlocked["block_reason"]>().toEqualTypeOf<unknown>();
    expectTypeOf<
      Exclude<SessionProxyExecuteResponse, SessionInputRequired>["status"]
    >().toEqualTypeOf<number>();
    expectTypeOf<
      Exclude<SessionProxyExecuteResponse, SessionInputRequired>["headers"]
    >().toEqualTypeOf<{ [key: string]: string } | undefined>();
    expectTypeOf<ExecuteToolResponse["session_info"]>().toEqualTypeOf<unknown>();
  });

  it("type session results as a union on result_type, with the older shape beside it", () => {
    expectTypeOf<SessionExecuteResponse["data" & keyof SessionExecuteResponse]>().toBeNever();
    expectTypeOf<
      Extract<SessionExecuteResponse, { result_type: "input_required" }>
    >().toEqualTypeOf<SessionInputRequired>();
    expectTypeOf<
      Extract<SessionExecuteResponse, { result_type: "blocked" }>
    >().toEqualTypeOf<SessionToolBlocked>();
    expectTypeOf<SessionInputRequired["request_state"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<
      SessionInputRequired["input_requests"][string]["requested_schema"]
    >().toEqualTypeOf<{
      [key: string]: unknown;
    }>();
    expectTypeOf<SessionToolLegacyResult>().toExtend<SessionExecuteResponse>();
    expectTypeOf<
      Extract<SessionProxyExecuteResponse, { result_type: "completed" }>["status"]
    >().toEqualTypeOf<number>();
  });

  it("take the answers to a pause on session execute and execute_meta", () => {
    expectTypeOf<SessionExecuteRequest["input_responses"]>().toEqualTypeOf<
      { [key: string]: unknown } | undefined
    >();
    expectTypeOf<SessionExecuteRequest["request_state"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<SessionExecuteRequest["enable_auto_workbench_offload"]>().toEqualTypeOf<
      boolean | undefined
    >();
    expectTypeOf<SessionExecuteMetaRequest["request_state"]>().toEqualTypeOf<string | undefined>();
    const meta: SessionExecuteMetaRequest = {
      slug: "COMPOSIO_SEARCH_TOOLS",
      // @ts-expect-error execute_meta has no workbench offload
      enable_auto_workbench_offload: true,
    };
    expectTypeOf(meta.slug).toEqualTypeOf<MetaToolSlug>();
    expectTypeOf<ErrorDetail["code"]>().toEqualTypeOf<number>();
    expectTypeOf<ErrorDetail["request_id"]>().toEqualTypeOf<string | undefined>();
  });

  it("keep session arguments optional although the spec gives them a default", () => {
    expectTypeOf<{ tool_slug: string }>().toExtend<SessionExecuteRequest>();
    expectTypeOf<{ slug: "COMPOSIO_SEARCH_TOOLS" }>().toExtend<SessionExecuteMetaRequest>();
  });

  it("derive the enums from the spec's, as closed unions of string literals", () => {
    // The values themselves are the spec's: the drift test compares the generated schema with a
    // fresh generation, so they are not listed again here.
    expectTypeOf<MetaToolSlug>().toEqualTypeOf<components["schemas"]["MetaToolSlug"]>();
    expectTypeOf<MetaToolSlug>().toExtend<string>();
    expectTypeOf<string>().not.toExtend<MetaToolSlug>();
    expectTypeOf<"COMPOSIO_SEARCH_TOOLS">().toExtend<MetaToolSlug>();
    type Variant = components["schemas"]["CustomConnectionData"];
    expectTypeOf<AuthScheme>().toEqualTypeOf<Variant["authScheme"]>();
    expectTypeOf<string>().not.toExtend<AuthScheme>();
    expectTypeOf<"OAUTH2">().toExtend<AuthScheme>();
    expectTypeOf<{ base64: string }>().toExtend<ProxyBinaryBody>();
    expectTypeOf<{ url: string; content_type: string }>().toExtend<ProxyBinaryBody>();
  });
});

describe("the tool-definition aliases", () => {
  it("name the GET operations' query and 200 bodies", () => {
    expectTypeOf<ToolList>().toEqualTypeOf<
      paths["/api/v3/tools"]["get"]["responses"][200]["content"]["application/json"]
    >();
    expectTypeOf<Tool>().toEqualTypeOf<
      paths["/api/v3/tools/{tool_slug}"]["get"]["responses"][200]["content"]["application/json"]
    >();
    expectTypeOf<ListToolsQuery["cursor"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<GetToolQuery["version"]>().toEqualTypeOf<string | undefined>();
  });
});
