// A release rehearsal in a copy of the workspace: `changeset version` on a test changeset, then
// `pnpm publish -r --dry-run`. Nothing is published and the real workspace is not touched.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUBLIC, packagesDir, run, shippedFiles } from "./tarballs";

const root = join(packagesDir, "..");
let copy: string;
let published: Map<string, { version: string; files: string[] }>;

beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), "composio-release-"));
  // .pnpmfile.cjs too: its hooks shape what is published (and the lockfile records its checksum).
  for (const file of [
    "package.json",
    "pnpm-workspace.yaml",
    "pnpm-lock.yaml",
    ".pnpmfile.cjs",
    "LICENSE",
  ]) {
    await cp(join(root, file), join(copy, file));
  }
  await cp(join(root, ".changeset/config.json"), join(copy, ".changeset/config.json"));
  // Every workspace package's manifest, where pnpm-workspace.yaml puts it (the lockfile names
  // them all), and what the public ones ship.
  const { stdout } = await run("pnpm", ["ls", "--recursive", "--depth", "-1", "--json"], {
    cwd: root,
  });
  for (const { path } of JSON.parse(stdout) as { path: string }[]) {
    const dir = relative(root, path);
    if (dir === "") continue; // the root's, copied above
    await mkdir(join(copy, dir), { recursive: true });
    await cp(join(path, "package.json"), join(copy, dir, "package.json"));
  }
  // What each package ships, as its package.json's `files` lists it, and its README.
  for (const name of PUBLIC) {
    const manifest = JSON.parse(await readFile(join(packagesDir, name, "package.json"), "utf8"));
    for (const part of new Set<string>([...manifest.files, "README.md"])) {
      await cp(join(packagesDir, name, part), join(copy, "packages", name, part), {
        recursive: true,
      });
    }
  }
  await writeFile(
    join(copy, ".changeset/test-release.md"),
    '---\n"@composio-client/core": minor\n---\n\nA rehearsal change to core.\n',
  );
  await run(join(root, "node_modules/.bin/changeset"), ["version"], { cwd: copy });
  // Links the copied workspace from pnpm's store, so that workspace: ranges can be resolved.
  await run("pnpm", ["install", "--frozen-lockfile", "--offline", "--ignore-scripts"], {
    cwd: copy,
  });
  const { stderr } = await run("pnpm", ["publish", "-r", "--dry-run", "--no-git-checks"], {
    cwd: copy,
  });
  published = parseDryRun(stderr);
}, 600_000);
// The copy holds a whole install: never left behind in the temp folder.
afterAll(() => (copy ? rm(copy, { recursive: true, force: true }) : undefined));

/** Reads npm's "Tarball Contents" notices: package, version and files of each tarball. */
function parseDryRun(output: string): Map<string, { version: string; files: string[] }> {
  const tarballs = new Map<string, { version: string; files: string[] }>();
  let current: { version: string; files: string[] } | undefined;
  for (const line of output.split("\n")) {
    const header = /📦\s+(@composio-client\/[\w-]+)@(\S+)/.exec(line);
    if (header) {
      current = { version: header[2] as string, files: [] };
      tarballs.set(header[1] as string, current);
      continue;
    }
    if (/Tarball Details/.test(line)) current = undefined;
    const file = /npm notice [\d.]+[kM]?B (\S+)$/.exec(line);
    if (current && file) current.files.push(file[1] as string);
  }
  return tarballs;
}

async function manifest(name: string) {
  return JSON.parse(await readFile(join(copy, "packages", name, "package.json"), "utf8"));
}

describe("a release rehearsal", () => {
  it("versions core by its changeset and its dependents by the dependency update", async () => {
    expect((await manifest("core")).version).toBe("0.1.0");
    expect((await manifest("tools")).version).toBe("0.0.1");
    expect((await manifest("tool-router")).version).toBe("0.0.1");
    expect((await manifest("api-types")).version).toBe("0.0.0");
    const changelog = await readFile(join(copy, "packages/tools/CHANGELOG.md"), "utf8");
    expect(changelog).toContain("@composio-client/core@0.1.0");
  });

  it("publishes only the public packages, at their new versions", () => {
    expect([...published.keys()].sort()).toEqual(
      PUBLIC.map((name) => `@composio-client/${name}`).sort(),
    );
    expect(published.get("@composio-client/core")?.version).toBe("0.1.0");
    expect(published.get("@composio-client/tools")?.version).toBe("0.0.1");
  });

  it.each(PUBLIC)("ships %s without tests, sources or source maps", (name) => {
    const { expected, actual } = shippedFiles(
      name,
      published.get(`@composio-client/${name}`)?.files ?? [],
    );
    expect(actual).toEqual(expected);
  });

  // Exactly: they import core's internal subpath, which has no semver promise.
  it("points the dependents at exactly the new core", async () => {
    const destination = join(copy, "release-pack");
    await mkdir(destination);
    await run("pnpm", ["pack", "--pack-destination", destination], {
      cwd: join(copy, "packages/tools"),
    });
    const [tarball] = await readdir(destination);
    const { stdout } = await run("tar", [
      "-xzOf",
      join(destination, tarball as string),
      "package/package.json",
    ]);
    const manifest = JSON.parse(stdout);
    expect(manifest.dependencies["@composio-client/core"]).toBe("0.1.0");
    // What users need only: no development scripts, no devDependencies on workspace packages.
    expect(manifest.scripts).toBeUndefined();
    expect(manifest.devDependencies).toBeUndefined();
  });
});
