// date/ago: counted back from the reference; a year or month back is that whole year or month, a week back that
// Monday..Sunday week, a vague count spans every unit it may mean.
import { describe, expect, it } from "vitest";
import { day, readingOf, readings } from "./readings.js";

const wednesday = day("2016-10-12");

describe("date/ago against Wednesday 12 October 2016", () => {
  it.each([
    ["The defector left Pyongyang two weeks ago, his brother said.", "two weeks ago", "2016-09-26", "2016-10-02", "day"],
    ["She crossed the Tumen river several months ago.", "several months ago", "2016-03-01", "2016-07-31", "month"],
    ["A few days ago the boat reached Jeju, the coast guard said.", "A few days ago", "2016-10-08", "2016-10-10", "day"],
    ["He escaped from a labour camp a year ago.", "a year ago", "2015-01-01", "2015-12-31", "year"],
    ["Twenty-five years ago he swam to Hong Kong.", "Twenty-five years ago", "1991-01-01", "1991-12-31", "year"],
    ["Three decades ago the pilot flew his MiG to the South.", "Three decades ago", "1986-01-01", "1986-12-31", "year"],
    ["The two musicians walked out one week ago today.", "one week ago today", "2016-10-05", "2016-10-05", "day"],
    ["A couple of years ago, a waiter from the same restaurant fled.", "A couple of years ago", "2014-01-01", "2014-12-31", "year"],
    ["The consul vanished 18 months ago.", "18 months ago", "2015-04-01", "2015-04-30", "month"],
    ["Five days ago the crew abandoned the trawler.", "Five days ago", "2016-10-07", "2016-10-07", "day"],
    ["Two years ago this month, a cellist slipped away from the orchestra.", "Two years ago this month", "2014-10-01", "2014-10-31", "month"],
    ["A year ago this week the goalkeeper vanished in Nairobi.", "A year ago this week", "2015-10-12", "2015-10-18", "day"],
    ["Six months ago this week he swam to the island.", "Six months ago this week", "2016-04-11", "2016-04-17", "day"],
    ["Several years ago this month the envoy fled.", "Several years ago this month", "2009-01-01", "2013-12-31", "year"],
  ])("%s", (sentence, text, start, end, precision) => {
    expect(readingOf(sentence, wednesday, text)).toEqual({ text, rule: "date/ago", start, end, precision });
  });

  it("He fled two years ago (no reference)", () => {
    expect(readingOf("He fled two years ago.", null, "two years ago")).toEqual({ text: "two years ago", rule: "date/ago", start: null, end: null, precision: "unknown" });
  });

  it.each([
    ["A year-long investigation followed the defection."],
    ["The ten-year-old boy came with his mother."],
    ["After two weeks of talks the envoy was allowed to leave."],
  ])("no count back in: %s", (sentence) => {
    expect(readings(sentence, wednesday)).toEqual([]);
  });
});
