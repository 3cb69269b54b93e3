// Timeframe rules and refiners on their own: past bias, the year-or-count decision, and overlap merging.
import { describe, expect, it } from "vitest";
import * as chrono from "chrono-node";
import { findNewsTimeframes, looksLikeYear, mergeOverlapping, timeframeFromChrono, type TimeframeCandidate } from "../../src/normalise/timeframe/index.js";

const reference = new Date(Date.UTC(2016, 1, 10)); // Wednesday 10 February 2016

describe("past-month rule: a month without a year is the most recent one at or before the reference", () => {
  it.each([
    ["In November, a senior diplomat based in Cuba defected with his wife.", "November", "2015-11-01", "2015-11-30"],
    ["The waitresses left the restaurant in February.", "February", "2016-02-01", "2016-02-29"],
    ["The official has been missing since January.", "since January", "2016-01-01", "2016-02-10"],
  ])("%s", (text, wording, start, end) => {
    const [found] = mergeOverlapping(findNewsTimeframes(text, reference));
    expect(found?.timeframe).toEqual({ text: wording, start, end, precision: "month" });
    expect(found?.rule).toBe("date/past-month");
  });

  it.each([["Officials may defect if the sanctions hold."], ["Thousands march in Pyongyang every April 15th."]])("no month in: %s", (text) => {
    expect(findNewsTimeframes(text, reference).filter((found) => found.rule === "date/past-month")).toEqual([]);
  });
});

describe("chrono results are read past-biased", () => {
  it.each([
    ["The diplomat fled on Dec. 20, a lawmaker said.", "Dec. 20", "2015-12-20"],
    ["The group arrived on Friday.", "Friday", "2016-02-05"],
    ["The dateline reads October 23, 2015 10:49.", "October 23, 2015", "2015-10-23"],
  ])("%s", (text, wording, day) => {
    const instant = new Date(2016, 1, 10, 12);
    const [result] = chrono.casual.parse(text, { instant }, { forwardDate: false });
    const candidate = result ? timeframeFromChrono(result, reference) : null;
    expect(candidate?.timeframe).toEqual({ text: wording, start: day, end: day, precision: "day" });
    expect(text.slice(candidate?.start, candidate?.end)).toBe(wording);
  });

  it.each([["The meeting started at 10:49."], ["Talks resume within a week."], ["Protesters march on the embassy."]])("dropped: %s", (text) => {
    const results = chrono.casual.parse(text, { instant: new Date(2016, 1, 10, 12) }, { forwardDate: false });
    expect(results.map((result) => timeframeFromChrono(result, reference)).filter(Boolean)).toEqual([]);
  });
});

describe("looksLikeYear decides year or count", () => {
  it.each([
    ["Kim took control in 2011.", "2011", true],
    ["The 2013 purge of Jang Song Taek shook the elite.", "2013", true],
    ["Figures for 2014 were released on Monday.", "2014", true],
    ["Some 2000 defectors attended the rally.", "2000", false],
    ["More than 1950 people were questioned.", "1950", false],
    ["The number reached 1,950 last year.", "950", false],
    ["Unit 1984 is a cover name.", "1984", false],
  ])("%s", (text, figure, expected) => {
    const start = text.indexOf(figure);
    expect(looksLikeYear(text, start, start + figure.length)).toBe(expected);
  });
});

describe("mergeOverlapping keeps the longest reading", () => {
  const candidate = (start: number, end: number, rule: string): TimeframeCandidate => ({
    start,
    end,
    rule,
    timeframe: { text: "x", start: null, end: null, precision: "unknown" },
  });

  it("A diplomat defected in May of last year: 'May of last year' beats 'last year' and 'May'", () => {
    const merged = mergeOverlapping([candidate(25, 34, "last-year"), candidate(18, 34, "month-of-year"), candidate(18, 21, "chrono")]);
    expect(merged.map((found) => found.rule)).toEqual(["month-of-year"]);
  });

  it("keeps separate readings in text order: from eight in 2013 to 18 in 2014", () => {
    const merged = mergeOverlapping([candidate(40, 44, "b"), candidate(20, 24, "a")]);
    expect(merged.map((found) => found.rule)).toEqual(["a", "b"]);
  });
});
