// The refiners: ranges worded over two timeframes, open ends ("since", "until", "as of"), approximate dates, and
// "the ... period" wording.
import { describe, expect, it } from "vitest";
import { day, readingOf, readings } from "./readings.js";

describe("date/range joins two timeframes worded as one span", () => {
  it.each([
    ["Arrivals held steady between 2011 and 2014.", "between 2011 and 2014", "2016-10-12", "2011-01-01", "2014-12-31", "year"],
    ["One worker fled each year from 2006 to 2008.", "from 2006 to 2008", "2009-12-23", "2006-01-01", "2008-12-31", "year"],
    ["The crossings rose between late 2011 and early 2012.", "between late 2011 and early 2012", "2016-10-12", "2011-09-01", "2012-04-30", "month"],
    ["The women arrived either Tuesday or early Wednesday.", "either Tuesday or early Wednesday", "2016-06-01", "2016-05-31", "2016-06-01", "day"],
    ["About 1,600 doctors have come from January to date.", "from January to date", "2015-08-22", "2015-01-01", "2015-08-22", "month"],
    ["The camp has been open from 2011 to the present.", "from 2011 to the present", "2016-10-12", "2011-01-01", "2016-10-12", "year"],
  ])("%s", (sentence, text, reference, start, end, precision) => {
    expect(readingOf(sentence, day(reference), text)).toEqual({ text, rule: "date/range", start, end, precision });
  });

  it.each([
    ["Defections rose from eight in 2013 to 18 in 2014.", ["2013", "2014"]],
    ["He visited Seoul in 2011 and 2014.", ["2011", "2014"]],
  ])("separate timeframes in: %s", (sentence, texts) => {
    expect(readings(sentence, day("2016-10-12")).map((reading) => reading.text)).toEqual(texts);
  });
});

describe("date/since, date/until and date/as-of open one end", () => {
  it.each([
    ["Numbers have dropped since 2011.", "since 2011", "2016-10-12", "2011-01-01", "2016-10-12", "year", "date/since"],
    ["Defections have risen since 2011.", "since 2011", null, "2011-01-01", null, "year", "date/since"],
    ["Defections have risen since 2011.", "since 2011", "0001-01-01", "2011-01-01", null, "year", "date/since"],
    ["Fishing boats have drifted south since the 1990s.", "since the 1990s", "2023-10-24", "1990-01-01", "2023-10-24", "year", "date/since"],
    ["The official has been missing since January.", "since January", "2016-02-10", "2016-01-01", "2016-02-10", "month", "date/since"],
    ["He served as ambassador in Rome until 2014.", "until 2014", "2016-10-12", null, "2014-12-31", "year", "date/until"],
    ["She trained with the national team up until last year.", "up until last year", "2016-10-12", null, "2015-12-31", "year", "date/until"],
    ["As of end-September, 29,830 defectors had arrived.", "end-September", "2016-10-12", null, "2016-09-30", "month", "date/as-of"],
    ["As of the end of September, 1,000 had arrived.", "the end of September", "2012-10-28", null, "2012-09-30", "month", "date/as-of"],
  ])("%s", (sentence, text, reference, start, end, precision, rule) => {
    expect(readingOf(sentence, reference ? day(reference) : null, text)).toEqual({ text, rule, start, end, precision });
  });
});

describe("date/approximate keeps the hedge in the wording", () => {
  it.each([
    ["She crossed the river around Aug. 16, her family said.", "around Aug. 16", "2016-08-16", "2016-08-16", "day"],
    ["The diplomat defected circa 1985, the files show.", "circa 1985", "1985-01-01", "1985-12-31", "year"],
    ["The engineer left roughly mid-2014.", "roughly mid-2014", "2014-05-01", "2014-08-31", "month"],
  ])("%s", (sentence, text, start, end, precision) => {
    expect(readingOf(sentence, day("2016-10-12"), text)).toEqual({ text, rule: "date/approximate", start, end, precision });
  });

  it("Around the same time, a second diplomat disappeared: already worded as a time of another event", () => {
    expect(readingOf("Around the same time, a second diplomat disappeared.", day("2016-10-12"), "Around the same time")?.rule).toBe("date/relative-to-event");
  });
});

describe("the ... period is the wording of a period", () => {
  it.each([
    ["Fewer came in the January-March period than a year earlier.", "the January-March period", "date/month-range"],
    ["Fewer came in the 2011-2014 period than before.", "the 2011-2014 period", "date/year-range"],
  ])("%s", (sentence, text, rule) => {
    expect(readingOf(sentence, day("2016-10-12"), text)?.rule).toBe(rule);
  });
});
