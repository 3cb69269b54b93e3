// Result shapes of the scorer: precision/recall/F1 counts, per-slot agreement and per-document details.
import type { DefectionRecord, ExtractionResult, StatisticRecord } from "../contract.js";

/** The record fields scored one by one. */
export const SLOT_NAMES = [
  "name",
  "roleCategory",
  "roleTitle",
  "organisation",
  "origin",
  "destination",
  "timeframe",
  "count",
  "status",
  "companions",
] as const;

export type SlotName = (typeof SLOT_NAMES)[number];

/**
 * How one slot of a matched pair compares: both filled and equal under the slot's rule ("agree"), both filled and
 * different ("disagree", a false positive and a false negative), only gold filled ("missed"), only the prediction
 * filled ("spurious"), neither filled ("absent", not counted).
 */
export type SlotAgreement = "agree" | "disagree" | "missed" | "spurious" | "absent";

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Gold items: truePositives + falseNegatives. */
  support: number;
}

export interface MatchedRecord {
  gold: DefectionRecord;
  predicted: DefectionRecord;
  /** Characters shared by the gold and the predicted evidence spans (0 when matched by name alone). */
  overlap: number;
  slots: Record<SlotName, SlotAgreement>;
}

export interface DocumentEvaluation {
  documentId: string | null;
  matched: MatchedRecord[];
  missedRecords: DefectionRecord[];
  spuriousRecords: DefectionRecord[];
  matchedStatistics: { gold: StatisticRecord; predicted: StatisticRecord }[];
  missedStatistics: StatisticRecord[];
  spuriousStatistics: StatisticRecord[];
}

export interface EvaluationScore {
  documents: number;
  records: PrecisionRecall;
  slots: Record<SlotName, PrecisionRecall>;
  /** Micro-average over every slot of every record. */
  overallSlots: PrecisionRecall;
  statistics: PrecisionRecall;
  details: DocumentEvaluation[];
}

/** A fixture document as read from `<id>.meta.json`. */
export interface FixtureDocument {
  id: string;
  outlet: string | null;
  title: string | null;
  publishedAt: string | null;
}

/** Errors counted by cause: "no trigger", "subject too vague (subject/vague-group)", "origin: disagree (origin/from)". */
export interface ErrorBreakdown {
  missedRecords: Record<string, number>;
  spuriousRecords: Record<string, number>;
  wrongSlots: Record<string, number>;
}

export interface EvaluationReport extends EvaluationScore {
  /** The fixture folder that was read. */
  directory: string;
  fixtures: FixtureDocument[];
  /** Articles left out, with why (e.g. no `<id>.gold.json`). */
  skipped: { id: string; reason: string }[];
  /** Wall time spent in the extractor, milliseconds. */
  extractMs: number;
  /** Missed and spurious records and wrong slots by cause. */
  errors: ErrorBreakdown;
}

/** The extractor under evaluation: `extractDefections` or anything with its shape. */
export type ExtractFunction = (
  text: string,
  options: { publishedAt?: string; documentId?: string },
) => ExtractionResult;

/** One fixture set scored on its own; `name` is its folder's name ("articles", "news"). */
export interface SetEvaluation extends EvaluationReport {
  name: string;
}

/** Several fixture sets, each scored on its own, and every document of all of them scored together. */
export interface SetsEvaluation {
  sets: SetEvaluation[];
  all: EvaluationScore & { errors: ErrorBreakdown };
}
