// extractDefections on generated text and options: it returns for every valid call and throws only InvalidInputError
// otherwise; spans point into the text, dates are real days in order, ids are unique and stable, the result is
// plain JSON, and appending irrelevant paragraphs never loses a record.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractDefections, InvalidInputError, type DefectionRecord, type ExtractionResult } from "../../src/index.js";
import { extractionCall, irrelevantParagraph, validCall } from "./arbitraries.js";
import { propertyTimeout, runsOf } from "./settings.js";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Every `{ text, start, end }` anywhere in the result: evidence, explanation spans, mentions. */
function spansIn(value: unknown, found: Array<{ text: string; start: number; end: number }> = []) {
  if (Array.isArray(value)) value.forEach((item) => spansIn(item, found));
  else if (typeof value === "object" && value !== null) {
    const candidate = value as Record<string, unknown>;
    if (typeof candidate.text === "string" && typeof candidate.start === "number" && typeof candidate.end === "number") {
      found.push(candidate as { text: string; start: number; end: number });
    }
    Object.values(candidate).forEach((item) => spansIn(item, found));
  }
  return found;
}

/** Every timeframe anywhere in the result: records' and statistics'. */
function timeframesIn(value: unknown, found: Array<{ start: string | null; end: string | null }> = []) {
  if (Array.isArray(value)) value.forEach((item) => timeframesIn(item, found));
  else if (typeof value === "object" && value !== null) {
    const candidate = value as Record<string, unknown>;
    if ("precision" in candidate && "start" in candidate && "end" in candidate) found.push(candidate as { start: string | null; end: string | null });
    Object.values(candidate).forEach((item) => timeframesIn(item, found));
  }
  return found;
}

/** A record is the same one when it starts in the same sentence and names the same person. */
function identity(record: DefectionRecord): string {
  const first = record.evidence[0];
  return JSON.stringify([first?.start, first?.end, record.person]);
}

function isCalendarDay(day: string): boolean {
  const match = ISO_DAY.exec(day);
  if (!match) return false;
  const date = new Date(0);
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.toISOString().slice(0, 10) === day;
}

describe("extractDefections on generated input", () => {
  it(
    "returns for every valid call and throws only InvalidInputError, and only for an invalid one",
    () => {
      fc.assert(
        fc.property(extractionCall, ({ text, options, valid }) => {
          let thrown: unknown = null;
          try {
            extractDefections(text as string, options);
          } catch (error) {
            thrown = error;
          }
          if (valid) expect(thrown).toBeNull();
          else expect(thrown).toBeInstanceOf(InvalidInputError);
        }),
        runsOf(60),
      );
    },
    propertyTimeout,
  );

  it(
    "every span is text.slice(start, end), within the text",
    () => {
      fc.assert(
        fc.property(validCall, ({ text, options }) => {
          for (const span of spansIn(extractDefections(text, options))) {
            expect(span.start).toBeGreaterThanOrEqual(0);
            expect(span.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(span.start, span.end)).toBe(span.text);
          }
        }),
        runsOf(60),
      );
    },
    propertyTimeout,
  );

  it(
    "every date is a real yyyy-mm-dd day and no timeframe ends before it starts",
    () => {
      fc.assert(
        fc.property(validCall, ({ text, options }) => {
          const result = extractDefections(text, options);
          if (result.publishedAt !== null) expect(isCalendarDay(result.publishedAt), result.publishedAt).toBe(true);
          for (const { start, end } of timeframesIn(result)) {
            for (const day of [start, end]) if (day !== null) expect(isCalendarDay(day), day).toBe(true);
            if (start !== null && end !== null) expect(start <= end, `${start} .. ${end}`).toBe(true);
          }
        }),
        runsOf(60),
      );
    },
    propertyTimeout,
  );

  it(
    "record ids are unique within a result and the same on a second call",
    () => {
      fc.assert(
        fc.property(validCall, ({ text, options }) => {
          const ids = extractDefections(text, options).records.map((record) => record.id);
          expect(new Set(ids).size).toBe(ids.length);
          expect(extractDefections(text, options).records.map((record) => record.id)).toEqual(ids);
        }),
        runsOf(60),
      );
    },
    propertyTimeout,
  );

  it(
    "the result survives JSON.parse(JSON.stringify(result)) unchanged",
    () => {
      fc.assert(
        fc.property(validCall, ({ text, options }) => {
          const result = extractDefections(text, options);
          expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
        }),
        runsOf(60),
      );
    },
    propertyTimeout,
  );

  it(
    "appending irrelevant paragraphs never removes a record found before",
    () => {
      fc.assert(
        fc.property(validCall, fc.array(irrelevantParagraph, { minLength: 1, maxLength: 3 }), ({ text, options }, paragraphs) => {
          const before: ExtractionResult = extractDefections(text, options);
          const after: ExtractionResult = extractDefections(`${text}\n\n${paragraphs.join("\n\n")}`, options);
          const kept = new Set(after.records.map(identity));
          for (const record of before.records) expect(kept.has(identity(record)), identity(record)).toBe(true);
        }),
        runsOf(40),
      );
    },
    propertyTimeout,
  );
});
