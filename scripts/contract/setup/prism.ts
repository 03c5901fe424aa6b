import { startPrismMock } from "@composio-client/mock-servers";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** The base URL of the one Prism mock of the spec that every contract test calls. */
    prismUrl: string;
  }
}

// Prism is ready when it prints that it listens; on a loaded 2-core machine that can take long,
// so the limit only catches a Prism that will never start.
const START_LIMIT_MS = 180_000;

/** Starts Prism once for the whole suite and stops it after the last file. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const prism = await startPrismMock({ startTimeoutMs: START_LIMIT_MS });
  project.provide("prismUrl", prism.url);
  return () => prism.close();
}
