import type { MetaToolSlug } from "@composio-client/api-types";

// A record keyed by the spec's enum: the compiler rejects a slug missing from or unknown to the spec.
const META_TOOLS: Record<MetaToolSlug, true> = {
  COMPOSIO_SEARCH_TOOLS: true,
  COMPOSIO_MULTI_EXECUTE_TOOL: true,
  COMPOSIO_MANAGE_CONNECTIONS: true,
  COMPOSIO_WAIT_FOR_CONNECTIONS: true,
  COMPOSIO_REMOTE_WORKBENCH: true,
  COMPOSIO_REMOTE_BASH_TOOL: true,
  COMPOSIO_GET_TOOL_SCHEMAS: true,
};

/** Every meta tool slug the spec defines. */
export const META_TOOL_SLUGS = Object.keys(META_TOOLS) as MetaToolSlug[];
