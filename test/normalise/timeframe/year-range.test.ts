// date/year-range: "2011-2014", "2011-14", "2015/16": every year from the first to the second.
import { describe, expect, it } from "vitest";
import { readingOf, readings } from "./readings.js";

describe("date/year-range", () => {
  it.each([
    ["Defections doubled in 2011-2014, the report said.", "2011-2014", "2011-01-01", "2014-12-31"],
    ["Arrivals fell during 2011-14 under the new leader.", "2011-14", "2011-01-01", "2014-12-31"],
    ["He fought in the 1950-53 war before he fled.", "1950-53", "1950-01-01", "1953-12-31"],
    ["Four players left during the 2015/16 season.", "2015/16", "2015-01-01", "2016-12-31"],
    ["Fewer came in the 2011-2014 period than before.", "the 2011-2014 period", "2011-01-01", "2014-12-31"],
  ])("%s", (sentence, text, start, end) => {
    expect(readingOf(sentence, null, text)).toEqual({ text, rule: "date/year-range", start, end, precision: "year" });
  });

  it.each([["The filing 2011-09 was withdrawn."], ["He called 555-2014 for help."]])("no range in: %s", (sentence) => {
    expect(readings(sentence, null).filter((reading) => reading.rule === "date/year-range")).toEqual([]);
  });
});
