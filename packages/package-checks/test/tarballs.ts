import { execFile } from "node:child_process";
import { promisify } from "node:util";

export const run = promisify(execFile);
export {
  PUBLIC_PACKAGES as PUBLIC,
  packagesDir,
  packPublicPackages,
  publishedFiles,
} from "@composio-client/packed";
