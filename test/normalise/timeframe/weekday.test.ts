// date/weekday: a day of the week, with the part of the day news adds, is the latest such day at or before the reference.
import { describe, expect, it } from "vitest";
import { day, readingOf, readings } from "./readings.js";

const wednesday = day("2016-10-12");
const tuesday1987 = day("1987-03-03");

describe("date/weekday against Wednesday 12 October 2016", () => {
  it.each([
    ["The sailor jumped into the river late Monday, the agency said.", "late Monday", "2016-10-10"],
    ["Police said the pair slipped away from the team hotel Friday night.", "Friday night", "2016-10-07"],
    ["On Thursday morning the crew found the hold empty.", "Thursday morning", "2016-10-06"],
    ["He was last seen early Tuesday near the harbour in Nampo.", "early Tuesday", "2016-10-11"],
    ["A spokesman said on Wednesday that the envoy had gone.", "Wednesday", "2016-10-12"],
    ["The family crossed the river last Saturday, relatives told reporters.", "last Saturday", "2016-10-08"],
    ["The defector resurfaced in Bangkok this past Sunday.", "this past Sunday", "2016-10-09"],
    ["The colonel's plane touched down at Misawa late on Sunday night.", "late on Sunday night", "2016-10-09"],
    ["The striker went missing on Saturday evening after the match in Kampala.", "Saturday evening", "2016-10-08"],
    ["The ministry's Friday statement gave no names.", "Friday", "2016-10-07"],
  ])("%s", (sentence, text, resolved) => {
    expect(readingOf(sentence, wednesday, text)).toEqual({ text, rule: "date/weekday", start: resolved, end: resolved, precision: "day" });
  });
});

describe("date/weekday in older copy", () => {
  it.each([
    ["The ballerina asked for asylum on Friday, the State Department said.", "Friday", "1987-02-27"],
    ["The seaman was handed back to his ship last Tuesday.", "last Tuesday", "1987-02-24"],
    ["Border guards said he swam across Tuesday afternoon.", "Tuesday afternoon", "1987-03-03"],
  ])("%s", (sentence, text, resolved) => {
    expect(readingOf(sentence, tuesday1987, text)).toEqual({ text, rule: "date/weekday", start: resolved, end: resolved, precision: "day" });
  });
});

describe("date/weekday that cannot be placed keeps its words", () => {
  it.each([
    ["The delegation will fly to Geneva next Monday.", "next Monday", wednesday],
    ["The diplomat left his post on Friday, his colleagues said.", "Friday", null],
  ])("%s", (sentence, text, reference) => {
    expect(readingOf(sentence, reference, text)).toEqual({ text, rule: "date/weekday", start: null, end: null, precision: "unknown" });
  });
});

describe("date/weekday: names and habits are no dates", () => {
  it.each([
    ["Friday prayers at the mosque were cancelled."],
    ["They fled across the border on Good Friday."],
    ["The Sunday Times first reported the defection."],
    ["Markets fell sharply on Black Monday."],
    ["He told the Mail on Sunday that he had no regrets."],
    ["The clinic is closed on Fridays and at 10:30 p.m. every night."],
  ])("%s", (sentence) => {
    expect(readings(sentence, wednesday).filter((reading) => reading.rule === "date/weekday")).toEqual([]);
  });
});
