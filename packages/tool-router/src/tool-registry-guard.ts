import type { ToolRegistryDeclaredInWrapper } from "@composio-client/core";

/**
 * Not the registry: declare your tools in `@composio-client/core`'s `ToolRegistry`, which this
 * package reads (`declare module "@composio-client/core" { interface ToolRegistry { ... } }`).
 * A type alias, so that declaring `interface ToolRegistry` in this module fails to compile
 * ("Duplicate identifier 'ToolRegistry'", pointing here) whatever `skipLibCheck` says, where
 * TypeScript would otherwise merge it unreliably and lose entries silently.
 */
export type ToolRegistry = ToolRegistryDeclaredInWrapper;
