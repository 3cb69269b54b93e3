// Calendar arithmetic: years below 100 stay themselves (Date.UTC would read 49 as 1949), and so do the readings.
import { describe, expect, it } from "vitest";
import { utcDate } from "../../../src/normalise/timeframe/index.js";
import { day, readingOf } from "./readings.js";

const earlyReference = day("0050-03-10");

describe("years 0001-0099 are never two-digit years", () => {
  it.each([
    [49, 0, 1, "0049-01-01"],
    [1, 11, 31, "0001-12-31"],
    [99, 1, 29, "0099-03-01"],
  ])("utcDate(%i, %i, %i)", (year, month, dayOfMonth, expected) => {
    expect(utcDate(year, month, dayOfMonth).toISOString().slice(0, 10)).toBe(expected);
  });

  it.each([
    ["He fled last year.", "last year", "0049-01-01", "0049-12-31"],
    ["He fled in late July.", "late July", "0049-07-21", "0049-07-31"],
    ["He fled two years ago.", "two years ago", "0048-01-01", "0048-12-31"],
    ["He came on Dec. 5.", "Dec. 5", "0049-12-05", "0049-12-05"],
    ["He came last week.", "last week", "0050-02-28", "0050-03-06"],
  ])("%s (read on 10 March 50)", (sentence, text, start, end) => {
    const reading = readingOf(sentence, earlyReference, text);
    expect([reading?.start, reading?.end]).toEqual([start, end]);
  });
});
