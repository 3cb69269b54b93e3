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
