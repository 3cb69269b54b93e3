// date/month-year and date/month-of-relative-year: a named month of a stated year or of a year named relative to the
// reference.
import { describe, expect, it } from "vitest";
import { day, readingOf } from "./readings.js";

const reference = day("2016-10-12");

describe("date/month-year resolves without a reference", () => {
  it.each([
    ["Jang Song Taek was arrested and executed in December 2013.", "December 2013", "2013-12-01", "2013-12-31"],
    ["The cellist defected in Sept. 1978 during a tour of Canada.", "Sept. 1978", "1978-09-01", "1978-09-30"],
    ["In June of 2011 the embassy in Bangkok closed its doors.", "June of 2011", "2011-06-01", "2011-06-30"],
    ["March 2018 saw the largest single crossing in years.", "March 2018", "2018-03-01", "2018-03-31"],
  ])("%s", (sentence, text, start, end) => {
    expect(readingOf(sentence, null, text)).toEqual({ text, rule: "date/month-year", start, end, precision: "month" });
  });
});

describe("date/month-of-relative-year", () => {
  it.each([
    ["A diplomat defected with his family in May of last year.", "May of last year", "2015-05-01", "2015-05-31", "month"],
    ["The chef left the restaurant in March this year.", "March this year", "2016-03-01", "2016-03-31", "month"],
    ["The group crossed in December last year.", "December last year", "2015-12-01", "2015-12-31", "month"],
    ["The games open in June next year.", "June next year", null, null, "unknown"],
  ])("%s", (sentence, text, start, end, precision) => {
    expect(readingOf(sentence, reference, text)).toEqual({ text, rule: "date/month-of-relative-year", start, end, precision });
  });

  it("They may last year have planned it: 'may' is no month", () => {
    expect(readingOf("They may last year have planned it.", reference, "may last year")).toBeUndefined();
  });
});
