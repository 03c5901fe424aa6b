// Every committed changeset must be one `changeset version` reads: biome's Markdown formatter once
// turned the front matter of four into headings, which would have released nothing for them.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, it } from "vitest";
import { PUBLIC, packagesDir } from "./tarballs";

const dir = join(packagesDir, "../.changeset");

it("has front matter naming public packages and a bump, then a description", async () => {
  const files = (await readdir(dir)).filter((name) => name.endsWith(".md") && name !== "README.md");
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const text = await readFile(join(dir, file), "utf8");
    const match = /^---\n((?:"[^"\n]+": (?:major|minor|patch)\n)+)---\n\n\S/.exec(text);
    expect(match, file).not.toBeNull();
    for (const line of match?.[1]?.trim().split("\n") ?? []) {
      const name = line.slice(1, line.indexOf('"', 1));
      expect(
        PUBLIC.map((p) => `@composio-client/${p}`),
        `${file}: ${name}`,
      ).toContain(name);
    }
  }
});
