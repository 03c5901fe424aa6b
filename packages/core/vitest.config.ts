import { defineConfig } from "vitest/config";
import { typeScriptProjects } from "../../scripts/vitest-projects.mjs";

export default defineConfig({ test: { projects: typeScriptProjects(import.meta.dirname) } });
