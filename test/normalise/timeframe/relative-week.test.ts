// date/relative-week: "last week" is the previous Monday..Sunday, "earlier this week" Monday..reference.
import { describe, expect, it } from "vitest";
import { day, readingOf } from "./readings.js";

describe("date/relative-week", () => {
  it.each([
    ["The banker disappeared last week with $5 million, a newspaper reported.", "last week", "2016-10-12", "2016-10-03", "2016-10-09"],
    ["Earlier this week, the ministry confirmed the arrival of the family.", "Earlier this week", "2016-10-12", "2016-10-10", "2016-10-12"],
    ["The trawler reached Ulleung Island late last week.", "late last week", "2016-10-12", "2016-10-06", "2016-10-09"],
    ["The envoy left his residence early last week.", "early last week", "2016-10-12", "2016-10-03", "2016-10-05"],
    ["The pair were questioned this week by intelligence officers.", "this week", "2016-10-12", "2016-10-10", "2016-10-12"],
    ["He slipped away at the end of last week.", "the end of last week", "2016-10-12", "2016-10-07", "2016-10-09"],
    ["In a Sunday column: the two swimmers defected last week.", "last week", "2019-06-02", "2019-05-20", "2019-05-26"],
    ["A Sunday paper said she fled earlier this week.", "earlier this week", "2019-06-02", "2019-05-27", "2019-06-02"],
  ])("%s", (sentence, text, reference, start, end) => {
    expect(readingOf(sentence, day(reference), text)).toEqual({ text, rule: "date/relative-week", start, end, precision: "day" });
  });

  it.each([
    ["The talks will resume next week in Panmunjom.", "next week"],
    ["A verdict is expected later this week.", "later this week"],
  ])("still to come: %s", (sentence, text) => {
    expect(readingOf(sentence, day("2016-10-12"), text)).toEqual({ text, rule: "date/relative-week", start: null, end: null, precision: "unknown" });
  });
});
