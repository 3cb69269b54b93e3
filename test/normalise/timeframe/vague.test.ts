// date/vague and date/relative-to-event: times the text gives no calendar date for keep their words, dates null.
import { describe, expect, it } from "vitest";
import { day, readingOf, readings } from "./readings.js";

const reference = day("2016-10-12");

describe("date/vague", () => {
  it.each([
    ["A diplomat is believed to have brought currency when he recently defected.", "recently"],
    ["The number of elite North Koreans escaping has increased in recent years.", "recent years"],
    ["Several crews have jumped ship in recent months.", "recent months"],
    ["Defections have picked up lately, officials say.", "lately"],
    ["He left the mission some time ago.", "some time ago"],
    ["Many years ago, his father had tried the same route.", "Many years ago"],
  ])("%s", (sentence, text) => {
    expect(readingOf(sentence, reference, text)).toEqual({ text, rule: "date/vague", start: null, end: null, precision: "unknown" });
  });
});

describe("date/relative-to-event", () => {
  it.each([
    ["Tony Chung was detained that day on his way to the consulate.", "that day"],
    ["The next morning the gymnast was gone.", "The next morning"],
    ["She had told her coach the night before that she was ill.", "the night before"],
    ["Two years later he defected to Britain.", "Two years later"],
    ["A week earlier, a fisherman had made the same trip.", "A week earlier"],
    ["Around the same time, a second diplomat disappeared.", "Around the same time"],
    ["Days later the pair surfaced in Bangkok.", "Days later"],
    ["Arrivals had fallen the previous year as well.", "the previous year"],
  ])("%s", (sentence, text) => {
    expect(readingOf(sentence, reference, text)).toEqual({ text, rule: "date/relative-to-event", start: null, end: null, precision: "unknown" });
  });

  it.each([["One day he simply did not come back."], ["The day-long search found nothing."], ["He spent years in the camps before his escape."]])(
    "no time from another event in: %s",
    (sentence) => {
      expect(readings(sentence, reference).filter((reading) => reading.rule === "date/relative-to-event")).toEqual([]);
    },
  );
});
