/**
 * Your tools, declared once so that `tools.execute` and `session.execute` type their arguments
 * and data (and, with `version`, the version they were typed against). Declare it here, in core,
 * whichever wrapper you use; `composio-typegen` writes this declaration for you:
 *
 * ```ts
 * export {}; // a module: in a file without imports or exports, this would replace core's types
 *
 * declare module "@composio-client/core" {
 *   interface ToolRegistry {
 *     GITHUB_CREATE_AN_ISSUE: {
 *       arguments: { owner: string; repo: string; title: string; body?: string };
 *       data: { number: number; html_url: string };
 *       version: "20250909_00";
 *     };
 *   }
 * }
 * ```
 *
 * Slugs not declared here keep `Record<string, unknown>` for both.
 */
// biome-ignore lint/suspicious/noEmptyInterface: empty on purpose, users merge their tools into it.
export interface ToolRegistry {}

/** A slug declared in {@link ToolRegistry}. */
export type KnownToolSlug = keyof ToolRegistry & string;

/**
 * A tool slug: one declared in {@link ToolRegistry} (suggested by editors) or any other string.
 */
// `string & {}` keeps editors suggesting the known slugs while accepting any string.
export type ToolSlug = KnownToolSlug | (string & {});

/** The arguments of tool `Slug`: as declared in {@link ToolRegistry}, else any JSON object. */
export type ToolArgumentsOf<Slug extends string> = Slug extends KnownToolSlug
  ? ToolRegistry[Slug] extends { arguments: infer Arguments }
    ? Arguments
    : Record<string, unknown>
  : Record<string, unknown>;

/** The data tool `Slug` returns: as declared in {@link ToolRegistry}, else any JSON object. */
export type ToolDataOf<Slug extends string> = Slug extends KnownToolSlug
  ? ToolRegistry[Slug] extends { data: infer Data }
    ? Data
    : Record<string, unknown>
  : Record<string, unknown>;

/**
 * What the wrappers export as `ToolRegistry`: a type alias, so that declaring the interface in a
 * wrapper module fails to compile instead of merging unreliably (declarations in two wrappers
 * lose one another's entries silently). Its text is the advice, shown on hover.
 */
export type ToolRegistryDeclaredInWrapper =
  'Declare ToolRegistry in "@composio-client/core", not in a wrapper: declare module "@composio-client/core" { interface ToolRegistry { ... } }';
