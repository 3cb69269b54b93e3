// The one place that lists the stages in order: text -> sentences -> (cheap cue gate) -> tagging -> mentions
// -> triggers -> records -> result. Each stage is a folder with one door.
import { analyseSentences } from "./analysis/index.js";
import type { ExplainedResult, ExtractionResult, MentionMark } from "./contract.js";
import { resolveKnowledge, type KnowledgeExtension } from "./data/index.js";
import { InvalidInputError } from "./errors.js";
import { canHoldDefection, defectionContext, findTriggers, hasDefectionCue, havenOf, mayHoldDefection, selectRelevantSentences, startDocument } from "./events/index.js";
import { anchorCountedDays, findMentions, linkPeople, placeContextFor, findReferenceDate, settleSharedNames } from "./mentions/index.js";
import { parseDocumentId, parsePublishedAt } from "./options.js";
import { assembleRecords, sentenceView, type SentenceView } from "./records/index.js";
import { prepareText } from "./text/index.js";
import type { DocumentContext, Mention } from "./types.js";

export interface ExtractOptions {
  /** Reference date for "last year", "in April", "Thursday": ISO date string or Date. */
  publishedAt?: string | Date;
  /** Echoed in the result. */
  documentId?: string;
  /** Organisations, places, roles, triggers, look-alikes and surnames to add to (or replace in) the built-in data. */
  gazetteer?: KnowledgeExtension;
  /**
   * Also say why: each record gets an `explanation` (the rule and the words behind every filled field), and the
   * result lists the `rejected` triggers with the rule that turned each down, and the `mentions` read.
   */
  explain?: boolean;
}

const NO_REFERENCE_WARNING = "no reference date: relative timeframes unresolved";

/**
 * Extracts defection records and aggregate figures from one article.
 *
 * @example
 * extractDefections("Thae Yong-ho, a minister at North Korea's embassy in London, defected to Seoul with his family in late July.",
 *   { publishedAt: "2016-10-12" }).records[0]
 * // { person: { name: "Thae Yong-ho", description: null }, role: { title: "minister", category: "diplomat" },
 * //   organisation: { name: "embassy in London", canonical: null }, origin: { name: "London", country: "GB", kind: "city" },
 * //   destination: { name: "Seoul", country: "KR", kind: "city" },
 * //   timeframe: { text: "late July", start: "2016-07-21", end: "2016-07-31", precision: "month" },
 * //   count: 1, companions: ["family"], status: "defected", ... }
 *
 * @example
 * extractDefections(text, { publishedAt: "2016-10-12", explain: true }).records[0].explanation.fields.destination
 * // { rule: "destination/toward", span: { text: "Seoul", start: 91, end: 96 }, mention: "place/gazetteer" }
 */
export function extractDefections(text: string, options: ExtractOptions & { explain: true }): ExplainedResult;
export function extractDefections(text: string, options?: ExtractOptions): ExtractionResult;
export function extractDefections(text: string, options: ExtractOptions = {}): ExtractionResult | ExplainedResult {
  if (typeof text !== "string") throw new InvalidInputError("text", "a string", text);
  const stated = parsePublishedAt(options.publishedAt);
  const documentId = parseDocumentId(options.documentId);
  const knowledge = resolveKnowledge(options.gazetteer);
  const explain = options.explain === true;

  if (!mayHoldDefection(text, knowledge) || !hasDefectionCue(text, knowledge)) {
    const empty = emptyResult(documentId, stated, text.trim() === "" ? ["empty text: nothing to extract"] : []);
    return explain ? { ...empty, records: [], rejected: [], mentions: [] } : empty;
  }

  startDocument(knowledge);
  const prepared = prepareText(text);
  // A dateline filed before publication is what the copy's "on Saturday" counts from.
  const dateline = findReferenceDate(prepared, stated);
  const context: DocumentContext = {
    reference: dateline ?? stated,
    referenceSource: dateline && dateline.getTime() !== stated?.getTime() ? "dateline" : stated ? "option" : null,
  };
  // Look-alike sentences are skipped unread, except when the caller asks why they became no record.
  const relevant = selectRelevantSentences(prepared.sentences, text, knowledge, explain ? undefined : canHoldDefection);
  const analysed = analyseSentences(relevant);
  // Countries named in the sentences read decide namesake cities and whether "the South" is Korea's.
  const places = placeContextFor(relevant.map((sentence) => sentence.text).join("\n"), knowledge);
  const mentions = analysed.map((sentence) => findMentions(sentence, knowledge, context, places));
  linkPeople(mentions);
  settleSharedNames(analysed, mentions, knowledge);
  // "the night before" is counted from the day told before it, which may stand in a sentence not read.
  anchorCountedDays(mentions, prepared.sentences, context);
  const triggers = analysed.map((sentence) => findTriggers(sentence, knowledge));
  const views: SentenceView[] = analysed.map((sentence, index) => sentenceView(sentence, mentions[index] ?? [], triggers[index] ?? []));
  const story = defectionContext(triggers.flat(), mentions.flat(), text, knowledge);
  const { records, statistics, rejected } = assembleRecords(views, prepared.sentences, text, { explain, defectionContext: story, haven: havenOf(text, knowledge) });

  const result: ExtractionResult = {
    documentId,
    publishedAt: context.reference ? isoDate(context.reference) : null,
    records,
    statistics,
    warnings: context.reference ? [] : [NO_REFERENCE_WARNING],
  };
  return explain ? ({ ...result, rejected, mentions: mentions.flat().map((mention) => mentionMark(mention, text)) } as ExplainedResult) : result;
}

function mentionMark(mention: Mention, original: string): MentionMark {
  return { kind: mention.kind, span: { text: original.slice(mention.start, mention.end), start: mention.start, end: mention.end }, rule: mention.rule };
}

function emptyResult(documentId: string | null, reference: Date | null, warnings: string[]): ExtractionResult {
  return { documentId, publishedAt: reference ? isoDate(reference) : null, records: [], statistics: [], warnings };
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
