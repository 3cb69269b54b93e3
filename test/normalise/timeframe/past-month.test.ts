// date/past-month and date/last-month-name: a month without a day or year is the latest such month at or before the
// reference; "last December" is the latest one before the reference's month.
import { describe, expect, it } from "vitest";
import { day, readingOf, readings } from "./readings.js";

describe("date/past-month", () => {
  it.each([
    ["In April, a group of 17 North Koreans made a rare group defection.", "April", "2016-10-12", "2016-04-01", "2016-04-30"],
    ["In November, a senior diplomat based in Cuba defected with his wife.", "November", "2016-02-10", "2015-11-01", "2015-11-30"],
    ["The waitresses left the restaurant in February.", "February", "2016-02-10", "2016-02-01", "2016-02-29"],
    ["By March the camp outside Calais was empty.", "March", "2016-10-12", "2016-03-01", "2016-03-31"],
    ["In August, 12 activists trying to reach Taiwan were detained at sea.", "August", "2016-10-12", "2016-08-01", "2016-08-31"],
  ])("%s", (sentence, text, reference, start, end) => {
    expect(readingOf(sentence, day(reference), text)).toEqual({ text, rule: "date/past-month", start, end, precision: "month" });
  });

  it.each([
    ["Officials may defect if the sanctions hold."],
    ["Protesters march on the embassy every week."],
    ["Thousands march in Pyongyang every April 15th."],
    ["The talks between Kim and May said little about refugees."],
    ["The plane took off from Sept-Îles, Quebec, before dawn."],
    ["The ferry sails to Juneau twice a week."],
  ])("no month in: %s", (sentence) => {
    expect(readings(sentence, day("2016-10-12")).filter((reading) => reading.rule === "date/past-month")).toEqual([]);
  });
});

describe("date/last-month-name", () => {
  it.each([
    ["Last December the players walked away from the team in Nairobi.", "Last December", "2013-12-16", "2012-12-01", "2012-12-31", "month"],
    ["The coach himself fled last July.", "last July", "2013-12-16", "2013-07-01", "2013-07-31", "month"],
    ["A second sailor jumped ship this past March.", "this past March", "2013-12-16", "2013-03-01", "2013-03-31", "month"],
    ["A third is expected to follow this March.", "this March", "2016-02-10", null, null, "unknown"],
  ])("%s", (sentence, text, reference, start, end, precision) => {
    expect(readingOf(sentence, day(reference), text)).toEqual({ text, rule: "date/last-month-name", start, end, precision });
  });
});
