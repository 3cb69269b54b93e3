// date/dateline: the day wire copy was filed, read from the dateline that opens it; without a year it is that day of
// the reference's year, at or before the reference.
import { describe, expect, it } from "vitest";
import { readDateline } from "../../../src/normalise/timeframe/index.js";
import { day, readingOf, readings } from "./readings.js";

describe("date/dateline", () => {
  it.each([
    ["SEOUL, Oct. 12 (Yonhap) -- A North Korean soldier defected on Saturday.", "Oct. 12", "2016-10-13", "2016-10-12"],
    ["VLADIVOSTOK, Russia, Dec. 23 Kyodo - Twelve North Korean men fled to the South.", "Dec. 23", "2009-12-23", "2009-12-23"],
    ["WASHINGTON, Dec. 31 (Reuters) - The diplomat asked for asylum.", "Dec. 31", "2020-01-02", "2019-12-31"],
    ["Seoul, 23 October 2015 (AFP)", "23 October 2015", "2016-01-01", "2015-10-23"],
    ["BEIJING, March 3 (Xinhua) -- Border police detained nine people.", "March 3", "2014-03-04", "2014-03-03"],
    ["NEW YORK, Sept. 30 (AP) — The pitcher walked away from the team hotel.", "Sept. 30", "1996-10-01", "1996-09-30"],
    [" date 2013-12-16 NAIROBI Nine members of the national team have disappeared.", "2013-12-16", "2013-12-17", "2013-12-16"],
    ["Published: 2016-04-12 A former diplomat said on Tuesday he had no regrets.", "2016-04-12", "2016-04-12", "2016-04-12"],
  ])("%s", (sentence, text, reference, resolved) => {
    expect(readingOf(sentence, day(reference), text)).toEqual({ text, rule: "date/dateline", start: resolved, end: resolved, precision: "day" });
  });

  it("SEOUL, Oct. 12 (Yonhap) -- ... without a reference keeps its words", () => {
    expect(readingOf("SEOUL, Oct. 12 (Yonhap) -- A soldier defected.", null, "Oct. 12")).toEqual({
      text: "Oct. 12",
      rule: "date/dateline",
      start: null,
      end: null,
      precision: "unknown",
    });
  });

  it.each([
    ["Kim, Oct. 12 is the day you fled."],
    ["He flew out of SEOUL, Oct. 12 (Yonhap) reported."],
    ["the diplomat, Oct. 12 (AP) - a correction"],
    ["Updated 2012-10-21 05:12 EDT"],
  ])("no dateline in: %s", (sentence) => {
    expect(readings(sentence, day("2016-10-13")).filter((reading) => reading.rule === "date/dateline")).toEqual([]);
  });

  it.each([
    ["SEOUL, June 1 (Yonhap) -- Three workers fled.", "2016-06-02", "2016-06-01"],
    ["TOKYO (AP) -- A fisherman drifted ashore.", "2016-06-02", null],
  ])("readDateline: %s", (line, reference, expected) => {
    expect(readDateline(line, day(reference))?.toISOString().slice(0, 10) ?? null).toBe(expected);
  });
});
