import type {
  KnownToolSlug,
  RequestOptions,
  ToolArgumentsOf,
  ToolDataOf,
} from "@composio-client/core";
import {
  assertKnownKeys,
  assertOptionalBoolean,
  assertOptionalString,
  assertPlainObject,
  assertValid,
} from "@composio-client/core/internal";
import type { ToolRouterSession } from "@composio-client/tool-router";
import type { ToolsClient } from "@composio-client/tools";
import {
  type ModelCall,
  mapLimited,
  type PreparedCall,
  type ToolCallBatch,
  type ToolCallOutcome,
  toBatch,
  toOutcome,
} from "./batch";
import { type AgentToolDefinition, readToolDefinitions } from "./definitions";
import { anthropic } from "./formats/anthropic";
import type { Format } from "./formats/format";
import { mcp } from "./formats/mcp";
import { openAIChat } from "./formats/openai-chat";
import { openAIResponses } from "./formats/openai-responses";
import type { JsonSchema } from "./json-schema";
import { isObject } from "./json-schema";
import { modelText } from "./model-text";
import { NAME_LENGTH, type NameFormat, type NameTable, nameTable } from "./names";
import { type CallOutcome, type FormatData, runTool, type ToolRunner } from "./runner";
import { removeStrictNulls, toStrictSchema } from "./strict";
import { schemaProblems } from "./validate";

/** Turns one tool's data (and the arguments it ran with) into what the model reads. */
export type ResultFormatter<Slug extends string> = (
  data: ToolDataOf<Slug>,
  args: ToolArgumentsOf<Slug>,
) => unknown;

/**
 * What the model reads of each tool's data, by slug: a string is sent as it is, anything else
 * as JSON; tools without a formatter send their data as JSON. Typed per slug from
 * `ToolRegistry` once it declares tools.
 */
export type ResultFormatters = [KnownToolSlug] extends [never]
  ? { [slug: string]: ResultFormatter<string> | undefined }
  : { [Slug in KnownToolSlug]?: ResultFormatter<Slug> };

/** Options of {@link createAgentTools} whatever the runner. */
export interface AgentToolsBaseOptions {
  /**
   * The tools the model may call: what {@link readToolDefinitions} or `loadToolDefinitions`
   * returns, or anything `readToolDefinitions` reads (a composio-typegen schemas file, a
   * `GET /api/v3/tools` page).
   */
  tools: readonly AgentToolDefinition[] | unknown;
  /**
   * Send the OpenAI tools in strict mode (Structured Outputs): every property required,
   * optional ones nullable, no extra keys. Nulls the model then writes for optional fields are
   * removed before the call runs. A tool whose schema strict mode cannot express (a free-form
   * object, `anyOf`, `$ref`...) is sent with `strict: false` and its schema as it is.
   * @defaultValue false
   */
  strict?: boolean | undefined;
  /** How many calls of one turn run at once; results keep the calls' order. @defaultValue 4 */
  concurrency?: number | undefined;
  /** What the model reads of a tool's data, per slug. @defaultValue the data as JSON */
  formatResults?: ResultFormatters | undefined;
}

/** Options of {@link createAgentTools} with a tools client: `userId` says whose accounts run. */
export interface AgentToolsWithToolsClient extends AgentToolsBaseOptions {
  runner: ToolsClient;
  /** The user every call runs as; defaults to the tools client's own `userId`. */
  userId?: string | undefined;
}

/** Options of {@link createAgentTools} with a tool-router session, which knows its user. */
export interface AgentToolsWithSession extends AgentToolsBaseOptions {
  runner: ToolRouterSession;
  /** A session runs as its own user: no `userId`. */
  userId?: undefined;
}

/** Options of {@link createAgentTools}; a runner that may be either takes no `userId`. */
export type AgentToolsOptions =
  | AgentToolsWithToolsClient
  | AgentToolsWithSession
  | (AgentToolsBaseOptions & { runner: ToolRunner; userId?: undefined });

/** Options of one `handle...` call. */
export interface HandleOptions {
  /** Cancels the calls still running or waiting to start, with `ComposioAbortError`. */
  signal?: AbortSignal | undefined;
}

/** The tools, in each model API's format, and the handlers of the model's calls. */
export interface AgentTools {
  /** The tool definitions, as read. */
  readonly definitions: readonly AgentToolDefinition[];
  /** Tools for OpenAI Chat Completions: `client.chat.completions.create({ tools })`. */
  openAIChatTools(): ReturnType<typeof openAIChat.define>[];
  /** Tools for the OpenAI Responses API: `client.responses.create({ tools })`. */
  openAIResponsesTools(): ReturnType<typeof openAIResponses.define>[];
  /** Tools for Anthropic's Messages API: `client.messages.create({ tools })`. */
  anthropicTools(): ReturnType<typeof anthropic.define>[];
  /** The entries of an MCP server's `tools/list` result. */
  mcpTools(): ReturnType<typeof mcp.define>[];
  /**
   * Runs the calls of an assistant message (`message.tool_calls`) and resolves to one tool
   * message per call, in call order, once the pauses among them are answered.
   */
  handleOpenAIToolCalls(
    toolCalls: Parameters<typeof openAIChat.calls>[0],
    options?: HandleOptions,
  ): Promise<ToolCallBatch<ReturnType<typeof openAIChat.write>>>;
  /**
   * Runs the `function_call` items of `response.output` (other items are skipped) and
   * resolves to one `function_call_output` item per call, in call order.
   */
  handleOpenAIResponsesCalls(
    output: Parameters<typeof openAIResponses.calls>[0],
    options?: HandleOptions,
  ): Promise<ToolCallBatch<ReturnType<typeof openAIResponses.write>>>;
  /**
   * Runs the `tool_use` blocks of `message.content` (other blocks are skipped) and resolves to
   * one `tool_result` block per call, in call order: send them in one user message.
   */
  handleAnthropicToolUses(
    content: Parameters<typeof anthropic.calls>[0],
    options?: HandleOptions,
  ): Promise<ToolCallBatch<ReturnType<typeof anthropic.write>>>;
  /** Runs an MCP `tools/call` request's `params`; a pause comes back to the server's code. */
  handleMcpToolCall(
    params: Parameters<typeof mcp.calls>[0],
    options?: HandleOptions,
  ): Promise<ToolCallOutcome<ReturnType<typeof mcp.write>>>;
  /**
   * Runs one call of any model API: what the other handlers are built on, for an API this
   * package has no format for. `call.arguments` is a JSON string or an object; `names` is the
   * format whose tool names the model saw. @defaultValue names "openai"
   */
  runToolCall(
    call: ModelCall,
    options?: HandleOptions & { names?: NameFormat | undefined },
  ): Promise<ToolCallOutcome<PlainToolResult>>;
  /** The slug of the tool a model called by `name` in a format; `undefined` if none. */
  slugOf(name: string, format: NameFormat): string | undefined;
  /** The name a tool has in a format's tool list. */
  nameOf(slug: string, format: NameFormat): string | undefined;
}

/** A call's result, in no model API's format: what {@link AgentTools.runToolCall} resolves to. */
export interface PlainToolResult {
  /** Whether the model should read it as an error (`is_error`, `isError`). */
  isError: boolean;
  /** What the model reads: the data as JSON (or as formatted), or what went wrong. */
  text: string;
  /** The tool's data, exactly as it returned it, when it succeeded. */
  data?: unknown;
}

interface RunResult {
  prepared: PreparedCall | undefined;
  outcome: CallOutcome;
}

const writePlain = (_call: ModelCall, outcome: Extract<CallOutcome, { kind: "done" }>) => {
  const result: PlainToolResult = { isError: outcome.isError, text: outcome.text };
  if (!outcome.isError) result.data = outcome.data;
  return result;
};

const OPTION_NAMES = [
  "tools",
  "runner",
  "userId",
  "strict",
  "concurrency",
  "formatResults",
] as const satisfies readonly (keyof AgentToolsBaseOptions | "runner" | "userId")[];

/**
 * The tools in every model API's format, and the handlers that run the model's calls through
 * `runner`, a tools client (with a `userId`) or a tool-router session.
 * @example
 * ```ts
 * const agent = createAgentTools({ tools: schemas, runner: router.session("trs_1") });
 * const completion = await openai.chat.completions.create({ model, messages, tools: agent.openAIChatTools() });
 * const batch = await agent.handleOpenAIToolCalls(completion.choices[0].message.tool_calls);
 * for (const pause of batch.pauses) await pause.respond(await askUser(pause.inputRequests));
 * messages.push(...batch.results());
 * ```
 */
export function createAgentTools(options: AgentToolsOptions): AgentTools {
  assertPlainObject(options, "options");
  assertKnownKeys(options, OPTION_NAMES, "createAgentTools options");
  const { runner, userId, strict = false, concurrency = 4, formatResults = {} } = options;
  assertValid(
    isObject(runner) && typeof runner.execute === "function",
    "options.runner",
    "a tools client or a tool-router session",
    runner,
  );
  assertOptionalString(userId, "options.userId");
  assertValid(
    userId === undefined || !("executeMeta" in runner),
    "options.userId",
    "left out with a tool-router session, which runs as its own user",
    userId,
  );
  assertOptionalBoolean(strict, "options.strict");
  assertValid(
    Number.isInteger(concurrency) && concurrency >= 1,
    "options.concurrency",
    "a whole number of at least 1",
    concurrency,
  );
  assertPlainObject(formatResults, "options.formatResults");

  const definitions = Object.freeze(
    Array.isArray(options.tools) && options.tools.every(isDefinition)
      ? [...options.tools]
      : readToolDefinitions(options.tools),
  );
  const bySlug = new Map(definitions.map((tool) => [tool.slug, tool]));
  const tables = new Map<NameFormat, NameTable>();
  const tableOf = (format: NameFormat): NameTable => {
    let table = tables.get(format);
    if (!table) {
      table = nameTable(bySlug.keys(), NAME_LENGTH[format]);
      tables.set(format, table);
    }
    return table;
  };
  // Per slug: the schema sent in strict mode, or false when strict mode cannot express it.
  const strictSchemas = new Map<string, JsonSchema | false>();
  const strictSchemaOf = (tool: AgentToolDefinition): JsonSchema | false | undefined => {
    if (!strict) return undefined;
    let schema = strictSchemas.get(tool.slug);
    if (schema === undefined) {
      schema = toStrictSchema(tool.inputSchema) ?? false;
      strictSchemas.set(tool.slug, schema);
    }
    return schema;
  };
  const formatData: FormatData = (slug, data, args) => {
    const formatter = Object.hasOwn(formatResults, slug)
      ? (formatResults as Record<string, unknown>)[slug]
      : undefined;
    return typeof formatter === "function" ? formatter(data, args) : data;
  };

  function define<Definition>(format: Format<Definition, never, unknown>): Definition[] {
    const { nameOf } = tableOf(format.names);
    return definitions.map((tool) =>
      format.define(
        tool,
        nameOf.get(tool.slug) as string,
        format.strictMode ? strictSchemaOf(tool) : undefined,
      ),
    );
  }

  /** Reads a call: the tool it names and its arguments, or the error result that says why not. */
  function prepare(
    call: ModelCall,
    names: NameFormat,
    strictMode: boolean,
  ): PreparedCall | CallOutcome {
    const slug = tableOf(names).slugOf.get(call.name);
    const tool = slug === undefined ? undefined : bySlug.get(slug);
    if (!tool) return { kind: "done", isError: true, text: modelText.unknownTool(call.name) };
    let args = call.arguments;
    if (typeof args === "string") {
      // An empty string is how some models call a tool without arguments.
      if (args.trim() === "") args = {};
      else {
        try {
          args = JSON.parse(args);
        } catch {
          // The parser's message differs between runtimes and helps the model no more.
          return { kind: "done", isError: true, text: modelText.invalidJson(tool.slug) };
        }
      }
    }
    if (!isObject(args))
      return { kind: "done", isError: true, text: modelText.notAnObject(tool.slug) };
    if (strictMode && strictSchemaOf(tool)) {
      args = removeStrictNulls(tool.inputSchema, args) as Record<string, unknown>;
    }
    const problems = schemaProblems(tool.inputSchema, args);
    if (problems.length > 0) {
      return { kind: "done", isError: true, text: modelText.schema(tool.slug, problems) };
    }
    return { slug: tool.slug, args: args as Record<string, unknown> };
  }

  async function run(
    call: ModelCall,
    names: NameFormat,
    handleOptions: HandleOptions = {},
    strictMode = false,
  ): Promise<RunResult> {
    const prepared = prepare(call, names, strictMode);
    if ("kind" in prepared) return { prepared: undefined, outcome: prepared };
    const outcome = await runTool(runner, userId, prepared.slug, prepared.args, formatData, {
      signal: handleOptions.signal,
      // The model's id for the call: a tracer records it as gen_ai.tool.call.id, never sent.
      ...(call.id !== "" && { toolCallId: call.id }),
    } satisfies RequestOptions);
    return { prepared, outcome };
  }

  async function handle<Input, Result>(
    format: Format<unknown, Input, Result>,
    input: Input,
    handleOptions: HandleOptions = {},
  ): Promise<ToolCallBatch<Result>> {
    const calls = format.calls(input);
    const runs = await mapLimited(calls, concurrency, (call) =>
      run(call, format.names, handleOptions, format.strictMode),
    );
    return toBatch(
      calls,
      runs.map((done) => done.prepared),
      runs.map((done) => done.outcome),
      format.write,
    );
  }

  return {
    definitions,
    openAIChatTools: () => define(openAIChat),
    openAIResponsesTools: () => define(openAIResponses),
    anthropicTools: () => define(anthropic),
    mcpTools: () => define(mcp),
    handleOpenAIToolCalls: (toolCalls, o) => handle(openAIChat, toolCalls, o),
    handleOpenAIResponsesCalls: (output, o) => handle(openAIResponses, output, o),
    handleAnthropicToolUses: (content, o) => handle(anthropic, content, o),
    async handleMcpToolCall(params, o) {
      const [call] = mcp.calls(params);
      const { prepared, outcome } = await run(call as ModelCall, mcp.names, o);
      return toOutcome(call as ModelCall, prepared, outcome, mcp.write);
    },
    async runToolCall(call, { names = "openai", ...o } = {}) {
      const { prepared, outcome } = await run(call, names, o, names === "openai");
      return toOutcome(call, prepared, outcome, writePlain);
    },
    slugOf: (name, format) => tableOf(format).slugOf.get(name),
    nameOf: (slug, format) => tableOf(format).nameOf.get(slug),
  };
}

function isDefinition(value: unknown): value is AgentToolDefinition {
  return (
    isObject(value) &&
    typeof value.slug === "string" &&
    typeof value.description === "string" &&
    isObject(value.inputSchema)
  );
}
