#!/usr/bin/env node
// Entry of the `defection-extractor` binary (built to dist/cli.js and dist/cli.cjs); exit codes in exit-codes.ts.
import { CommanderError } from "commander";
import { EXIT } from "./exit-codes.js";
import { isClosedPipe, outputChannel } from "./output.js";
import { createProgram } from "./program.js";
import { version } from "../../package.json";

// Made first, so that a reader going away or a full disk is recorded as it happens and never thrown.
const outputs = { stdout: outputChannel(process.stdout), stderr: outputChannel(process.stderr) };

async function main(): Promise<void> {
  try {
    await createProgram(version, outputs).parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    } else {
      outputs.stderr.note(`defection-extractor: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = EXIT.internal;
    }
  }
  // `extract` says how its output ended; any other command (help, eval) whose output failed ends the same way.
  // A stream reports a failed write on a later tick: wait one, so the last write's failure is seen.
  await new Promise((resolve) => setImmediate(resolve));
  const failure = outputs.stdout.failure ?? outputs.stderr.failure;
  if (failure && process.exitCode !== EXIT.internal && process.exitCode !== EXIT.outputClosed) {
    if (!isClosedPipe(failure)) outputs.stderr.note(`defection-extractor: cannot write the output: ${failure.message}\n`);
    process.exitCode = isClosedPipe(failure) ? EXIT.outputClosed : EXIT.internal;
  }
}

void main();
