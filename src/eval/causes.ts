// Why the extractor erred, where it can tell: missed and spurious records and wrong slots grouped by cause, read
// from the explanations of an `explain: true` run (plain results still get the causes that need no explanation).
import type { DefectionRecord, ExplainedField, ExtractionResult, RecordExplanation, RejectedTrigger, Span } from "../contract.js";
import { evidenceOverlap } from "./matching.js";
import { SLOT_NAMES, type DocumentEvaluation, type ErrorBreakdown, type SlotName } from "./types.js";

/** The explained field a scored slot is read from. */
const FIELD_OF_SLOT: Record<SlotName, ExplainedField> = {
  name: "person",
  roleCategory: "role",
  roleTitle: "role",
  organisation: "organisation",
  origin: "origin",
  destination: "destination",
  timeframe: "timeframe",
  count: "count",
  status: "status",
  companions: "companions",
};

const REASON_LABELS: Record<RejectedTrigger["reason"], string> = {
  lookalike: "trigger rejected as a look-alike",
  hedge: "trigger rejected as hedged or hypothetical",
  negation: "trigger rejected as negated",
  "vague-plural": "subject too vague",
  "no-subject": "subject not found",
};

/**
 * Counts of errors by cause over documents already scored; `predicted[i]` is the result scored in `details[i]`.
 *
 * @example
 * breakdownErrors(report.details, predictedResults).missedRecords
 * // { "no trigger": 9, "subject too vague (subject/vague-group)": 3, "merged into another record": 2, ... }
 */
export function breakdownErrors(details: readonly DocumentEvaluation[], predicted: readonly (ExtractionResult | null)[]): ErrorBreakdown {
  const breakdown: ErrorBreakdown = { missedRecords: {}, spuriousRecords: {}, wrongSlots: {} };
  const add = (table: Record<string, number>, cause: string) => (table[cause] = (table[cause] ?? 0) + 1);
  details.forEach((detail, index) => {
    const result = predicted[index] ?? null;
    const rejected = result && "rejected" in result ? (result.rejected as RejectedTrigger[]) : [];
    const matchedPredicted = detail.matched.map((pair) => pair.predicted);
    const matchedGold = detail.matched.map((pair) => pair.gold);
    for (const gold of detail.missedRecords) add(breakdown.missedRecords, missedCause(gold, rejected, matchedPredicted));
    for (const record of detail.spuriousRecords) add(breakdown.spuriousRecords, spuriousCause(record, matchedGold));
    for (const pair of detail.matched) {
      for (const slot of SLOT_NAMES) {
        const agreement = pair.slots[slot];
        if (agreement === "missed") add(breakdown.wrongSlots, `${slot}: not found`);
        if (agreement === "disagree" || agreement === "spurious") add(breakdown.wrongSlots, wrongSlotCause(slot, agreement, pair.gold, pair.predicted));
      }
    }
  });
  return breakdown;
}

function missedCause(gold: DefectionRecord, rejected: readonly RejectedTrigger[], matched: readonly DefectionRecord[]): string {
  const turnedDown = rejected.find((trigger) => within(trigger.span, gold.evidence));
  if (turnedDown) return `${REASON_LABELS[turnedDown.reason]} (${turnedDown.rule})`;
  if (matched.some((record) => evidenceOverlap(gold.evidence, record.evidence) > 0)) return "merged into another record";
  return "no trigger";
}

function spuriousCause(record: DefectionRecord, matchedGold: readonly DefectionRecord[]): string {
  const how = explanationOf(record);
  const rules = how ? ` (${how.trigger.rule}, ${how.fields.person?.rule ?? "no subject rule"})` : "";
  const duplicate = matchedGold.some((gold) => evidenceOverlap(gold.evidence, record.evidence) > 0);
  return `${duplicate ? "split from a found record" : "no such defection in the gold"}${rules}`;
}

function wrongSlotCause(slot: SlotName, agreement: "disagree" | "spurious", gold: DefectionRecord, predicted: DefectionRecord): string {
  const source = explanationOf(predicted)?.fields[FIELD_OF_SLOT[slot]];
  if (!source) return `${slot}: ${agreement}`;
  const where = within(source.span, gold.evidence) ? "" : ", read outside the gold evidence";
  return `${slot}: ${agreement} (${source.rule}${where})`;
}

function explanationOf(record: DefectionRecord): RecordExplanation | null {
  return "explanation" in record ? (record.explanation as RecordExplanation) : null;
}

function within(span: Span, evidence: readonly Span[]): boolean {
  return evidence.some((sentence) => span.start >= sentence.start && span.end <= sentence.end);
}
