import { execFile } from "node:child_process";
import { promisify } from "node:util";

export const run = promisify(execFile);
export {
  expectedTarballFiles,
  PUBLIC_PACKAGES as PUBLIC,
  packagesDir,
  packPublicPackages,
  SUBPATH_EXPORTS,
} from "@composio-client/packed";
