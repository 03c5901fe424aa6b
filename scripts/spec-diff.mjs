#!/usr/bin/env node
// `pnpm spec:diff [base-ref] [--changeset]`: what an edit of spec/openapi.yaml means for the
// released packages. The logic lives in spec/src/diff, where it is unit tested.
import { main } from "../spec/src/diff/cli.mjs";

process.exitCode = main(process.argv.slice(2));
