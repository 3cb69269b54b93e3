// date/relative-year: the whole year named relative to the reference; "next year" has not happened.
import { describe, expect, it } from "vitest";
import { day, readingOf } from "./readings.js";

const reference = day("2016-10-12");

describe("date/relative-year", () => {
  it.each([
    ["A senior official at the spy agency defected last year, a source said.", "last year", "2015-01-01", "2015-12-31", "year"],
    ["At least 20 senior officials have defected this year.", "this year", "2016-01-01", "2016-12-31", "year"],
    ["Last year's escape of a deputy ambassador was the first in years.", "Last year", "2015-01-01", "2015-12-31", "year"],
    ["The summit is planned for next year.", "next year", null, null, "unknown"],
  ])("%s", (sentence, text, start, end, precision) => {
    expect(readingOf(sentence, reference, text)).toEqual({ text, rule: "date/relative-year", start, end, precision });
  });

  it("He defected to the South last year (no reference)", () => {
    expect(readingOf("He defected to the South last year.", null, "last year")?.precision).toBe("unknown");
  });
});
