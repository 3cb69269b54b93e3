// CSV (RFC 4180): one row per record with flattened fields, one row per failed document; documents without
// records have no rows. Fields with commas, quotes, line breaks or edge spaces are quoted; a field that begins like a
// spreadsheet formula gets a leading ' so it is shown, never run.
import type { DefectionRecord, Place } from "../../contract.js";
import type { DocumentOutcome } from "../../stream/index.js";
import type { OutcomeFormat } from "./index.js";

const COLUMNS = [
  "document_id",
  "line",
  "record_id",
  "name",
  "description",
  "role",
  "role_category",
  "organisation",
  "organisation_canonical",
  "origin",
  "origin_country",
  "origin_kind",
  "destination",
  "destination_country",
  "destination_kind",
  "timeframe",
  "timeframe_start",
  "timeframe_end",
  "timeframe_precision",
  "count",
  "companions",
  "status",
  "confidence",
  "evidence",
  "error_code",
  "error_message",
] as const;

type Row = Partial<Record<(typeof COLUMNS)[number], string | number | null>>;

export const csvFormat: OutcomeFormat = {
  begin: () => `${COLUMNS.join(",")}\r\n`,
  format: (outcome) => rowsFor(outcome).map(toLine).join(""),
  end: () => "",
};

function rowsFor(outcome: DocumentOutcome): Row[] {
  const document: Row = { document_id: outcome.id, line: outcome.line ?? null };
  if ("error" in outcome) return [{ ...document, error_code: outcome.error.code, error_message: outcome.error.message }];
  return outcome.result.records.map((record) => ({ ...document, ...recordColumns(record) }));
}

function recordColumns(record: DefectionRecord): Row {
  return {
    record_id: record.id,
    name: record.person.name,
    description: record.person.description,
    role: record.role?.title ?? null,
    role_category: record.role?.category ?? null,
    organisation: record.organisation?.name ?? null,
    organisation_canonical: record.organisation?.canonical ?? null,
    ...placeColumns("origin", record.origin),
    ...placeColumns("destination", record.destination),
    timeframe: record.timeframe?.text ?? null,
    timeframe_start: record.timeframe?.start ?? null,
    timeframe_end: record.timeframe?.end ?? null,
    timeframe_precision: record.timeframe?.precision ?? null,
    count: record.count,
    companions: record.companions.join("; "),
    status: record.status,
    confidence: record.confidence,
    evidence: record.evidence.map((span) => span.text).join(" | "),
  };
}

function placeColumns(prefix: "origin" | "destination", place: Place | null): Row {
  return { [prefix]: place?.name ?? null, [`${prefix}_country`]: place?.country ?? null, [`${prefix}_kind`]: place?.kind ?? null };
}

function toLine(row: Row): string {
  return `${COLUMNS.map((column) => quote(row[column])).join(",")}\r\n`;
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
/** What a spreadsheet reads as the start of a formula (OWASP, CSV injection): such a field is written after a '. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: neutralised against formula injection, then quoted when RFC 4180 needs it. */
export function quote(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = FORMULA_START.test(String(value)) ? `'${value}` : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
