// `defection-extractor extract`: articles, directories, NDJSON files or stdin in; one outcome per document out,
// in input order, as it goes. Exit 0 when every input was processed, 1 when some were bad.
import { availableParallelism } from "node:os";
import { Command, InvalidArgumentError, Option } from "commander";
import { InvalidInputError } from "../errors.js";
import { extractDefections } from "../pipeline.js";
import { DEFAULT_MAX_DOCUMENT_BYTES, extractItems, type DocumentOutcome } from "../stream/index.js";
import { FORMAT_NAMES, formatFor, type FormatName } from "./formats/index.js";
import { planInputs, readInputs, type InputSource } from "./inputs.js";
import { writeOut } from "./output.js";
import { startProgress } from "./progress.js";

interface ExtractFlags {
  format?: FormatName;
  publishedAt?: string;
  jobs?: number;
  maxBytes: number;
  quiet?: boolean;
}

const EXAMPLES = `
Inputs:
  FILE.txt            one article; FILE.meta.json next to it may give {"publishedAt": "2016-10-12"}
  DIR                 every .txt file in DIR, sorted by name
  FILE.ndjson|.jsonl  one JSON object per line: {"id": "...", "text": "...", "publishedAt": "yyyy-mm-dd"}
  -                   NDJSON on stdin (also the default when no inputs are given and stdin is not a terminal)

Output: one outcome per document, in input order: {"id", "line"?, "result"} or {"id", "line"?, "error": {"code", "message"}}.
The default format is "table" when stdout is a terminal and "ndjson" otherwise. With ndjson on stdin the command is a
line filter: exactly one output line per input line, written as soon as it is ready.

Exit codes: 0 all inputs processed, 1 some inputs were bad (each reported on stderr and in its place), 2 usage error.

Examples:
  $ defection-extractor extract fixtures/articles --format table
  $ defection-extractor extract article.txt --published-at 2016-10-12 --format json
  $ cat articles.ndjson | defection-extractor extract --format ndjson --jobs 4 > outcomes.ndjson
  $ defection-extractor extract part-1.jsonl part-2.jsonl --format csv --quiet > records.csv
`;

export function extractCommand(): Command {
  return new Command("extract")
    .description("extract defection records from articles (.txt), directories of articles, or NDJSON")
    .argument("[inputs...]", "files, directories, or - for NDJSON on stdin")
    .addOption(new Option("-f, --format <format>", "output format").choices(FORMAT_NAMES))
    .option("--published-at <date>", "reference date (yyyy-mm-dd) for articles without a .meta.json", parseDate)
    .option("-j, --jobs <n>", "worker threads (default: all cores; 1 runs without workers)", parsePositiveInteger)
    .option("--max-bytes <n>", "documents larger than this many bytes are reported as too_large", parsePositiveInteger, DEFAULT_MAX_DOCUMENT_BYTES)
    .option("-q, --quiet", "no progress bar and no per-input diagnostics on stderr")
    .addHelpText("after", EXAMPLES)
    .action(async (inputs: string[], flags: ExtractFlags, command: Command) => {
      const sources = await sourcesFor(inputs, command);
      process.exitCode = (await runExtract(sources, flags)) ? 0 : 1;
    });
}

async function sourcesFor(inputs: string[], command: Command): Promise<InputSource[]> {
  if (inputs.length > 0) return planInputs(inputs);
  if (process.stdin.isTTY) command.error("error: no inputs: give files or directories, or pipe NDJSON into stdin", { exitCode: 2 });
  return [{ kind: "stdin" }];
}

/** Streams every source through the extractor to stdout; resolves true when no input was bad. */
async function runExtract(sources: InputSource[], flags: ExtractFlags): Promise<boolean> {
  const format = formatFor(flags.format ?? (process.stdout.isTTY ? "table" : "ndjson"));
  const total = sources.every((source) => source.kind === "article" || source.kind === "unreadable") ? sources.length : null;
  const jobs = Math.max(1, Math.min(flags.jobs ?? availableParallelism(), total ?? Number.POSITIVE_INFINITY));
  const progress = startProgress(total, process.stderr, !flags.quiet && process.stderr.isTTY === true);
  const documents = readInputs(sources, { publishedAt: flags.publishedAt, maxBytes: flags.maxBytes, stdin: process.stdin });
  let clean = true;
  let index = 0;
  try {
    await writeOut(process.stdout, format.begin());
    for await (const outcome of extractItems(format.read?.(documents) ?? documents, { jobs, maxDocumentBytes: flags.maxBytes })) {
      if ("error" in outcome) {
        clean = false;
        if (!flags.quiet) progress.log(diagnostic(outcome));
      }
      await writeOut(process.stdout, format.format(outcome, index));
      index += 1;
      progress.tick();
    }
    await writeOut(process.stdout, format.end());
  } finally {
    progress.stop();
  }
  return clean;
}

function diagnostic(outcome: DocumentOutcome & { error: { code: string; message: string } }): string {
  const where = [outcome.id === null ? null : String(outcome.id), outcome.line === undefined ? null : `line ${outcome.line}`]
    .filter((part) => part !== null)
    .join(" ");
  const message = outcome.error.message.replace(/^defection-extractor: /, "");
  return `defection-extractor: ${where || "input"}: ${outcome.error.code}: ${message}`;
}

function parsePositiveInteger(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < 1) throw new InvalidArgumentError("expected a positive integer");
  return number;
}

/** Validated by the extractor itself so the command and the library agree on what a date is. */
function parseDate(value: string): string {
  try {
    extractDefections("", { publishedAt: value });
  } catch (error) {
    if (error instanceof InvalidInputError) throw new InvalidArgumentError("expected an ISO date (yyyy-mm-dd)");
    throw error;
  }
  return value;
}
