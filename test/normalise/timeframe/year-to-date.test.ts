// date/year-to-date: from January 1 to the reference; a named year other than the reference's is all of it.
import { describe, expect, it } from "vitest";
import { day, readingOf } from "./readings.js";

describe("date/year-to-date", () => {
  it.each([
    ["Workers toiling overseas defected to the South earlier this year.", "earlier this year", "2016-10-12", "2016-01-01", "2016-10-12"],
    ["Some 1,600 doctors have reached Bogota so far this year.", "so far this year", "2015-08-22", "2015-01-01", "2015-08-22"],
    ["Arrivals this year so far number 900.", "this year so far", "2015-08-22", "2015-01-01", "2015-08-22"],
    ["About 600 got a visa so far in 2015, the group said.", "so far in 2015", "2015-08-22", "2015-01-01", "2015-08-22"],
    ["Looking back, 1,400 had arrived so far in 2015.", "so far in 2015", "2016-03-01", "2015-01-01", "2015-12-31"],
  ])("%s", (sentence, text, reference, start, end) => {
    expect(readingOf(sentence, day(reference), text)).toEqual({ text, rule: "date/year-to-date", start, end, precision: "year" });
  });

  it("A second visit is planned later this year (still to come)", () => {
    expect(readingOf("A second visit is planned later this year.", day("2016-10-12"), "later this year")?.precision).toBe("unknown");
  });
});
