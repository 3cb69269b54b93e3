// date/weekend: the most recent Saturday and Sunday up to the reference; "last weekend" is the one wholly before it.
import { describe, expect, it } from "vitest";
import { day, readingOf } from "./readings.js";

describe("date/weekend", () => {
  it.each([
    ["Three players went missing over the weekend, the coach said.", "over the weekend", "2016-10-12", "2016-10-08", "2016-10-09"],
    ["The pair were last seen at the team hotel last weekend.", "last weekend", "2016-10-12", "2016-10-08", "2016-10-09"],
    ["Two more sailors jumped ship over the weekend.", "over the weekend", "2019-06-02", "2019-06-01", "2019-06-02"],
    ["Officials said the boat had left port last weekend.", "last weekend", "2019-06-02", "2019-05-25", "2019-05-26"],
    ["The athlete walked out of the training camp at the weekend.", "the weekend", "2019-06-01", "2019-06-01", "2019-06-01"],
  ])("%s", (sentence, text, reference, start, end) => {
    expect(readingOf(sentence, day(reference), text)).toEqual({ text, rule: "date/weekend", start, end, precision: "day" });
  });

  it("Three players went missing over the weekend (no reference)", () => {
    expect(readingOf("Three players went missing over the weekend.", null, "over the weekend")?.precision).toBe("unknown");
  });
});
