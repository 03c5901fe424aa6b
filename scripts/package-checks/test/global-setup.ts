// Packs the public packages once for the whole run (vitest's globalSetup), into a temporary
// folder that is removed when the run ends: every test file reads the same tarballs.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { packPublicPackages } from "../src/packed";

declare module "vitest" {
  export interface ProvidedContext {
    /** Each public package's tarball, by folder name (`tools`, `tool-router`...). */
    tarballs: Record<string, string>;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), "composio-packs-"));
  project.provide("tarballs", await packPublicPackages(dir));
  return () => rm(dir, { recursive: true, force: true });
}
