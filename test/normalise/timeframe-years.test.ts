// Timeframes resolved against reference dates at the edges of the calendar: the years 0001-0099 stay themselves
// (never 1900-1999), and arithmetic that leaves the four-digit years keeps its wording with no dates.
import { describe, expect, it } from "vitest";
import { extractDefections } from "../../src/index.js";

const timeframeOf = (text: string, publishedAt: string) => extractDefections(text, { publishedAt }).records[0]?.timeframe;

describe("reference dates in the years 0001-0099 are never read as 1900-1999", () => {
  it.each([
    ["A Roman garrison commander defected to Parthia last year.", "0100-01-01", "last year", "0099-01-01", "0099-12-31"],
    ["An envoy of the Han court defected to the Xiongnu in April.", "0050-06-15", "April", "0050-04-01", "0050-04-30"],
    ["A North Korean diplomat defected to South Korea in November.", "0099-02-10", "November", "0098-11-01", "0098-11-30"],
    ["A garrison officer defected to the rebels late last month.", "0075-05-20", "late last month", "0075-04-21", "0075-04-30"],
    ["A North Korean diplomat defected to South Korea earlier this year.", "0001-03-01", "earlier this year", "0001-01-01", "0001-03-01"],
  ])("%s (published %s)", (text, publishedAt, wording, start, end) => {
    expect(timeframeOf(text, publishedAt)).toMatchObject({ text: wording, start, end });
  });
});

describe("arithmetic past 9999 or before 0000 keeps the wording, unresolved", () => {
  it.each([
    ["A North Korean diplomat defected to South Korea two years ago.", "0001-01-05", "two years ago"],
    ["A North Korean diplomat is believed to have defected to South Korea next year.", "9999-12-31", "next year"],
  ])("%s (published %s)", (text, publishedAt, wording) => {
    expect(timeframeOf(text, publishedAt)).toEqual({ text: wording, start: null, end: null, precision: "unknown" });
  });
});
