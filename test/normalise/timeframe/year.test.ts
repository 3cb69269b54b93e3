// date/year: a bare four-digit year read as a date, and the year-or-count decision the number finder shares.
import { describe, expect, it } from "vitest";
import { looksLikeYear } from "../../../src/normalise/timeframe/index.js";
import { readingOf, readings } from "./readings.js";

describe("date/year", () => {
  it.each([
    ["Eight senior officials defected in 2013, the spy agency said.", "2013"],
    ["Oleg Gordievsky, who fled Moscow in 1985, died at 86.", "1985"],
    ["Figures for 2014 were released on Monday.", "2014"],
  ])("%s", (sentence, text) => {
    expect(readingOf(sentence, null, text)).toEqual({ text, rule: "date/year", start: `${text}-01-01`, end: `${text}-12-31`, precision: "year" });
  });

  it.each([["Some 2000 defectors attended the rally in Seoul."], ["More than 1950 people were questioned."], ["Unit 1984 is a cover name."]])(
    "a count or a label: %s",
    (sentence) => {
      expect(readings(sentence, null)).toEqual([]);
    },
  );
});

describe("looksLikeYear decides year or count", () => {
  it.each([
    ["Kim took control in 2011.", "2011", true],
    ["The 2013 purge of Jang Song Taek shook the elite.", "2013", true],
    ["Some 2000 defectors attended the rally.", "2000", false],
    ["The number reached 1,950 last year.", "950", false],
    ["Unit 1984 is a cover name.", "1984", false],
  ])("%s", (text, figure, expected) => {
    const start = text.indexOf(figure);
    expect(looksLikeYear(text, start, start + figure.length)).toBe(expected);
  });
});
