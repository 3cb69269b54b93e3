// Public API that runs anywhere, browsers included: the extractor, the HTML view, errors and contract types.
// The Node entry (index.ts) adds what needs Node: worker-thread batches and streams, and scoring gold folders.
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
  RecordStatus,
  RejectedTrigger,
  RejectionReason,
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
export { renderHtml, renderHtmlReport, type HtmlDocument, type HtmlFailedDocument, type HtmlOptions } from "./render/index.js";
