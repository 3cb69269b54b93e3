// date/part-of-year: whole months counted within a year ("the first nine months of this year").
import { describe, expect, it } from "vitest";
import { day, readingOf } from "./readings.js";

const reference = day("2016-10-12");

describe("date/part-of-year", () => {
  it.each([
    ["1,036 North Koreans came to the South in the first nine months of this year.", "the first nine months of this year", "2016-01-01", "2016-09-30"],
    ["The defections rose in the second half of last year, the agency said.", "the second half of last year", "2015-07-01", "2015-12-31"],
    ["Arrivals in the first quarter of 2016 were the lowest in a decade.", "the first quarter of 2016", "2016-01-01", "2016-03-31"],
    ["Only 40 crossed in the last quarter of 2015.", "the last quarter of 2015", "2015-10-01", "2015-12-31"],
  ])("%s", (sentence, text, start, end) => {
    expect(readingOf(sentence, reference, text)).toEqual({ text, rule: "date/part-of-year", start, end, precision: "month" });
  });
});
