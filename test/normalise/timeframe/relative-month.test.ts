// date/relative-month: the month named relative to the reference, or part of it; "earlier this month" ends at it.
import { describe, expect, it } from "vitest";
import { day, readingOf } from "./readings.js";

describe("date/relative-month", () => {
  it.each([
    ["The envoy disappeared last month from his post in Rome.", "last month", "2016-10-12", "2016-09-01", "2016-09-30"],
    ["Late last month, a trade official fled with his family.", "Late last month", "2016-10-12", "2016-09-21", "2016-09-30"],
    ["He reached Seoul earlier this month, the ministry said.", "earlier this month", "2016-10-12", "2016-10-01", "2016-10-12"],
    ["Early this month, Park said the road would stay open.", "Early this month", "2016-10-12", "2016-10-01", "2016-10-10"],
    ["The boat was found at the end of last month.", "the end of last month", "2016-10-12", "2016-09-21", "2016-09-30"],
    ["Last month's defection of a colonel shook the army.", "Last month", "2017-01-05", "2016-12-01", "2016-12-31"],
  ])("%s", (sentence, text, reference, start, end) => {
    expect(readingOf(sentence, day(reference), text)).toEqual({ text, rule: "date/relative-month", start, end, precision: "month" });
  });

  it.each([
    ["The delegation is due in Seoul next month.", "next month"],
    ["A ruling is expected later this month.", "later this month"],
    ["The court sits again late this month.", "late this month"],
  ])("still to come: %s", (sentence, text) => {
    expect(readingOf(sentence, day("2016-10-12"), text)?.precision).toBe("unknown");
  });
});
