// Plain-text rendering of an evaluation: the score table, and the per-document details behind `--verbose`.
import type { DefectionRecord, StatisticRecord } from "../contract.js";
import { showSlot } from "./slots.js";
import {
  SLOT_NAMES,
  type EvaluationReport,
  type EvaluationScore,
  type MatchedRecord,
  type ErrorBreakdown,
  type PrecisionRecall,
  type SetsEvaluation,
} from "./types.js";

const COLUMNS = ["precision", "recall", "F1", "support", "TP", "FP", "FN"] as const;
const LABEL_WIDTH = 18;
const EVIDENCE_PREVIEW = 100;
const WHITESPACE_RUN = /\s+/g;

/**
 * The score as an aligned table: records, each slot, overall slots, statistics.
 *
 * @example
 * formatEvaluationTable(report)
 * // Evaluation of 5 documents in /…/fixtures/articles
 * //                    precision  recall      F1  support     TP     FP     FN
 * // records                1.000   0.875   0.933        8      7      0      1
 * // …
 */
export function formatEvaluationTable(report: EvaluationScore | EvaluationReport): string {
  const lines: string[] = [];
  const where = "directory" in report ? ` in ${report.directory}` : "";
  lines.push(`Evaluation of ${report.documents} document${report.documents === 1 ? "" : "s"}${where}`, "");
  lines.push(`${"".padEnd(LABEL_WIDTH)}${COLUMNS.map((column) => column.padStart(column === "precision" ? 9 : 8)).join("")}`);
  lines.push(row("records", report.records));
  lines.push("slots");
  for (const slot of SLOT_NAMES) lines.push(row(`  ${slot}`, report.slots[slot]));
  lines.push(row("  overall (micro)", report.overallSlots));
  lines.push(row("statistics", report.statistics));
  if ("directory" in report) {
    for (const { id, reason } of report.skipped) lines.push(`skipped ${id}: ${reason}`);
    lines.push("", `extractor time: ${report.extractMs.toFixed(0)} ms`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * One line per fixture set and one for all of them: record precision, recall and F1, slot micro-F1, statistics F1.
 *
 * @example
 * formatSetsSummary(await evaluateFolders(bundledFixtureSets(), extractDefections))
 * // set          documents  records P       R      F1  slots F1  statistics F1
 * // articles             5      1.000   1.000   1.000     0.991          1.000
 * // …
 */
export function formatSetsSummary(evaluation: SetsEvaluation): string {
  const header = `${"set".padEnd(LABEL_WIDTH)}${"documents".padStart(9)}${"records P".padStart(11)}${"R".padStart(8)}${"F1".padStart(8)}${"slots F1".padStart(10)}${"statistics F1".padStart(15)}`;
  const line = (name: string, score: EvaluationScore) =>
    `${name.padEnd(LABEL_WIDTH)}${String(score.documents).padStart(9)}${score.records.precision.toFixed(3).padStart(11)}` +
    `${score.records.recall.toFixed(3).padStart(8)}${score.records.f1.toFixed(3).padStart(8)}` +
    `${score.overallSlots.f1.toFixed(3).padStart(10)}${score.statistics.f1.toFixed(3).padStart(15)}`;
  return `${[header, ...evaluation.sets.map((set) => line(set.name, set)), line("all", evaluation.all)].join("\n")}\n`;
}

/** Causes listed per kind of error unless all are asked for. */
const TOP_CAUSES = 8;

/**
 * Missed and spurious records and wrong slots by cause, most frequent first.
 *
 * @example
 * formatErrorBreakdown(report.errors)
 * // missed records by cause
 * //      9  no trigger
 * //      3  subject too vague (subject/vague-group)
 * // …
 */
export function formatErrorBreakdown(errors: ErrorBreakdown, all = false): string {
  const sections: [string, Record<string, number>][] = [
    ["missed records by cause", errors.missedRecords],
    ["spurious records by cause", errors.spuriousRecords],
    ["wrong slots by cause", errors.wrongSlots],
  ];
  const lines: string[] = [];
  for (const [title, counts] of sections) {
    const ranked = Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
    if (ranked.length === 0) continue;
    lines.push(title);
    for (const [cause, count] of all ? ranked : ranked.slice(0, TOP_CAUSES)) lines.push(`${String(count).padStart(7)}  ${cause}`);
    if (!all && ranked.length > TOP_CAUSES) lines.push(`${"".padStart(7)}  … ${ranked.length - TOP_CAUSES} more (--verbose lists all)`);
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

/** What lies behind the numbers, document by document: slot disagreements, missed and spurious records and figures. */
export function formatEvaluationDetails(score: EvaluationScore): string {
  const lines: string[] = [];
  for (const detail of score.details) {
    lines.push(`== ${detail.documentId ?? "(no id)"} ==`);
    for (const pair of detail.matched) lines.push(...describeMatch(pair));
    for (const record of detail.missedRecords) lines.push(`  missed record: ${describeRecord(record)}`);
    for (const record of detail.spuriousRecords) lines.push(`  spurious record: ${describeRecord(record)}`);
    for (const statistic of detail.missedStatistics) lines.push(`  missed statistic: ${describeStatistic(statistic)}`);
    for (const statistic of detail.spuriousStatistics) lines.push(`  spurious statistic: ${describeStatistic(statistic)}`);
  }
  return `${lines.join("\n")}\n`;
}

function row(label: string, score: PrecisionRecall): string {
  const cells = [
    score.precision.toFixed(3).padStart(9),
    score.recall.toFixed(3).padStart(8),
    score.f1.toFixed(3).padStart(8),
    String(score.support).padStart(8),
    String(score.truePositives).padStart(8),
    String(score.falsePositives).padStart(8),
    String(score.falseNegatives).padStart(8),
  ];
  return `${label.padEnd(LABEL_WIDTH)}${cells.join("")}`;
}

function describeMatch(pair: MatchedRecord): string[] {
  const lines = [`  matched: ${who(pair.gold)} ~ ${who(pair.predicted)} (evidence overlap ${pair.overlap})`];
  for (const slot of SLOT_NAMES) {
    const agreement = pair.slots[slot];
    if (agreement === "agree" || agreement === "absent") continue;
    const gold = showSlot(slot, pair.gold);
    const predicted = showSlot(slot, pair.predicted);
    lines.push(`    ${agreement} ${slot}: gold ${quote(gold)} | predicted ${quote(predicted)}`);
  }
  return lines;
}

function describeRecord(record: DefectionRecord): string {
  return `${who(record)}; evidence ${quote(preview(record.evidence[0]?.text ?? ""))}`;
}

function describeStatistic(statistic: StatisticRecord): string {
  return `${statistic.qualifier} ${statistic.value} ${statistic.subject}; evidence ${quote(preview(statistic.evidence.text))}`;
}

function who(record: DefectionRecord): string {
  return quote(record.person.name ?? record.person.description ?? record.role?.title ?? null);
}

function quote(text: string | null): string {
  return text === null ? "-" : JSON.stringify(text);
}

function preview(text: string): string {
  const flat = text.replace(WHITESPACE_RUN, " ").trim();
  return flat.length > EVIDENCE_PREVIEW ? `${flat.slice(0, EVIDENCE_PREVIEW)}…` : flat;
}
