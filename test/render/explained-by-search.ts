// Explanations built by looking for each value's words in the record's evidence: stand-in provenance for
// exercising the HTML view on real articles, independent of how the extractor explains itself.
import type {
  ExplainedField,
  ExplainedResult,
  ExtractionResult,
  FieldSource,
  MentionKind,
  MentionMark,
  RejectedTrigger,
  Span,
} from "../../src/index.js";

const TRIGGER_WORDS = /\b(?:defect(?:ed|ing|ion)?|escaped|fled|deserted|sought asylum)\b/i;
const FIELD_KINDS: Partial<Record<ExplainedField, MentionKind>> = {
  person: "person",
  role: "role",
  organisation: "organisation",
  origin: "place",
  destination: "place",
  timeframe: "date",
};

export function explainedBySearch(text: string, result: ExtractionResult): ExplainedResult {
  const mentions: MentionMark[] = [];
  const records = result.records.map((record) => {
    const within = (words: string | null | undefined): Span | null => {
      if (!words) return null;
      for (const sentence of record.evidence) {
        const at = sentence.text.indexOf(words);
        if (at >= 0) return { text: words, start: sentence.start + at, end: sentence.start + at + words.length };
      }
      return null;
    };
    const values: Partial<Record<ExplainedField, string | null | undefined>> = {
      person: record.person.name ?? record.person.description,
      role: record.role?.title,
      organisation: record.organisation?.name,
      origin: record.origin?.name,
      destination: record.destination?.name,
      timeframe: record.timeframe?.text,
      companions: record.companions[0],
    };
    const fields: Partial<Record<ExplainedField, FieldSource>> = {};
    for (const [field, words] of Object.entries(values) as Array<[ExplainedField, string | null | undefined]>) {
      const span = within(words);
      if (!span) continue;
      const kind = FIELD_KINDS[field];
      fields[field] = { rule: `search/${field}`, span, ...(kind ? { mention: `search/${kind}` } : {}) };
      if (kind && !mentions.some((mention) => mention.span.start === span.start)) mentions.push({ kind, span, rule: `search/${kind}` });
    }
    const trigger = findTrigger(record.evidence) ?? record.evidence[0] ?? { text: "", start: 0, end: 0 };
    fields.status = { rule: "search/status", span: trigger };
    return { ...record, explanation: { trigger: { rule: "search/trigger", span: trigger }, fields } };
  });
  return { ...result, records, rejected: rejectedTriggers(text, result), mentions: mentions.sort((a, b) => a.span.start - b.span.start) };
}

function findTrigger(evidence: readonly Span[]): Span | null {
  for (const sentence of evidence) {
    const match = TRIGGER_WORDS.exec(sentence.text);
    if (match) return { text: match[0], start: sentence.start + match.index, end: sentence.start + match.index + match[0].length };
  }
  return null;
}

/** Trigger words in sentences that gave no record, as if a look-alike rule had turned them down. */
function rejectedTriggers(text: string, result: ExtractionResult): RejectedTrigger[] {
  const used = new Set(result.records.flatMap((record) => record.evidence.map((span) => span.start)));
  const rejected: RejectedTrigger[] = [];
  for (const sentence of text.matchAll(/[^.\n]+\./g)) {
    const start = sentence.index ?? 0;
    if (used.has(start)) continue;
    const match = TRIGGER_WORDS.exec(sentence[0]);
    if (!match) continue;
    const span = { text: match[0], start: start + match.index, end: start + match.index + match[0].length };
    rejected.push({ span, trigger: "search/trigger", reason: "vague-plural", rule: "search/vague-plural", sentence: { text: sentence[0], start, end: start + sentence[0].length } });
  }
  return rejected;
}
