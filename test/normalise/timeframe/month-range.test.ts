// date/month-range: whole months from the first named to the second, in the stated year or the latest such span.
import { describe, expect, it } from "vitest";
import { day, readingOf, readings } from "./readings.js";

describe("date/month-range", () => {
  it.each([
    ["Some 1,200 arrived in the January-September period, the ministry said.", "the January-September period", "2012-10-28", "2012-01-01", "2012-09-30"],
    ["The flights ran from March to May 2015.", "from March to May 2015", "2016-10-12", "2015-03-01", "2015-05-31"],
    ["Most boats came between November and February.", "between November and February", "2016-10-12", "2015-11-01", "2016-02-29"],
    ["Arrivals for Jan.-March rose by a third.", "Jan.-March", "2016-10-12", "2016-01-01", "2016-03-31"],
    ["The crossings peaked from November to March 2015.", "from November to March 2015", "2016-10-12", "2014-11-01", "2015-03-31"],
  ])("%s", (sentence, text, reference, start, end) => {
    expect(readingOf(sentence, day(reference), text)).toEqual({ text, rule: "date/month-range", start, end, precision: "month" });
  });

  it("Two boats came in March and May: two months, not a range", () => {
    expect(readings("Two boats came in March and May.", day("2016-10-12")).map((reading) => reading.text)).toEqual(["March", "May"]);
  });
});
