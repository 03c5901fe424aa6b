#!/usr/bin/env node
// The `composio-typegen` command. Committed, not built, so that the bin exists before the first
// build: pnpm links workspace bins at install time, and warns about a missing `dist/` file.
import { main } from "../dist/index.mjs";

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
