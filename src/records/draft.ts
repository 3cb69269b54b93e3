// The record under construction, and the per-sentence view of mentions that assembly reads.
import type { ExplainedField, Place, RecordStatus, RoleCategory, Timeframe } from "../contract.js";
import type { FellowTravellers } from "./fellow-travellers.js";
import type {
  AnalysedSentence,
  DateMention,
  Mention,
  MentionKind,
  NumberMention,
  OrganisationMention,
  PersonMention,
  PlaceMention,
  RoleMention,
  Source,
  Trigger,
} from "../types.js";

/** How the text introduces the defector; decides coreference and confidence. */
export type Introduction = "named" | "indefinite" | "another" | "definite" | "pronoun" | "group" | "partitive" | "headline" | "listed";

export interface Draft {
  introduction: Introduction;
  name: string | null;
  key: string | null;
  description: string | null;
  role: RoleMention | null;
  organisation: OrganisationMention | null;
  origin: Place | null;
  destination: Place | null;
  timeframe: Timeframe | null;
  count: number | null;
  /** "with six other Romanians": unnamed people who fled alongside, added to `count` when the record is finished. */
  fellowTravellers: FellowTravellers | null;
  companions: string[];
  status: RecordStatus;
  /** Sentence indices the record was built from. */
  evidence: Set<number>;
  /** The sentence that introduced the record. */
  sentence: number;
  /** Reported as fact only through a hedge ("is believed to have", "reportedly"). */
  hedged: boolean;
  /** The trigger that opened the record. */
  trigger: Source;
  /** Where each filled field came from: the rule that chose the value and the words it read. */
  sources: Partial<Record<ExplainedField, Source>>;
}

type MentionOf<K extends MentionKind> = Extract<Mention, { kind: K }>;

/** A tagged sentence with its mentions, indexed by kind and by start, and its triggers. */
export interface SentenceView {
  sentence: AnalysedSentence;
  mentions: Mention[];
  triggers: Trigger[];
  /** Mentions of each kind in text order. */
  byKind: { [K in MentionKind]: MentionOf<K>[] };
}

/** Builds the view that assembly reads; mentions must be in text order. */
export function sentenceView(sentence: AnalysedSentence, mentions: Mention[], triggers: Trigger[]): SentenceView {
  const byKind = { person: [], role: [], organisation: [], place: [], date: [], number: [] } as unknown as SentenceView["byKind"];
  for (const mention of mentions) (byKind[mention.kind] as Mention[]).push(mention);
  return { sentence, mentions, triggers, byKind };
}

/** Mentions of one kind lying within [from, to], in text order. */
export function mentionsOf<K extends MentionKind>(view: SentenceView, kind: K, from = 0, to = Infinity): MentionOf<K>[] {
  const all = view.byKind[kind];
  if (from <= view.sentence.start && to >= view.sentence.end) return all;
  return all.filter((mention) => mention.start >= from && mention.end <= to);
}

/** The mention of one kind that starts exactly at `offset`, if any. */
export function mentionStartingAt<K extends MentionKind>(view: SentenceView, kind: K, offset: number): MentionOf<K> | undefined {
  const all = view.byKind[kind];
  let low = 0;
  let high = all.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((all[middle]?.start ?? Infinity) < offset) low = middle + 1;
    else high = middle;
  }
  const found = all[low];
  return found?.start === offset ? found : undefined;
}

export type { DateMention, NumberMention, OrganisationMention, PersonMention, PlaceMention, RoleMention };

/** Index of the token that contains or follows `offset` (binary search: sentences can be long). */
export function tokenAt(view: SentenceView, offset: number): number {
  const tokens = view.sentence.tokens;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle]?.end ?? Infinity) > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** A source read from a mention: its span, the choosing rule, and the rule that found the mention. */
export function fromMention(rule: string, mention: Mention): Source {
  return { rule, start: mention.start, end: mention.end, mention: mention.rule };
}

/** The category a record reports: its title's, else its organisation's staff category. */
export function roleCategory(draft: Draft): RoleCategory {
  const own = draft.role?.category ?? "unknown";
  if (own !== "unknown") return own;
  return draft.organisation?.memberCategory ?? "unknown";
}
