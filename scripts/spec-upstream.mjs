#!/usr/bin/env node
// `pnpm spec:upstream [file-or-url] [--json]`: where spec/openapi.yaml differs from Composio's
// published document. The logic lives in spec/src/upstream, where it is unit tested.
import { main } from "../spec/src/upstream/cli.mjs";

process.exitCode = await main(process.argv.slice(2));
