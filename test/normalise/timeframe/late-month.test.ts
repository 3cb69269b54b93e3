// date/late-month: a part of a named month (early 1-10, mid 11-20, late 21-end), in the latest such month unless a
// year is given.
import { describe, expect, it } from "vitest";
import { day, readingOf, readings } from "./readings.js";

const reference = day("2016-10-12");

describe("date/late-month", () => {
  it.each([
    ["Thae defected to Seoul with his family in late July.", "late July", "2016-07-21", "2016-07-31"],
    ["The trade official vanished in mid-June 2015 in Shenyang.", "mid-June 2015", "2015-06-11", "2015-06-20"],
    ["As the figures stood at end-September, arrivals were down.", "end-September", "2016-09-21", "2016-09-30"],
    ["The crew left at the end of May last year.", "the end of May last year", "2015-05-21", "2015-05-31"],
    ["By the beginning of March the camp was empty.", "the beginning of March", "2016-03-01", "2016-03-10"],
    ["The skater went missing in early December.", "early December", "2015-12-01", "2015-12-10"],
    ["Talks broke down in the middle of Feb.", "the middle of Feb.", "2016-02-11", "2016-02-20"],
  ])("%s", (sentence, text, start, end) => {
    expect(readingOf(sentence, reference, text)).toEqual({ text, rule: "date/late-month", start, end, precision: "month" });
  });

  it.each([["Classes start May and run to June."], ["The late Marshal Kim was buried with honours."]])("no part of a month in: %s", (sentence) => {
    expect(readings(sentence, reference).filter((reading) => reading.rule === "date/late-month")).toEqual([]);
  });
});
