// Public API of defection-extractor: the extractor, batch and stream helpers, scoring, errors and contract types.
export type {
  DefectionRecord,
  ExplainedField,
  ExplainedRecord,
  ExplainedResult,
  ExtractionResult,
  FieldSource,
  MentionKind,
  MentionMark,
  Place,
  RecordExplanation,
  RejectedTrigger,
  RejectionReason,
  RecordStatus,
  RoleCategory,
  Span,
  StatisticQualifier,
  StatisticRecord,
  Timeframe,
} from "./contract.js";
export type {
  Knowledge,
  KnowledgeExtension,
  LookalikeEntry,
  OrganisationEntry,
  PlaceEntry,
  RoleEntry,
  TriggerEntry,
} from "./data/index.js";
export { builtInKnowledge } from "./data/index.js";
export { InvalidInputError } from "./errors.js";
export { extractDefections, type ExtractOptions } from "./pipeline.js";
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
