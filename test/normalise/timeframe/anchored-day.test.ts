// date/anchored-day: a count of days from another event of the story, placed from the day told just before it.
import { describe, expect, it } from "vitest";
import { anchoredDay, anchoredYear } from "../../../src/normalise/timeframe/index.js";
import { day } from "./readings.js";

const wednesday = day("1989-11-29");
const reference = day("1989-11-30");

describe("a count of days from the day told before", () => {
  it.each([
    ["the night before", " with six other Romanians.", "1989-11-28"],
    ["the day before", ".", "1989-11-28"],
    ["the previous evening", ", police said.", "1989-11-28"],
    ["that day", " under the security law.", "1989-11-29"],
    ["later that night", ".", "1989-11-29"],
    ["the next morning", " at the border.", "1989-11-30"],
    ["two days earlier", " in Vienna.", "1989-11-27"],
    ["a day later", ", officials said.", "1989-11-30"],
    ["Three days before", ", on a Sunday,", "1989-11-26"],
  ])("%s", (text, following, placed) => {
    expect(anchoredDay(text, following, wednesday, reference)).toEqual({ text, start: placed, end: placed, precision: "day" });
  });
});

describe("not placed from the day before", () => {
  it.each([
    ["counted from a named event", "the day before", " the vote."],
    ["counted from a clause", "two days after", " he landed in Tokyo."],
    ["no count of days", "the next week", "."],
    ["a vague count", "a few days later", "."],
    ["a count of years", "two years later", "."],
    ["a phrase with no anchor in days", "around the same time", "."],
  ])("%s: %s%s", (_why, text, following) => {
    expect(anchoredDay(text, following, wednesday, reference)).toBeNull();
  });

  it("a day after the reference has not happened yet", () => {
    expect(anchoredDay("two days later", ".", wednesday, reference)).toBeNull();
  });

  it("no reference: the day is still placed from the story's own day", () => {
    expect(anchoredDay("the next day", ".", wednesday, null)?.start).toBe("1989-11-30");
  });
});

describe("date/anchored-year: a count of years from the year told before", () => {
  const later = day("2020-01-01");

  it.each([
    ["Three years later", ", a boxer crossed.", 2009, "2012"],
    ["two years earlier", " in Havana.", 2009, "2007"],
    ["a year later", ".", 2009, "2010"],
  ])("%s", (text, following, year, placed) => {
    expect(anchoredYear(text, following, year, later)).toEqual({ text, start: `${placed}-01-01`, end: `${placed}-12-31`, precision: "year" });
  });

  it.each([
    ["counted from a named event", "two years after", " the coup."],
    ["a vague count", "several years later", "."],
    ["no years", "three days later", "."],
  ])("%s: %s%s", (_why, text, following) => {
    expect(anchoredYear(text, following, 1975, later)).toBeNull();
  });

  it("a year after the reference has not come yet", () => {
    expect(anchoredYear("two years later", ".", 1989, reference)).toBeNull();
  });
});
