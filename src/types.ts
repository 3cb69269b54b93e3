// Hand-off types between pipeline stages (internal: not exported from the package).
import type { Place, RecordStatus, RoleCategory, StatisticQualifier, Timeframe } from "./contract.js";

/** Stage 1 output: the input with page furniture masked (same length) and its sentences. */
export interface PreparedText {
  /** The caller's string, untouched. */
  original: string;
  /** Same length as `original`; furniture, bullets and control characters replaced by spaces. */
  masked: string;
  sentences: Sentence[];
}

export interface Sentence {
  index: number;
  /** Offsets into the original string; `text === original.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /** Lines separated by a blank line (or the start of the text) share a paragraph number. */
  paragraph: number;
  /** A line with no sentence-final punctuation standing alone (headline, caption). */
  headline: boolean;
}

/** One token of the single compromise analysis, with absolute offsets. */
export interface Token {
  text: string;
  /** Lower-cased, punctuation-free form from compromise. */
  normal: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

/** The one tagging of a sentence that every later stage reads; sentences never get parsed twice. */
export interface AnalysedSentence extends Sentence {
  tokens: Token[];
}

interface MentionBase {
  start: number;
  end: number;
  /** `original.slice(start, end)`. */
  text: string;
  sentence: number;
  /** Provenance: the id of the rule that produced it, e.g. "person/korean-name". */
  rule: string;
}

export interface PersonMention extends MentionBase {
  kind: "person";
  /** The name as it should be reported ("Thae Yong-ho"). */
  name: string;
  /** Romanisation-insensitive identity key; equal keys are the same person ("thae yongho"). */
  key: string;
  /** Surname as written, for surname-only back references ("Thae"). */
  surname: string | null;
  /** True for a surname-only or title+surname mention ("Thae", "Mr Kim"). */
  partial: boolean;
}

export interface RoleMention extends MentionBase {
  kind: "role";
  /** Title including seniority words: "senior colonel", "mid-level diplomat" -> "mid-level diplomat". */
  title: string;
  category: RoleCategory;
  /** A plural title ("diplomats", "officials said"): a group, not one person. */
  plural: boolean;
  /** The rule that set the category: the title's own, a service word before it, or the body it belongs to. */
  categoryRule: string;
}

export type OrganisationType =
  | "party"
  | "state"
  | "military"
  | "intelligence"
  | "security"
  | "trade"
  | "finance"
  | "diplomatic"
  | "restaurant"
  | "media"
  | "sports"
  | "arts"
  | "ship"
  | "international"
  | "other";

export interface OrganisationMention extends MentionBase {
  kind: "organisation";
  /** As worded in the text: "Room 39", "trade mission in Russia". */
  name: string;
  canonical: string | null;
  type: OrganisationType | null;
  /** ISO code of the country the organisation belongs to ("KP"), when known. */
  country: string | null;
  /** Host place for embassies, missions, branches: "embassy in London" -> London. */
  host: Place | null;
  /** The role category implied for someone working there (Room 39 -> "party"). */
  memberCategory: RoleCategory | null;
}

export interface PlaceMention extends MentionBase {
  kind: "place";
  place: Place;
}

export interface DateMention extends MentionBase {
  kind: "date";
  timeframe: Timeframe;
}

export interface NumberMention extends MentionBase {
  kind: "number";
  value: number;
  /** Qualifier words attached to the number ("about 29,830", "more than a dozen"). */
  qualifier: StatisticQualifier;
}

export type Mention =
  | PersonMention
  | RoleMention
  | OrganisationMention
  | PlaceMention
  | DateMention
  | NumberMention;

export type MentionKind = Mention["kind"];

/** A stretch of the caller's string read by a rule, and the rule's id: the source of a record's field. */
export interface Source {
  rule: string;
  start: number;
  end: number;
  /** The rule that found the words as a mention ("date/late-month"), when a mention was read. */
  mention?: string;
}

/** A defection-like word in a sentence, classified by the events stage. */
export interface Trigger {
  sentence: number;
  start: number;
  end: number;
  text: string;
  /** Lexicon entry id, e.g. "trigger/defect". */
  rule: string;
  /** verb ("defected"), noun ("defection of X"), agent noun ("defectors"). */
  form: "verb" | "noun" | "agent";
  /** A word of arriving or asking to stay: the place "in" or "at" after it is where they went. */
  arrival: boolean;
  /** A weak word ("fled") counts only in an article with a defection word or context, or for a state servant. */
  weak: boolean;
  /** A word common in any news ("arrived in", "went missing") counts only in an article with a defection word or context. */
  contextual: boolean;
  /** What the word needs after it (see the lexicon's `frame`): "stay" and "away" words tell of someone who stayed on. */
  frame: "movement" | "vehicle" | "road" | "stay" | "away" | "missing" | "sighted";
  status: RecordStatus;
  /** What set the status: the trigger itself, or the phrase that made it an attempt, an arrest or a return. */
  statusSource: Source;
  /** Id of the negation rule that denies it ("did not defect"), or null. */
  negation: string | null;
  /** Id of the look-alike rule that disqualified it (purge, party switch, birth defect, "would defect"), or null. */
  lookalike: string | null;
  /** True when `lookalike` is a hedge or hypothetical ("plans to defect") rather than another kind of event. */
  hedge: boolean;
}

/** What the document stage knows before records are assembled. */
export interface DocumentContext {
  /** Reference date for relative expressions, or null. */
  reference: Date | null;
  /** Where the reference came from. */
  referenceSource: "option" | "dateline" | null;
}
