#!/usr/bin/env node
// Entry of the `defection-extractor` binary (built to dist/cli.js and dist/cli.cjs).
// Exit codes: 0 all inputs processed, 1 some inputs bad, 2 usage error, 3 internal failure.
import { CommanderError } from "commander";
import { createProgram } from "./program.js";
import { version } from "../../package.json";

const USAGE_ERROR = 2;
const INTERNAL_FAILURE = 3;

// A reader that goes away (`| head`) is not a failure of ours.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

async function main(): Promise<void> {
  try {
    await createProgram(version).parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : USAGE_ERROR;
    } else {
      process.stderr.write(`defection-extractor: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = INTERNAL_FAILURE;
    }
  }
}

void main();
