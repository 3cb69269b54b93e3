// Small gold and predicted results for scorer tests: a record or a figure quoting a sentence of a made-up article.
import type { DefectionRecord, ExtractionResult, StatisticRecord } from "../../src/contract.js";

/** An article whose sentences the records below quote; offsets are computed from it. */
export const ARTICLE = [
  "Thae Yong-ho, a minister at North Korea's embassy in London, defected to Seoul with his family in late July.",
  "Another diplomat, Kim Chol-song, fled from his post in Vladivostok in April.",
  "A group of 17 North Koreans working at a restaurant in China made a rare group defection to the South.",
  "As of end-September, the number of North Korean defectors reached about 29,830 in total.",
  "The NIS says defections of senior officials rose from eight in 2013 to 18 in 2014.",
].join(" ");

/** The span of `quote` (its first occurrence) in the article. */
export function spanOf(quote: string): { text: string; start: number; end: number } {
  const start = ARTICLE.indexOf(quote);
  if (start < 0) throw new Error(`not in the test article: ${quote}`);
  return { text: quote, start, end: start + quote.length };
}

export function defection(evidence: string | string[], fields: Partial<DefectionRecord> = {}): DefectionRecord {
  return {
    id: "r",
    person: { name: null, description: null },
    role: null,
    organisation: null,
    origin: null,
    destination: null,
    timeframe: null,
    count: 1,
    companions: [],
    status: "defected",
    evidence: (Array.isArray(evidence) ? evidence : [evidence]).map(spanOf),
    confidence: 0.9,
    ...fields,
  };
}

export function figure(value: number, evidence: string): StatisticRecord {
  return { value, qualifier: "exact", subject: "North Korean defectors", timeframe: null, evidence: spanOf(evidence) };
}

export function result(
  records: DefectionRecord[],
  statistics: StatisticRecord[] = [],
  documentId: string | null = null,
): ExtractionResult {
  return { documentId, publishedAt: "2016-10-12", records, statistics, warnings: [] };
}

export const named = (name: string, evidence: string | string[], fields: Partial<DefectionRecord> = {}) =>
  defection(evidence, { person: { name, description: null }, ...fields });
