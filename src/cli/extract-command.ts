// `defection-extractor extract`: articles, directories, NDJSON files or stdin in; one outcome per document out,
// in input order, as it goes. The exit codes are in exit-codes.ts.
import { availableParallelism } from "node:os";
import { Command, InvalidArgumentError, Option } from "commander";
import { InvalidInputError } from "../errors.js";
import { parsePublishedAt } from "../options.js";
import { DEFAULT_MAX_DOCUMENT_BYTES } from "../stream/index.js";
import type { ExitCode } from "./exit-codes.js";
import { runExtract } from "./extract-run.js";
import { FORMAT_NAMES, formatFor, type FormatName } from "./formats/index.js";
import { planInputs, readInputs, type InputSource } from "./inputs.js";
import type { OutputChannel } from "./output.js";
import { startProgress } from "./progress.js";

interface ExtractFlags {
  format?: FormatName;
  publishedAt?: string;
  jobs?: number;
  maxBytes: number;
  firstLine: number;
  explain?: boolean;
  timeout?: number;
  quiet?: boolean;
}

/** stdout and stderr, each behind a channel that records its failure. */
export interface StandardOutputs {
  stdout: OutputChannel;
  stderr: OutputChannel;
}

const EXAMPLES = `
Inputs:
  FILE.txt            one article; FILE.meta.json next to it may give {"publishedAt": "2016-10-12"}
  DIR                 every .txt file in DIR, sorted by name
  FILE.ndjson|.jsonl  one JSON object per line: {"id": "...", "text": "...", "publishedAt": "yyyy-mm-dd"}
  -                   NDJSON on stdin (also the default when no inputs are given and stdin is not a terminal)

Output: one outcome per document, in input order: {"id", "line"?, "result"} or {"id", "line"?, "error": {"code", "message"}}.
The default format is "table" when stdout is a terminal and "ndjson" otherwise. With ndjson on stdin the command is a
line filter: exactly one output line per input line, written as soon as it is ready, and nothing else on stdout.
CSV fields that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) get a ' first.

Exit codes:
  0  every input processed and written
  1  some inputs were bad (each reported in its place, and on stderr unless --quiet)
  2  usage error
  3  internal failure, or the output could not be written (full disk, I/O error): one line on stderr
  4  a reader went away: stdout closed early (the run stops; stderr says after how many outcomes),
     or stderr closed early (diagnostics stop; the run goes on and stdout has every outcome)

Examples:
  $ defection-extractor extract fixtures/articles --format table
  $ defection-extractor extract fixtures/articles --format json --explain
  $ defection-extractor extract fixtures/articles --format html > report.html
  $ defection-extractor extract article.txt --published-at 2016-10-12 --format json
  $ cat articles.ndjson | defection-extractor extract --format ndjson --jobs 4 > outcomes.ndjson
  $ defection-extractor extract part-1.jsonl part-2.jsonl --format csv --quiet > records.csv
`;

export function extractCommand(outputs: StandardOutputs): Command {
  return new Command("extract")
    .description("extract defection records from articles (.txt), directories of articles, or NDJSON")
    .argument("[inputs...]", "files, directories, or - for NDJSON on stdin")
    .addOption(new Option("-f, --format <format>", "output format").choices(FORMAT_NAMES))
    .option("--published-at <date>", "reference date (yyyy-mm-dd) for articles without a .meta.json", parseDate)
    .option("-j, --jobs <n>", "worker threads (default: all cores; 1 runs without workers)", parsePositiveInteger)
    .option("--max-bytes <n>", "documents larger than this many bytes are reported as too_large", parsePositiveInteger, DEFAULT_MAX_DOCUMENT_BYTES)
    .option("--first-line <n>", "the line number of stdin's first line, for a block cut from a longer file", parsePositiveInteger, 1)
    .option("--explain", "json, ndjson: each record says which rule chose each field and the words it read; rejected triggers too")
    .option("--timeout <ms>", "time budget per document; past it the document is reported as timeout and the run goes on (default 60000)", parsePositiveInteger)
    .option("-q, --quiet", "no progress bar and no per-input diagnostics on stderr")
    .addHelpText("after", EXAMPLES)
    .action(async (inputs: string[], flags: ExtractFlags, command: Command) => {
      const sources = await sourcesFor(inputs, command);
      process.exitCode = await extractTo(sources, flags, outputs);
    });
}

async function sourcesFor(inputs: string[], command: Command): Promise<InputSource[]> {
  if (inputs.length > 0) return planInputs(inputs);
  if (process.stdin.isTTY) command.error("error: no inputs: give files or directories, or pipe NDJSON into stdin", { exitCode: 2 });
  return [{ kind: "stdin" }];
}

function extractTo(sources: InputSource[], flags: ExtractFlags, outputs: StandardOutputs): Promise<ExitCode> {
  const total = sources.every((source) => source.kind === "article" || source.kind === "unreadable") ? sources.length : null;
  return runExtract({
    documents: readInputs(sources, { publishedAt: flags.publishedAt, maxBytes: flags.maxBytes, stdin: process.stdin, firstLine: flags.firstLine }),
    format: formatFor(flags.format ?? (process.stdout.isTTY ? "table" : "ndjson")),
    jobs: Math.max(1, Math.min(flags.jobs ?? availableParallelism(), total ?? Number.POSITIVE_INFINITY)),
    maxBytes: flags.maxBytes,
    explain: flags.explain === true,
    timeoutMs: flags.timeout,
    quiet: flags.quiet === true,
    ...outputs,
    progress: startProgress(total, process.stderr, outputs.stderr, !flags.quiet && process.stderr.isTTY === true),
  });
}

function parsePositiveInteger(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < 1) throw new InvalidArgumentError("expected a positive integer");
  return number;
}

/** Read by the library's own parser so the command and the library agree on what a date is. */
function parseDate(value: string): string {
  try {
    parsePublishedAt(value);
  } catch (error) {
    if (error instanceof InvalidInputError) throw new InvalidArgumentError("expected an ISO date (yyyy-mm-dd) from 0001-01-01 to 9999-12-31");
    throw error;
  }
  return value;
}
