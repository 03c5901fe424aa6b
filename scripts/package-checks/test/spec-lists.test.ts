// Where the spec's values must be written out by hand (a user's code calls each meta tool by name;
// the README names them), they are compared with the spec, so a value it adds cannot be missed.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { META_TOOL_SLUGS } from "@composio-client/spec/values";
import { expect, it } from "vitest";
import { packagesDir } from "./tarballs";

it.each(META_TOOL_SLUGS)("public-api.test-d.ts calls the meta tool %s", async (slug) => {
  const publicApi = await readFile(new URL("public-api.test-d.ts", import.meta.url), "utf8");
  expect(publicApi).toContain(`session.executeMeta("${slug}"`);
});

it.each(META_TOOL_SLUGS)("the tool-router README names the meta tool %s", async (slug) => {
  const readme = await readFile(join(packagesDir, "tool-router/README.md"), "utf8");
  expect(readme).toContain(`\`${slug}\``);
});
