// date/early-late-year: a third of a year ("late 2015", "mid-2014", "late in 2017"); "earlier in 2018" is the year.
import { describe, expect, it } from "vitest";
import { day, readingOf } from "./readings.js";

const reference = day("2016-10-12");

describe("date/early-late-year", () => {
  it.each([
    ["A waitress fled the restaurant in late 2015, activists said.", "late 2015", "2015-09-01", "2015-12-31", "month"],
    ["The hockey player slipped away in mid-2014.", "mid-2014", "2014-05-01", "2014-08-31", "month"],
    ["The engineer reached Tokyo early last year.", "early last year", "2015-01-01", "2015-04-30", "month"],
    ["It was late in 2017 that the crew asked for asylum.", "late in 2017", "2017-09-01", "2017-12-31", "month"],
    ["Earlier in 2018, a wrestler had refused to go home.", "Earlier in 2018", "2018-01-01", "2018-12-31", "year"],
    ["He left his post at the end of 2014.", "the end of 2014", "2014-09-01", "2014-12-31", "month"],
    ["At the beginning of 2011 the first doctors walked out.", "the beginning of 2011", "2011-01-01", "2011-04-30", "month"],
  ])("%s", (sentence, text, start, end, precision) => {
    expect(readingOf(sentence, reference, text)).toEqual({ text, rule: "date/early-late-year", start, end, precision });
  });
});
