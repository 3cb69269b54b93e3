// date/past-period: back from the reference by the largest count the wording allows, up to the reference.
import { describe, expect, it } from "vitest";
import { day, readingOf } from "./readings.js";

const reference = day("2016-10-12");

describe("date/past-period", () => {
  it.each([
    ["More elite defectors came to the South over the past eight to nine months.", "over the past eight to nine months", "2016-01-12", "2016-10-12", "month"],
    ["Dozens of crew have jumped ship in the past few weeks.", "the past few weeks", "2016-09-14", "2016-10-12", "day"],
    ["In the last two years the border has been sealed.", "the last two years", "2014-10-12", "2016-10-12", "year"],
    ["Three envoys have gone missing during the past decade.", "during the past decade", "2006-10-12", "2016-10-12", "year"],
    ["The last couple of years saw fewer arrivals.", "The last couple of years", "2014-10-12", "2016-10-12", "year"],
  ])("%s", (sentence, text, start, end, precision) => {
    expect(readingOf(sentence, reference, text)).toEqual({ text, rule: "date/past-period", start, end, precision });
  });
});
