// Evaluation: score extraction results against gold, run an extractor over a fixture folder, print the scores.
// The `eval` subcommand lives in command.ts, imported by the CLI only, so the library never loads commander.
export { bundledFixtureSets, bundledFixturesDirectory, evaluateFolder, evaluateFolders } from "./folder.js";
export { scoreExtraction } from "./score.js";
export { breakdownErrors } from "./causes.js";
export { formatErrorBreakdown, formatEvaluationDetails, formatEvaluationTable, formatSetsSummary } from "./table.js";
export {
  SLOT_NAMES,
  type DocumentEvaluation,
  type ErrorBreakdown,
  type EvaluationReport,
  type EvaluationScore,
  type ExtractFunction,
  type FixtureDocument,
  type MatchedRecord,
  type PrecisionRecall,
  type SetEvaluation,
  type SetsEvaluation,
  type SlotAgreement,
  type SlotName,
} from "./types.js";
