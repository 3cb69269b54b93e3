// The `eval` subcommand: score the extractor on fixture folders and print the tables (or JSON, or the details too).
import { existsSync, statSync } from "node:fs";
import { Command } from "commander";
import { extractDefections } from "../pipeline.js";
import { bundledFixtureSets, evaluateFolders } from "./folder.js";
import { formatErrorBreakdown, formatEvaluationDetails, formatEvaluationTable, formatSetsSummary } from "./table.js";

const EXAMPLES = `
Examples:
  $ defection-extractor eval                      score every bundled set (fixtures/articles, fixtures/news) and all together
  $ defection-extractor eval my-gold/ --verbose   also list slot disagreements, missed and spurious records
  $ defection-extractor eval --json > score.json  machine-readable scores (add --verbose for per-document details)

A folder holds <id>.txt (the article), <id>.meta.json ({ "publishedAt": "yyyy-mm-dd" | null, ... }) and
<id>.gold.json (the expected ExtractionResult); articles without gold are skipped and listed. With one folder the
JSON is that folder's scores; with several it is { "sets": [...], "all": {...} }.`;

/** `defection-extractor eval [DIR...] [--json] [--verbose]`, for the CLI to register with `program.addCommand`. */
export function evalCommand(): Command {
  return new Command("eval")
    .description("score the extractor against gold fixtures: records, each slot and statistics (precision/recall/F1)")
    .argument("[dirs...]", "folders of <id>.txt / <id>.meta.json / <id>.gold.json (default: every bundled fixture set)")
    .option("--json", "print the scores as JSON instead of tables")
    .option("--verbose", "show per-document details: slot disagreements, missed and spurious records and statistics")
    .addHelpText("after", EXAMPLES)
    .action(async (dirs: string[], options: { json?: boolean; verbose?: boolean }, command: Command) => {
      const directories = dirs.length > 0 ? dirs : bundledFixtureSets();
      for (const directory of directories) {
        if (!existsSync(directory) || !statSync(directory).isDirectory()) {
          command.error(`defection-extractor eval: ${directory} is not a folder`, { exitCode: 2, code: "eval.noFolder" });
        }
      }
      // Explanations let the error breakdown name the rule behind each error.
      const evaluation = await evaluateFolders(directories, (text, settings) => extractDefections(text, { ...settings, explain: true }));
      const write = command.configureOutput().writeOut ?? ((text: string) => process.stdout.write(text));
      const withoutDetails = <T extends { details: unknown }>({ details, ...scores }: T) => (options.verbose ? { ...scores, details } : scores);
      if (options.json) {
        const json = evaluation.sets.length === 1 ? withoutDetails(evaluation.sets[0]!) : { sets: evaluation.sets.map(withoutDetails), all: withoutDetails(evaluation.all) };
        write(`${JSON.stringify(json, null, 2)}\n`);
        return;
      }
      for (const set of evaluation.sets) {
        write(formatEvaluationTable(set));
        const causes = formatErrorBreakdown(set.errors, options.verbose === true);
        if (causes) write(`\n${causes}`);
        if (options.verbose) write(`\n${formatEvaluationDetails(set)}`);
        write("\n");
      }
      if (evaluation.sets.length > 1) write(formatSetsSummary(evaluation));
    });
}
