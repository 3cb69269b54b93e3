// Scores predicted extraction results against gold ones: records, slots and statistics, with per-document details.
import type { DefectionRecord, ExtractionResult, StatisticRecord } from "../contract.js";
import { pairRecords, pairStatistics } from "./matching.js";
import { compareSlot } from "./slots.js";
import {
  SLOT_NAMES,
  type DocumentEvaluation,
  type EvaluationScore,
  type PrecisionRecall,
  type SlotAgreement,
  type SlotName,
} from "./types.js";

interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/**
 * Scores predicted results against gold results.
 *
 * Documents pair by `documentId` when every document on both sides has a distinct one, else by position; a document
 * with no partner is scored against an empty result.
 *
 * Records pair one-to-one: a predicted record matches a gold record when their evidence spans overlap or their person
 * names agree (lower-case, hyphens, spaces, apostrophes, dots and accents ignored: "Thae Yong-ho" = "Thae Yongho").
 * Pairs with agreeing names are taken first, then by overlap size (characters), ties by position: deterministic.
 *
 * Slots of a matched pair: a slot empty in both (null, "", [] or role category "unknown") is not counted; a predicted
 * value counts toward precision and a gold value toward recall, a true positive when they agree. Unmatched gold records
 * count every filled slot as missed, unmatched predicted records every filled slot as spurious. Agreement:
 * - name: equal after the name normalisation above;
 * - roleTitle: equal as lower-case words, or one holds the other as whole words ("senior official" / "official");
 * - roleCategory, count, status: equal;
 * - organisation: canonical names equal when both have one, else names equal or one holds the other as whole words;
 * - origin, destination: same country code when both have one, else names equal ignoring a leading "the"/"a"/"an";
 * - timeframe: when gold has start and end, equal start and end; else texts equal ignoring a leading "in"/"on";
 * - companions: the same set after lower-casing and naive singularisation ("sons" = "son", "children" = "child").
 * `overallSlots` is the micro-average over all slots.
 *
 * Statistics pair one-to-one when values are equal and evidence spans overlap.
 *
 * Precision with nothing predicted, and recall with nothing to find, are 1; F1 is 0 when either is 0.
 *
 * @example
 * scoreExtraction(gold, extractDefections(text, { publishedAt: "2016-10-12" })).records
 * // { precision: 1, recall: 0.5, f1: 0.667, truePositives: 1, falsePositives: 0, falseNegatives: 1, support: 2 }
 */
export function scoreExtraction(
  gold: ExtractionResult | readonly ExtractionResult[],
  predicted: ExtractionResult | readonly ExtractionResult[],
): EvaluationScore {
  return scoreDocumentPairs(pairDocuments(asList(gold), asList(predicted)));
}

/** Scores documents already paired (gold first); a null side stands for an empty result. */
export function scoreDocumentPairs(
  pairs: readonly (readonly [ExtractionResult | null, ExtractionResult | null])[],
): EvaluationScore {
  const records = emptyTally();
  const statistics = emptyTally();
  const slots = Object.fromEntries(SLOT_NAMES.map((slot) => [slot, emptyTally()])) as Record<SlotName, Tally>;
  const details = pairs.map(([gold, predicted]) => evaluateDocument(gold, predicted));

  for (const detail of details) {
    records.truePositives += detail.matched.length;
    records.falsePositives += detail.spuriousRecords.length;
    records.falseNegatives += detail.missedRecords.length;
    statistics.truePositives += detail.matchedStatistics.length;
    statistics.falsePositives += detail.spuriousStatistics.length;
    statistics.falseNegatives += detail.missedStatistics.length;
    for (const slot of SLOT_NAMES) {
      for (const pair of detail.matched) count(slots[slot], pair.slots[slot]);
      for (const record of detail.missedRecords) count(slots[slot], compareSlot(slot, record, null));
      for (const record of detail.spuriousRecords) count(slots[slot], compareSlot(slot, null, record));
    }
  }

  const overall = emptyTally();
  for (const slot of SLOT_NAMES) {
    overall.truePositives += slots[slot].truePositives;
    overall.falsePositives += slots[slot].falsePositives;
    overall.falseNegatives += slots[slot].falseNegatives;
  }
  return {
    documents: pairs.length,
    records: precisionRecall(records),
    slots: Object.fromEntries(SLOT_NAMES.map((slot) => [slot, precisionRecall(slots[slot])])) as Record<
      SlotName,
      PrecisionRecall
    >,
    overallSlots: precisionRecall(overall),
    statistics: precisionRecall(statistics),
    details,
  };
}

function evaluateDocument(gold: ExtractionResult | null, predicted: ExtractionResult | null): DocumentEvaluation {
  const goldRecords: readonly DefectionRecord[] = gold?.records ?? [];
  const predictedRecords: readonly DefectionRecord[] = predicted?.records ?? [];
  const goldStatistics: readonly StatisticRecord[] = gold?.statistics ?? [];
  const predictedStatistics: readonly StatisticRecord[] = predicted?.statistics ?? [];
  const records = pairRecords(goldRecords, predictedRecords);
  const statistics = pairStatistics(goldStatistics, predictedStatistics);

  return {
    documentId: gold?.documentId ?? predicted?.documentId ?? null,
    matched: records.pairs.map(({ gold: g, predicted: p, overlap }) => {
      const goldRecord = goldRecords[g] as DefectionRecord;
      const predictedRecord = predictedRecords[p] as DefectionRecord;
      const slots = Object.fromEntries(
        SLOT_NAMES.map((slot) => [slot, compareSlot(slot, goldRecord, predictedRecord)]),
      ) as Record<SlotName, SlotAgreement>;
      return { gold: goldRecord, predicted: predictedRecord, overlap, slots };
    }),
    missedRecords: records.missed.map((index) => goldRecords[index] as DefectionRecord),
    spuriousRecords: records.spurious.map((index) => predictedRecords[index] as DefectionRecord),
    matchedStatistics: statistics.pairs.map(({ gold: g, predicted: p }) => ({
      gold: goldStatistics[g] as StatisticRecord,
      predicted: predictedStatistics[p] as StatisticRecord,
    })),
    missedStatistics: statistics.missed.map((index) => goldStatistics[index] as StatisticRecord),
    spuriousStatistics: statistics.spurious.map((index) => predictedStatistics[index] as StatisticRecord),
  };
}

function pairDocuments(
  gold: readonly ExtractionResult[],
  predicted: readonly ExtractionResult[],
): [ExtractionResult | null, ExtractionResult | null][] {
  if (!hasDistinctIds(gold) || !hasDistinctIds(predicted)) {
    return Array.from({ length: Math.max(gold.length, predicted.length) }, (_, index) => [
      gold[index] ?? null,
      predicted[index] ?? null,
    ]);
  }
  const predictedById = new Map(predicted.map((result) => [result.documentId, result]));
  const pairs: [ExtractionResult | null, ExtractionResult | null][] = gold.map((result) => [
    result,
    predictedById.get(result.documentId) ?? null,
  ]);
  const goldIds = new Set(gold.map((result) => result.documentId));
  for (const result of predicted) if (!goldIds.has(result.documentId)) pairs.push([null, result]);
  return pairs;
}

function hasDistinctIds(results: readonly ExtractionResult[]): boolean {
  const ids = new Set(results.map((result) => result.documentId));
  return !ids.has(null) && ids.size === results.length;
}

function asList(results: ExtractionResult | readonly ExtractionResult[]): readonly ExtractionResult[] {
  return Array.isArray(results) ? results : [results as ExtractionResult];
}

function emptyTally(): Tally {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
}

function count(tally: Tally, agreement: SlotAgreement): void {
  if (agreement === "agree") tally.truePositives += 1;
  if (agreement === "disagree" || agreement === "spurious") tally.falsePositives += 1;
  if (agreement === "disagree" || agreement === "missed") tally.falseNegatives += 1;
}

function precisionRecall({ truePositives, falsePositives, falseNegatives }: Tally): PrecisionRecall {
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives, falsePositives, falseNegatives, support: truePositives + falseNegatives };
}
