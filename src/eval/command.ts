// The `eval` subcommand: score the extractor on a fixture folder and print the table (or JSON, or the details too).
import { existsSync, statSync } from "node:fs";
import { Command } from "commander";
import { extractDefections } from "../pipeline.js";
import { bundledFixturesDirectory, evaluateFolder } from "./folder.js";
import { formatEvaluationDetails, formatEvaluationTable } from "./table.js";

const EXAMPLES = `
Examples:
  $ defection-extractor eval                      score the bundled fixtures/articles
  $ defection-extractor eval my-gold/ --verbose   also list slot disagreements, missed and spurious records
  $ defection-extractor eval --json > score.json  machine-readable scores (add --verbose for per-document details)

A folder holds <id>.txt (the article), <id>.meta.json ({ "publishedAt": "yyyy-mm-dd" | null, ... }) and
<id>.gold.json (the expected ExtractionResult); articles without gold are skipped and listed.`;

/** `defection-extractor eval [DIR] [--json] [--verbose]`, for the CLI to register with `program.addCommand`. */
export function evalCommand(): Command {
  return new Command("eval")
    .description("score the extractor against gold fixtures: records, each slot and statistics (precision/recall/F1)")
    .argument("[dir]", "folder of <id>.txt / <id>.meta.json / <id>.gold.json (default: the bundled fixtures/articles)")
    .option("--json", "print the scores as JSON instead of a table")
    .option("--verbose", "show per-document details: slot disagreements, missed and spurious records and statistics")
    .addHelpText("after", EXAMPLES)
    .action(async (dir: string | undefined, options: { json?: boolean; verbose?: boolean }, command: Command) => {
      const directory = dir ?? bundledFixturesDirectory();
      if (!existsSync(directory) || !statSync(directory).isDirectory()) {
        command.error(`defection-extractor eval: ${directory} is not a folder`, { exitCode: 2, code: "eval.noFolder" });
      }
      const report = await evaluateFolder(directory, extractDefections);
      const write = command.configureOutput().writeOut ?? ((text: string) => process.stdout.write(text));
      if (options.json) {
        const { details, ...scores } = report;
        write(`${JSON.stringify(options.verbose ? { ...scores, details } : scores, null, 2)}\n`);
        return;
      }
      write(formatEvaluationTable(report));
      if (options.verbose) write(`\n${formatEvaluationDetails(report)}`);
    });
}
