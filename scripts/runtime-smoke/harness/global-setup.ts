import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createMockComposio } from "@composio-client/testing";
import type { TestProject } from "vitest/node";
import { buildSmoke } from "./bundle";
import { createPackedProject } from "./packed-project";

declare module "vitest" {
  export interface ProvidedContext {
    /** The project where the packed packages are installed and the smoke program is built. */
    projectDir: string;
    /** The mock of the API served over HTTP that every runtime calls. */
    mockUrl: string;
    /** A loopback URL where nothing listens. */
    refusedUrl: string;
  }
}

/**
 * Once for every runtime: pack, install and build the smoke program, and serve the mock over
 * HTTP (@composio-client/testing's mock.listen(): in this process, nothing to wait for).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), "runtime-smoke-"));
  const mock = createMockComposio();
  try {
    const projectDir = await createPackedProject(dir);
    await buildSmoke(projectDir);
    project.provide("projectDir", projectDir);
    project.provide("mockUrl", await mock.listen());
    project.provide("refusedUrl", await unusedUrl());
  } catch (error) {
    await mock.close();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return async () => {
    await mock.close();
    await rm(dir, { recursive: true, force: true });
  };
}

// A port that was free a moment ago: connecting to it is refused.
async function unusedUrl(): Promise<string> {
  const server = createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}
