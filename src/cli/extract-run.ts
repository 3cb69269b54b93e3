// One run of `extract`: documents in, formatted outcomes out as they are ready, in input order. A reader that goes
// away or a write that fails stops the run cleanly; the exit code says how it ended.
import { extractItems, type DocumentOutcome, type SourceItem } from "../stream/index.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import type { OutcomeFormat } from "./formats/index.js";
import { isClosedPipe, type OutputChannel } from "./output.js";
import type { Progress } from "./progress.js";

export interface ExtractRun {
  documents: AsyncIterable<SourceItem>;
  format: OutcomeFormat;
  jobs: number;
  maxBytes: number;
  /** Ask for explanations (also when the format shows them). */
  explain: boolean;
  /** Per-document time budget; the pool's default when undefined. */
  timeoutMs: number | undefined;
  /** No per-input diagnostics on stderr. */
  quiet: boolean;
  stdout: OutputChannel;
  stderr: OutputChannel;
  progress: Progress;
}

/** Streams every document to stdout and resolves to the exit code. */
export async function runExtract(run: ExtractRun): Promise<ExitCode> {
  const { format, stdout, stderr, progress } = run;
  let bad = false;
  let written = 0;
  try {
    if (await stdout.write(format.begin())) {
      const options = { jobs: run.jobs, maxDocumentBytes: run.maxBytes, explain: run.explain || format.explains === true, ...(run.timeoutMs === undefined ? {} : { timeoutMs: run.timeoutMs }) };
      for await (const outcome of extractItems(format.read?.(run.documents) ?? run.documents, options)) {
        if ("error" in outcome) {
          bad = true;
          if (!run.quiet) progress.log(diagnostic(outcome));
        }
        // Stopping the iteration stops reading the input and shuts the workers down.
        if (!(await stdout.write(format.format(outcome, written)))) break;
        written += 1;
        progress.tick();
      }
      await stdout.write(format.end());
    }
  } finally {
    progress.stop();
  }
  return exitCode(stdout, stderr, written, bad);
}

function exitCode(stdout: OutputChannel, stderr: OutputChannel, written: number, bad: boolean): ExitCode {
  if (stdout.failure) {
    if (isClosedPipe(stdout.failure)) {
      stderr.note(`defection-extractor: output cut short: stdout was closed by its reader after ${plural(written, "outcome")}; the rest of the input was not read\n`);
      return EXIT.outputClosed;
    }
    stderr.note(`defection-extractor: cannot write the output after ${plural(written, "outcome")}: ${stdout.failure.message}\n`);
    return EXIT.internal;
  }
  if (stderr.failure) return isClosedPipe(stderr.failure) ? EXIT.outputClosed : EXIT.internal;
  return bad ? EXIT.badInput : EXIT.ok;
}

function diagnostic(outcome: DocumentOutcome & { error: { code: string; message: string } }): string {
  const where = [outcome.id === null ? null : String(outcome.id), outcome.line === undefined ? null : `line ${outcome.line}`]
    .filter((part) => part !== null)
    .join(" ");
  const message = outcome.error.message.replace(/^defection-extractor: /, "");
  return `defection-extractor: ${where || "input"}: ${outcome.error.code}: ${message}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
