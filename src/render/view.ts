// A result read for display: every span checked against the text (a caller may pass any result, parsed JSON
// included), and every shown thing given the key that links a card's field to the words it came from.
import type {
  DefectionRecord,
  ExplainedField,
  ExplainedResult,
  ExtractionResult,
  FieldSource,
  MentionMark,
  RejectedTrigger,
  Span,
  StatisticRecord,
} from "../contract.js";

export const EXPLAINED_FIELDS: readonly ExplainedField[] = [
  "person",
  "role",
  "organisation",
  "origin",
  "destination",
  "timeframe",
  "count",
  "companions",
  "status",
];

/** Where a value came from, with a key unique in the page. */
export interface SourceView {
  key: string;
  rule: string;
  mention: string | null;
  span: Span;
}

export interface RecordView {
  key: string;
  number: number;
  record: DefectionRecord;
  evidence: Span[];
  /** Null for a record without an explanation. */
  trigger: SourceView | null;
  fields: Partial<Record<ExplainedField, SourceView>>;
}

export interface StatisticView {
  key: string;
  statistic: StatisticRecord;
  evidence: Span | null;
}

export interface RejectedView {
  key: string;
  rejected: RejectedTrigger;
  span: Span;
  sentence: Span | null;
}

export interface DocumentView {
  key: string;
  text: string;
  result: ExtractionResult;
  /** The result came from `explain: true`: mentions are marked and fields name their sources. */
  explained: boolean;
  records: RecordView[];
  statistics: StatisticView[];
  rejected: RejectedView[];
  mentions: MentionMark[];
  /** Spans that do not fit this text (a result for another text, or edited by hand); they are not drawn. */
  misplacedSpans: number;
}

type MaybeExplained = ExtractionResult & Partial<Pick<ExplainedResult, "rejected" | "mentions">>;
type MaybeExplainedRecord = DefectionRecord & { explanation?: ExplainedResult["records"][number]["explanation"] };

export function viewDocument(key: string, text: string, result: ExtractionResult | ExplainedResult): DocumentView {
  const maybe = result as MaybeExplained;
  let misplacedSpans = 0;
  const fit = (span: Span | null | undefined): Span | null => {
    if (span === null || span === undefined) return null;
    if (fitsText(text, span)) return span;
    misplacedSpans += 1;
    return null;
  };
  const source = (sourceKey: string, found: FieldSource | undefined): SourceView | null => {
    const span = fit(found?.span);
    return found && span ? { key: sourceKey, rule: String(found.rule), mention: found.mention ?? null, span } : null;
  };

  const records = listOf(result.records).map((record: MaybeExplainedRecord, index): RecordView => {
    const recordKey = `${key}-r${index + 1}`;
    const explanation = record.explanation;
    const fields: Partial<Record<ExplainedField, SourceView>> = {};
    for (const field of EXPLAINED_FIELDS) {
      const found = source(`${recordKey}-${field}`, explanation?.fields?.[field]);
      if (found) fields[field] = found;
    }
    return {
      key: recordKey,
      number: index + 1,
      record,
      evidence: listOf(record.evidence).flatMap((span) => fit(span) ?? []),
      trigger: source(`${recordKey}-trigger`, explanation?.trigger),
      fields,
    };
  });
  const statistics = listOf(result.statistics).map((statistic, index) => ({
    key: `${key}-s${index + 1}`,
    statistic,
    evidence: fit(statistic.evidence),
  }));
  const rejected = listOf(maybe.rejected).flatMap((turnedDown, index): RejectedView[] => {
    const span = fit(turnedDown.span);
    return span ? [{ key: `${key}-x${index + 1}`, rejected: turnedDown, span, sentence: fit(turnedDown.sentence) }] : [];
  });
  const mentions = listOf(maybe.mentions).filter((mention) => fit(mention.span) !== null);
  const explained = Array.isArray(maybe.mentions) || listOf(result.records).some((record: MaybeExplainedRecord) => record.explanation !== undefined);
  return { key, text, result, explained, records, statistics, rejected, mentions, misplacedSpans };
}

function listOf<T>(value: readonly T[] | undefined | null): T[] {
  return Array.isArray(value) ? [...value] : [];
}

/** An empty span fits (a rule may point between words); it is listed but has nothing to draw. */
function fitsText(text: string, span: Span): boolean {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) return false;
  return typeof span.text !== "string" || text.slice(start, end) === span.text;
}
