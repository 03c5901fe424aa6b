import { createToolRouterClient } from "@composio-client/tool-router";
import { createToolsClient } from "@composio-client/tools";
import { createMockComposio, type MockComposioOptions } from "../src/index";

export const SESSION_ID = "trs_4xY8pQ2mNa";

/** A mock with both wrappers on its fetch, as the README shows. */
export function setup(
  options: MockComposioOptions = {},
  clientOptions: { maxRetries?: number } = {},
) {
  const mock = createMockComposio(options);
  const common = { apiKey: "test_key", fetch: mock.fetch, ...clientOptions };
  const tools = createToolsClient({ ...common, userId: "user_1" });
  const session = createToolRouterClient(common).session(SESSION_ID);
  return { mock, tools, session };
}
