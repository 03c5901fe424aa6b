/**
 * Types for Composio tools from their own JSON Schemas: `composio-typegen` writes the
 * `ToolRegistry` declaration of `@composio-client/core`, the versions to pin, and the schemas it
 * used, and `--check` reports how the tools changed since. The functions below are what the
 * command runs, for build scripts that prefer calling them.
 * @packageDocumentation
 */
export type { ChangeKind, ToolChange } from "./check";
export { compareTools, formatChanges } from "./check";
export type { CliIo } from "./cli";
export { main } from "./cli";
export type { FetchToolsOptions } from "./fetch";
export { fetchToolDefinitions } from "./fetch";
export type {
  GeneratedFiles,
  RenderOptions,
  SchemasFile,
  ToolSnapshot,
  VersionsFormat,
} from "./render";
export { renderFiles } from "./render";
export type { Direction } from "./schema-to-type";
export { schemaToType } from "./schema-to-type";
export type { ToolDefinition } from "./tools";
export { readToolDefinitions } from "./tools";
