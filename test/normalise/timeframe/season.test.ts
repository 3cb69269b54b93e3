// date/season: meteorological seasons of the northern hemisphere; a winter belongs to the year its December is in.
import { describe, expect, it } from "vitest";
import { day, readingOf, readings } from "./readings.js";

describe("date/season with a year resolves without a reference", () => {
  it.each([
    ["He went over to the West in the summer of 1989.", "the summer of 1989", "1989-06-01", "1989-08-31"],
    ["The troupe's lead dancer vanished in spring 2014.", "spring 2014", "2014-03-01", "2014-05-31"],
    ["The skiers stayed behind in late autumn 2015.", "late autumn 2015", "2015-11-01", "2015-11-30"],
    ["The pilot flew south in the winter of 1989-90.", "the winter of 1989-90", "1989-12-01", "1990-02-28"],
    ["In the fall of 1989 the border guards let them pass.", "the fall of 1989", "1989-09-01", "1989-11-30"],
  ])("%s", (sentence, text, start, end) => {
    expect(readingOf(sentence, null, text)).toEqual({ text, rule: "date/season", start, end, precision: "month" });
  });
});

describe("date/season relative to the reference", () => {
  it.each([
    ["The talks collapsed last summer.", "last summer", "2016-10-12", "2016-06-01", "2016-08-31", "month"],
    ["The talks collapsed last summer.", "last summer", "2016-07-15", "2015-06-01", "2015-08-31", "month"],
    ["They slipped across in the spring.", "the spring", "2016-10-12", "2016-03-01", "2016-05-31", "month"],
    ["Crossings have slowed this winter.", "this winter", "2016-01-20", "2015-12-01", "2016-02-29", "month"],
    ["More are expected to try this summer.", "this summer", "2016-03-10", null, null, "unknown"],
  ])("%s (%s, read on %s)", (sentence, text, reference, start, end, precision) => {
    expect(readingOf(sentence, day(reference), text)).toEqual({ text, rule: "date/season", start, end, precision });
  });

  it.each([["After the fall of Saigon the family fled by boat."], ["Prices fall every winter of the year in the markets."]])("no season in: %s", (sentence) => {
    expect(readings(sentence, day("2016-10-12")).filter((reading) => reading.rule === "date/season")).toEqual([]);
  });
});
