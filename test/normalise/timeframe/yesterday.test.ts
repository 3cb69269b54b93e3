// date/yesterday: days named from the reference ("yesterday", "last night", "the day before yesterday").
import { describe, expect, it } from "vitest";
import { day, readingOf } from "./readings.js";

const reference = day("2016-10-12");

describe("date/yesterday", () => {
  it.each([
    ["The soldier crossed the demarcation line yesterday, the JCS said.", "yesterday", "2016-10-11"],
    ["The minister confirmed today that the envoy had gone.", "today", "2016-10-12"],
    ["The two swimmers failed to return to their hotel last night.", "last night", "2016-10-11"],
    ["He reached the consulate the day before yesterday.", "the day before yesterday", "2016-10-10"],
    ["Police said this morning that the boat had been found.", "this morning", "2016-10-12"],
    ["Two colonels defected to Turkey overnight, officials said.", "overnight", "2016-10-11"],
    ["The guards slipped overnight into the neighbouring province.", "overnight", "2016-10-11"],
  ])("%s", (sentence, text, resolved) => {
    expect(readingOf(sentence, reference, text)).toEqual({ text, rule: "date/yesterday", start: resolved, end: resolved, precision: "day" });
  });

  it("an overnight train is no date", () => {
    expect(readingOf("The envoy took an overnight train to Vienna.", reference, "overnight")).toBeUndefined();
  });

  it("He crossed yesterday (no reference)", () => {
    expect(readingOf("He crossed yesterday.", null, "yesterday")?.precision).toBe("unknown");
  });
});
