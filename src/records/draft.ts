// The record under construction, and the per-sentence view of mentions that assembly reads.
import type { Place, RecordStatus, RoleCategory, Timeframe } from "../contract.js";
import { outranks } from "../events/index.js";
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
  Trigger,
} from "../types.js";

/** How the text introduces the defector; decides coreference and confidence. */
export type Introduction = "named" | "indefinite" | "another" | "definite" | "pronoun" | "group" | "partitive" | "headline";

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
  companions: string[];
  status: RecordStatus;
  /** Sentence indices the record was built from. */
  evidence: Set<number>;
  /** The sentence that introduced the record. */
  sentence: number;
  /** Reported as fact only through a hedge ("is believed to have", "reportedly"). */
  hedged: boolean;
  /** Provenance: trigger and rule ids that built the record. */
  rules: string[];
}

/** A tagged sentence with its mentions grouped by kind and its triggers. */
export interface SentenceView {
  sentence: AnalysedSentence;
  mentions: Mention[];
  triggers: Trigger[];
}

type MentionOf<K extends MentionKind> = Extract<Mention, { kind: K }>;

export function mentionsOf<K extends MentionKind>(view: SentenceView, kind: K, from = 0, to = Infinity): MentionOf<K>[] {
  return view.mentions.filter(
    (mention): mention is MentionOf<K> => mention.kind === kind && mention.start >= from && mention.end <= to,
  );
}

export type { DateMention, NumberMention, OrganisationMention, PersonMention, PlaceMention, RoleMention };

/** Index of the token that contains or follows `offset`. */
export function tokenAt(view: SentenceView, offset: number): number {
  const index = view.sentence.tokens.findIndex((token) => token.end > offset);
  return index < 0 ? view.sentence.tokens.length : index;
}

/** Folds `other` into `target`: evidence joins, and each slot `target` lacks is taken from `other`. */
export function absorb(target: Draft, other: Draft): void {
  for (const sentence of other.evidence) target.evidence.add(sentence);
  if (target.name === null && other.name !== null) {
    target.name = other.name;
    target.key = other.key;
    target.description = null;
  }
  if (target.introduction === "headline" && other.description !== null) {
    target.description = target.name === null ? other.description : target.description;
    target.introduction = other.introduction;
  }
  if (other.role && (!target.role || moreSpecificRole(other.role, target.role))) target.role = other.role;
  if (!target.organisation || (target.organisation.canonical === null && other.organisation?.canonical)) {
    target.organisation = other.organisation ?? target.organisation;
  }
  target.origin ??= other.origin;
  target.destination ??= other.destination;
  target.timeframe ??= other.timeframe;
  target.count ??= other.count;
  target.companions = [...new Set([...target.companions, ...other.companions])];
  if (outranks(other.status, target.status)) target.status = other.status;
  target.hedged &&= other.hedged;
  target.rules.push(...other.rules);
}


/** "senior official" says more than "official"; a known category says more than none. */
function moreSpecificRole(candidate: RoleMention, current: RoleMention): boolean {
  if (current.category === "unknown" && candidate.category !== "unknown") return true;
  const sameKind = candidate.category === current.category || candidate.category === "unknown";
  return sameKind && candidate.title.length > current.title.length && candidate.title.endsWith(current.title);
}

/** The category a record reports: its title's, else its organisation's staff category. */
export function roleCategory(draft: Draft): RoleCategory {
  const own = draft.role?.category ?? "unknown";
  if (own !== "unknown") return own;
  return draft.organisation?.memberCategory ?? "unknown";
}
