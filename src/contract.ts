// The public output contract (shared/record-contract.md): field names and meanings are fixed.

export type RoleCategory =
  | "diplomat"
  | "military"
  | "intelligence"
  | "party"
  | "government"
  | "finance"
  | "trade"
  | "worker"
  | "civilian"
  | "unknown";

export type RecordStatus = "defected" | "attempted" | "arrested" | "repatriated";

export type StatisticQualifier = "exact" | "about" | "at least" | "more than" | "less than";

export interface Span {
  /** Exactly `input.slice(start, end)`. */
  text: string;
  /** Offset into the caller's string, UTF-16 code units. */
  start: number;
  end: number;
}

export interface Place {
  /** As worded: "Vladivostok", "the Caribbean", "an African country". */
  name: string;
  /** ISO 3166-1 alpha-2, null for regions, continents and unnamed countries. */
  country: string | null;
  kind: "city" | "country" | "region";
}

export interface Timeframe {
  /** As worded: "late July", "last year", "in April". */
  text: string;
  /** ISO yyyy-mm-dd, first day covered. */
  start: string | null;
  /** ISO yyyy-mm-dd, last day covered. */
  end: string | null;
  precision: "day" | "month" | "year" | "unknown";
}

export interface DefectionRecord {
  /** Stable within one result: the same text and options give the same id. */
  id: string;
  person: {
    name: string | null;
    description: string | null;
  };
  role: { title: string; category: RoleCategory } | null;
  organisation: { name: string; canonical: string | null } | null;
  /** Where the person was posted, based or working when they left. */
  origin: Place | null;
  /** Where they went; null when the text does not say. */
  destination: Place | null;
  /** When the defection happened (not when it was reported). */
  timeframe: Timeframe | null;
  /** People who defected together in this event; 1 for one person. */
  count: number | null;
  /** Family who came along: ["wife", "children"], ["family"]. */
  companions: string[];
  status: RecordStatus;
  /** Every sentence the record was built from. */
  evidence: Span[];
  confidence: number;
}

export interface StatisticRecord {
  value: number;
  qualifier: StatisticQualifier;
  /** "North Korean defectors", "senior officials". */
  subject: string;
  /** The period the figure covers. */
  timeframe: Timeframe | null;
  evidence: Span;
}

export interface ExtractionResult {
  documentId: string | null;
  /** The reference date actually used, ISO yyyy-mm-dd, or null. */
  publishedAt: string | null;
  records: DefectionRecord[];
  statistics: StatisticRecord[];
  warnings: string[];
}

// ---- Explanations: present only when `extractDefections(text, { explain: true })` asks for them. ----

/** The record fields whose source an explanation names. */
export type ExplainedField =
  | "person"
  | "role"
  | "organisation"
  | "origin"
  | "destination"
  | "timeframe"
  | "count"
  | "companions"
  | "status";

/** Why a field holds its value: the rule that chose it and the words it read. */
export interface FieldSource {
  /** Stable rule id ("subject/appositive", "timeframe/clause-date"); it appears once in `src/`, the rule's one home. */
  rule: string;
  /** The words the value was read from, offsets into the caller's string. */
  span: Span;
  /** The rule that found those words as a mention ("date/late-month", "place/city"), when one did. */
  mention?: string;
}

/** Where one record came from: the trigger that opened it and the source of every filled field. */
export interface RecordExplanation {
  trigger: FieldSource;
  fields: Partial<Record<ExplainedField, FieldSource>>;
}

/** Why a trigger word became no record. */
export type RejectionReason = "lookalike" | "negation" | "hedge" | "vague-plural" | "no-subject";

/** A defection-like word that did not become a record, and the rule that turned it down. */
export interface RejectedTrigger {
  /** The trigger's words. */
  span: Span;
  /** The trigger rule that found it ("trigger/defect"). */
  trigger: string;
  reason: RejectionReason;
  /** The rule that turned it down ("lookalike/party-switch", "subject/vague-plural"). */
  rule: string;
  /** The sentence it stands in. */
  sentence: Span;
}

export type MentionKind = "person" | "role" | "organisation" | "place" | "date" | "number";

/** A mention the extractor read, for showing the text with its entities marked. */
export interface MentionMark {
  kind: MentionKind;
  span: Span;
  /** The rule that found it ("person/korean-name"). */
  rule: string;
}

/** A record with its explanation, as `explain: true` returns it. */
export interface ExplainedRecord extends DefectionRecord {
  explanation: RecordExplanation;
}

/** The result of `extractDefections(text, { explain: true })`: every record explained, plus what was turned down. */
export interface ExplainedResult extends ExtractionResult {
  records: ExplainedRecord[];
  rejected: RejectedTrigger[];
  mentions: MentionMark[];
}
