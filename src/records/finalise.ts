// Turns merged drafts into contract records: ids stable for the same input, evidence spans, confidence.
import type { DefectionRecord, ExplainedRecord, FieldSource, RecordExplanation } from "../contract.js";
import type { Sentence, Source } from "../types.js";
import { roleCategory, type Draft } from "./draft.js";
import { span } from "./span.js";

/** Base confidence by how the defector was introduced: a name is surest, a bare "the official" least. */
const INTRODUCTION_CONFIDENCE: Record<Draft["introduction"], number> = {
  named: 0.85,
  group: 0.75,
  indefinite: 0.7,
  another: 0.7,
  partitive: 0.65,
  headline: 0.6,
  listed: 0.65,
  definite: 0.55,
  pronoun: 0.5,
};
const PER_SLOT = 0.03;
const HEDGE_PENALTY = 0.1;

/** Contract records in order of their first evidence; with `explain`, each carries where its fields came from. */
export function finaliseRecords(drafts: readonly Draft[], sentences: readonly Sentence[], original: string, explain: boolean): DefectionRecord[] {
  const ordered = [...drafts].sort((a, b) => Math.min(...a.evidence) - Math.min(...b.evidence));
  const ids = new Set<string>();
  return ordered.map((draft) => {
    const evidence = [...draft.evidence]
      .sort((a, b) => a - b)
      .map((index) => sentences[index])
      .filter((sentence): sentence is Sentence => sentence !== undefined)
      .map((sentence) => span(original, sentence.start, sentence.end));
    const role = draft.role ? { title: draft.role.title.toLowerCase(), category: roleCategory(draft) } : null;
    const record: DefectionRecord = {
      id: recordId(evidence[0]?.start ?? 0, draft.name ?? draft.description ?? "", ids),
      person: { name: draft.name, description: draft.description },
      role,
      organisation: draft.organisation ? { name: draft.organisation.name, canonical: draft.organisation.canonical } : null,
      origin: draft.origin,
      destination: draft.destination,
      timeframe: draft.timeframe,
      count: draft.count === null ? null : draft.count + (draft.fellowTravellers?.others ?? 0),
      companions: draft.companions,
      status: draft.status,
      evidence,
      confidence: confidence(draft),
    };
    return explain ? explained(record, draft, original) : record;
  });
}

/** The explanation of a finished record: its trigger and the source of each field it reports. */
function explained(record: DefectionRecord, draft: Draft, original: string): ExplainedRecord {
  const fields: RecordExplanation["fields"] = {};
  const filled = {
    person: true,
    role: record.role !== null,
    organisation: record.organisation !== null,
    origin: record.origin !== null,
    destination: record.destination !== null,
    timeframe: record.timeframe !== null,
    count: record.count !== null,
    companions: record.companions.length > 0,
    status: true,
  } satisfies Record<keyof RecordExplanation["fields"], boolean>;
  const sources = draft.fellowTravellers ? { ...draft.sources, count: draft.fellowTravellers.source } : draft.sources;
  for (const field of Object.keys(filled) as (keyof typeof filled)[]) {
    const source = sources[field];
    if (filled[field] && source) fields[field] = fieldSource(source, original);
  }
  return { ...record, explanation: { trigger: fieldSource(draft.trigger, original), fields } };
}

export function fieldSource(source: Source, original: string): FieldSource {
  const described: FieldSource = { rule: source.rule, span: span(original, source.start, source.end) };
  if (source.mention !== undefined) described.mention = source.mention;
  return described;
}

function confidence(draft: Draft): number {
  const slots = [draft.role, draft.organisation, draft.origin, draft.destination, draft.timeframe].filter((slot) => slot !== null).length;
  const corroboration = Math.min(draft.evidence.size - 1, 3) * PER_SLOT;
  const score = INTRODUCTION_CONFIDENCE[draft.introduction] + slots * PER_SLOT + corroboration - (draft.hedged ? HEDGE_PENALTY : 0);
  return Math.round(Math.min(0.99, Math.max(0.05, score)) * 100) / 100;
}

/**
 * FNV-1a over where the record starts and who it is: the same input always gives the same id. Two records can start
 * in one sentence with one person (a report repeated, one sentence read twice); each later one, in record order,
 * takes the next free id of its key, so ids stay unique and the earlier ones never change.
 */
function recordId(start: number, who: string, taken: Set<string>): string {
  const key = `${start}:${who}`;
  let id = hashedId(key);
  for (let repeat = 2; taken.has(id); repeat += 1) id = hashedId(`${key}#${repeat}`);
  taken.add(id);
  return id;
}

function hashedId(key: string): string {
  let hash = 0x811c9dc5;
  for (const char of key) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `rec-${hash.toString(16).padStart(8, "0")}`;
}
