import type { ToolRegistryDeclaredInWrapper } from "@composio-client/core";

/**
 * Not the registry: declare your tools in `@composio-client/core`'s `ToolRegistry`, which this
 * package reads (`declare module "@composio-client/core" { interface ToolRegistry { ... } }`).
 * A declaration merged into this one fails to compile with that advice, where TypeScript would
 * otherwise lose entries silently when two packages re-export the registry.
 */
export interface ToolRegistry {
  [slug: string]: ToolRegistryDeclaredInWrapper;
}
