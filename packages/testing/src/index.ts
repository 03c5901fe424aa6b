/**
 * A mock of Composio's tool-execution API for your tests: pass `mock.fetch` to a client, declare
 * what tools answer with `onTool`, inject faults with `failNext`, and assert on `mock.calls` and
 * `mock.executions(slug)`. Runs on Node, Bun, Deno, workerd and in browsers.
 * @packageDocumentation
 */
export type { MockCall, MockCalls } from "./calls";
export type { Fault, FaultFilter, FaultType, OperationName } from "./faults";
export type {
  MetaSlugCheck,
  MetaToolHandler,
  MetaToolSlug,
  MockContext,
  ProxyHandler,
  ProxyReply,
  ProxyRequest,
  ToolHandler,
  WrapAnUnlistedMetaSlugInUnlistedMetaSlug,
} from "./handlers";
export type { ListenOptions } from "./listen";
export type { MockComposio, MockComposioOptions } from "./mock";
export { createMockComposio } from "./mock";
export type {
  ApiErrorInit,
  InputRequired,
  MockInputRequest,
  ToolBlocked,
  ToolFailed,
} from "./results";
export { apiError, inputRequired, MockApiError, toolBlocked, toolFailed } from "./results";
export type { ErrorDetail } from "./spec-data";
