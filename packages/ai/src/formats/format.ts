import type { ModelCall, WriteResult } from "../batch";
import type { AgentToolDefinition } from "../definitions";
import type { JsonSchema } from "../json-schema";
import type { NameFormat } from "../names";

/** How tools and their calls are written for one model API. */
export interface Format<Definition, Input, Result> {
  /** Which name rule applies. */
  names: NameFormat;
  /** Whether OpenAI's strict mode applies: tools may be sent strict, nulls are removed. */
  strictMode: boolean;
  /**
   * The tool's definition. `strict` is `undefined` when strict mode was not asked for, else
   * the schema to send in strict mode, or `false` when strict mode cannot express this tool.
   */
  define(
    tool: AgentToolDefinition,
    name: string,
    strict: JsonSchema | false | undefined,
  ): Definition;
  /** The calls in what the model returned; other items (text, reasoning) are left out. */
  calls(input: Input): ModelCall[];
  write: WriteResult<Result>;
}

/** The items of a list with `type`, as model APIs mix calls with other content. */
export function ofType<Item extends { type?: unknown }>(
  items: readonly Item[] | null | undefined,
  type: string,
): Item[] {
  return (items ?? []).filter((item) => item.type === type);
}
