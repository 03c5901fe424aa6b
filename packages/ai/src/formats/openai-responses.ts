import type { JsonSchema } from "../json-schema";
import { type Format, ofType } from "./format";

/** A function tool for the OpenAI Responses API (`FunctionTool` in `openai`). */
export interface OpenAIResponsesTool {
  type: "function";
  name: string;
  description: string;
  parameters: JsonSchema;
  strict: boolean;
}

/**
 * An item of `response.output`; only `function_call` items are calls. Loosely typed, so that
 * every item kind of every `openai` version fits.
 */
export interface OpenAIResponsesOutputItem {
  type: string;
  call_id?: unknown;
  name?: unknown;
  arguments?: unknown;
}

/** A `function_call_output` input item (`ResponseInputItem.FunctionCallOutput` in `openai`). */
export interface OpenAIFunctionCallOutput {
  type: "function_call_output";
  call_id: string;
  output: string;
}

export const openAIResponses: Format<
  OpenAIResponsesTool,
  readonly OpenAIResponsesOutputItem[] | null | undefined,
  OpenAIFunctionCallOutput
> = {
  names: "openai",
  strictMode: true,
  define: (tool, name, strict) => ({
    type: "function",
    name,
    description: tool.description,
    parameters: strict || tool.inputSchema,
    strict: strict !== undefined && strict !== false,
  }),
  calls: (output) =>
    ofType(output, "function_call").map((item) => ({
      id: String(item.call_id),
      name: String(item.name),
      arguments: item.arguments,
    })),
  write: (call, outcome) => ({
    type: "function_call_output",
    call_id: call.id,
    output: outcome.text,
  }),
};
