// Public API for Node: everything that runs anywhere (browser.ts), plus batch and stream helpers on worker
// threads and scoring against folders of gold files.
export * from "./browser.js";
export {
  bundledFixturesDirectory,
  evaluateFolder,
  formatEvaluationDetails,
  formatEvaluationTable,
  scoreExtraction,
  SLOT_NAMES,
} from "./eval/index.js";
export type {
  DocumentEvaluation,
  EvaluationReport,
  EvaluationScore,
  ExtractFunction,
  MatchedRecord,
  PrecisionRecall,
  SlotAgreement,
  SlotName,
} from "./eval/index.js";
export { extractMany, extractStream, type PoolOptions } from "./stream/index.js";
export type { DocumentError, DocumentErrorCode, DocumentInput, DocumentOutcome } from "./stream/index.js";
