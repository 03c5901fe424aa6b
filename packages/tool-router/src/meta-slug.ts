declare const unlisted: unique symbol;

/**
 * A meta tool slug this package does not list (yet): made with {@link unlistedMetaSlug}, so that
 * a typo in a listed slug still fails to compile.
 */
export type UnlistedMetaSlug = string & { readonly [unlisted]: true };

/**
 * Lets `session.executeMeta` send a meta tool slug that Composio added after this package was
 * released. The slug is sent as given and the server decides.
 * @example
 * ```ts
 * await session.executeMeta(unlistedMetaSlug("COMPOSIO_GET_RECIPE"), { recipe_id: "rcp_1" });
 * ```
 */
export function unlistedMetaSlug(slug: string): UnlistedMetaSlug {
  return slug as UnlistedMetaSlug;
}
