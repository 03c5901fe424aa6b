/**
 * Composio's tools as a Vercel AI SDK (5 and newer) `ToolSet`: `generateText({ tools })`.
 * Needs the `ai` package, an optional peer dependency of this one.
 * @packageDocumentation
 */
import type { KnownToolSlug, ToolArgumentsOf, ToolDataOf } from "@composio-client/core";
import type { InputResponses } from "@composio-client/tool-router";
import { jsonSchema, type Tool, tool } from "ai";
import type { AgentTools, PlainToolResult } from "./agent";
import type { ToolCallPause } from "./batch";
import { ToolCallError } from "./errors";
import { setOwn } from "./json-schema";

/** A Composio tool in the AI SDK, typed from `ToolRegistry`. */
export type ComposioTool<Slug extends string> = Tool<ToolArgumentsOf<Slug>, ToolDataOf<Slug>>;

/**
 * The AI SDK's tools, by name: typed per slug once `ToolRegistry` declares tools, else
 * untyped. Names are the slugs wherever they fit the AI SDK's rule (64 characters).
 */
export type ComposioToolSet = [KnownToolSlug] extends [never]
  ? Record<string, ComposioTool<string>>
  : { [Slug in KnownToolSlug]?: ComposioTool<Slug> };

/** Options of {@link vercelTools}. */
export interface VercelToolsOptions {
  /**
   * Asks the user what a paused call needs (a tool-router session's question), and resolves
   * to the answers, keyed by the ids of `pause.inputRequests`. `execute` waits for it, then the
   * call goes on; the model sees the call's final result, never the pause. Required, because
   * the AI SDK would otherwise hand the model an error for a call that simply waits.
   */
  onInputRequired: (
    pause: ToolCallPause<PlainToolResult>,
  ) => Promise<InputResponses> | InputResponses;
}

/**
 * Composio's tools for `generateText` and `streamText`: each `tool({ description,
 * inputSchema: jsonSchema(schema), execute })`, the schema passed through untouched.
 * `execute` resolves to the tool's data. A call the model should correct, or that failed, was
 * blocked or may have run, throws {@link ToolCallError}, which the AI SDK sends to the model as
 * the call's error. Errors the app must handle (authentication, permissions, payment, its own
 * `onInputRequired` failing) are thrown too, as typed errors; the AI SDK hands every thrown
 * error to the model on the next step, so stop the loop with {@link stopOnAppError} and throw
 * what {@link appErrorIn} finds.
 * @example
 * ```ts
 * const agent = createAgentTools({ tools: schemas, runner: session });
 * const { text, steps } = await generateText({
 *   model,
 *   tools: vercelTools(agent, { onInputRequired: (pause) => askUser(pause.inputRequests) }),
 *   stopWhen: [stepCountIs(5), stopOnAppError],
 *   prompt: "Open an issue about the login bug",
 * });
 * ```
 */
export function vercelTools(agent: AgentTools, options: VercelToolsOptions): ComposioToolSet {
  if (typeof options?.onInputRequired !== "function") {
    throw new TypeError(
      "vercelTools needs options.onInputRequired: a function that asks the user.",
    );
  }
  const set: Record<string, Tool<Record<string, unknown>, unknown>> = {};
  for (const definition of agent.definitions) {
    const name = agent.nameOf(definition.slug, "vercel") as string;
    const composioTool = tool<Record<string, unknown>, unknown>({
      description: definition.description,
      inputSchema: jsonSchema(definition.inputSchema as Parameters<typeof jsonSchema>[0]),
      async execute(input, { toolCallId, abortSignal }) {
        const call = { id: toolCallId, name, arguments: input };
        const result = await forTheApp(async () => {
          let outcome = await agent.runToolCall(call, { names: "vercel", signal: abortSignal });
          while (outcome.resultType === "inputRequired") {
            const answers = await options.onInputRequired(outcome);
            outcome = await outcome.respond(answers, { signal: abortSignal });
          }
          return outcome.result;
        });
        if (result.isError) throw new ToolCallError(result.text);
        return result.data;
      },
    });
    setOwn(set, name, composioTool);
  }
  return set as ComposioToolSet;
}

// What `execute` threw for the app rather than the model, as `appErrorIn` finds it in `steps`.
const appErrors = new WeakSet<object>();

async function forTheApp<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (typeof error === "object" && error !== null) appErrors.add(error);
    throw error;
  }
}

/** What {@link appErrorIn} reads of the AI SDK's steps (`result.steps`, or a stop condition's). */
export interface AgentStep {
  readonly content: readonly { readonly type: string; readonly error?: unknown }[];
}

/**
 * The first error in `steps` that a Composio tool's `execute` threw for the app rather than
 * the model: an `AuthenticationError`, `PermissionDeniedError`, `PaymentRequiredError`,
 * `ComposioConfigError`, `ComposioValidationError` or `ComposioAbortError`, or whatever
 * `onInputRequired` threw. Undefined when there is none: a {@link ToolCallError}, or the AI
 * SDK's own answer to a bad call, is the model's to read.
 */
export function appErrorIn(steps: readonly AgentStep[]): unknown {
  for (const step of steps) {
    for (const part of step.content) {
      if (part.type !== "tool-error") continue;
      const { error } = part;
      if (typeof error === "object" && error !== null && appErrors.has(error)) return error;
    }
  }
  return undefined;
}

/**
 * A `stopWhen` condition for `generateText` and `streamText`: stops the loop after a step in
 * which a Composio tool threw an error for the app, before the model is asked again with that
 * error as a result. Give it beside your step limit, then throw what {@link appErrorIn} finds:
 * `stopWhen: [stepCountIs(10), stopOnAppError]`.
 */
export function stopOnAppError({ steps }: { readonly steps: readonly AgentStep[] }): boolean {
  return appErrorIn(steps.slice(-1)) !== undefined;
}
