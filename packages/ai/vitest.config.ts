import { defineConfig } from "vitest/config";
import { typeScriptProjects } from "../../scripts/typescript-versions";

export default defineConfig({ test: { projects: typeScriptProjects(import.meta.dirname) } });
