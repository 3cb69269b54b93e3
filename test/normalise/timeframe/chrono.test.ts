// date/chrono: calendar dates chrono-node reads (a day of a named month in either order, numeric dates, ranges),
// past-biased, with the year computed from the reference.
import { describe, expect, it } from "vitest";
import { day, readingOf, readings } from "./readings.js";

const reference = day("2016-10-12");

describe("date/chrono", () => {
  it.each([
    ["On Aug. 3, 1981, the pianist walked into the embassy.", "Aug. 3, 1981", "1981-08-03", "1981-08-03"],
    ["The trawler was seized on 3 August 1981, the coast guard said.", "3 August 1981", "1981-08-03", "1981-08-03"],
    ["He left the mission Aug 3 and was not seen again.", "Aug 3", "2016-08-03", "2016-08-03"],
    ["They reached the consulate on the 3rd of August.", "the 3rd of August", "2016-08-03", "2016-08-03"],
    ["The colonel crossed the border on Dec. 5, a lawmaker said.", "Dec. 5", "2015-12-05", "2015-12-05"],
    ["The 13 workers arrived at 2:30 a.m. on June 18, officials said.", "June 18", "2016-06-18", "2016-06-18"],
    ["The group reached the border on January 2nd.", "January 2nd", "2016-01-02", "2016-01-02"],
    ["He arrived Monday, Oct. 10, officials said.", "Monday, Oct. 10", "2016-10-10", "2016-10-10"],
    ["The file is dated 2016-10-01 in the court papers.", "2016-10-01", "2016-10-01", "2016-10-01"],
    ["The athletes hid from Dec. 28 to Jan. 3 in a church.", "from Dec. 28 to Jan. 3", "2015-12-28", "2016-01-03"],
    ["The talks ran Aug. 3-10, 1981, in Vienna.", "Aug. 3-10, 1981", "1981-08-03", "1981-08-10"],
    ["Born on 12 March 1931 in Leningrad, he defected during a tour of London.", "12 March 1931", "1931-03-12", "1931-03-12"],
    ["He sought asylum on 3rd August 1971 at the British embassy.", "3rd August 1971", "1971-08-03", "1971-08-03"],
    ["The footballers vanished on Sunday 8 December, the federation said.", "Sunday 8 December", "2013-12-08", "2013-12-08"],
    ["The dancer left the hotel on Wednesday, September 4, a colleague recalled.", "Wednesday, September 4", "2013-09-04", "2013-09-04"],
    ["The wrestler's visa expired on 13/08/2016, the court heard.", "13/08/2016", "2016-08-13", "2016-08-13"],
  ])("%s", (sentence, text, start, end) => {
    expect(readingOf(sentence, reference, text)).toEqual({ text, rule: "date/chrono", start, end, precision: "day" });
  });

  it.each([
    ["The colonel crossed on Dec. 5, a lawmaker said.", "Dec. 5", null, null, "unknown"],
    ["The pianist defected on Aug. 3, 1981.", "Aug. 3, 1981", "1981-08-03", "1981-08-03", "day"],
  ])("without a reference: %s", (sentence, text, start, end, precision) => {
    expect(readingOf(sentence, null, text)).toEqual({ text, rule: "date/chrono", start, end, precision });
  });

  it.each([
    ["The meeting started at 10:49 p.m. and lasted three hours."],
    ["Talks resume within a week, officials said."],
    ["Officials may 12 times have asked for him back."],
  ])("no calendar date in: %s", (sentence) => {
    expect(readings(sentence, reference)).toEqual([]);
  });
});
