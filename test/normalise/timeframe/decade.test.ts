// date/decade: "the 1980s" and its early, mid and late parts; "1980s-style" describes a thing.
import { describe, expect, it } from "vitest";
import { readingOf, readings } from "./readings.js";

describe("date/decade", () => {
  it.each([
    ["The Room 35 bureau was blamed for blowing up a Korean Air plane in the 1980s.", "the 1980s", "1980-01-01", "1989-12-31"],
    ["Famine drove thousands out in the early 1990s.", "the early 1990s", "1990-01-01", "1993-12-31"],
    ["The spy ring was broken up in the mid-1980s.", "the mid-1980s", "1984-01-01", "1986-12-31"],
    ["She danced with the Kirov in the late 1970s.", "the late 1970s", "1977-01-01", "1979-12-31"],
  ])("%s", (sentence, text, start, end) => {
    expect(readingOf(sentence, null, text)).toEqual({ text, rule: "date/decade", start, end, precision: "year" });
  });

  it.each([["He wore a 1980s-style leather jacket."], ["The pensioner is in her 80s."], ["1000s of people lined the road."]])("no decade in: %s", (sentence) => {
    expect(readings(sentence, null).filter((reading) => reading.rule === "date/decade")).toEqual([]);
  });
});
