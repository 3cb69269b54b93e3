// "2011-2014", "2011-14", "1950-53", "2015/16": every year from the first to the second; two digits after the dash
// end the range in the same century. Worded ranges ("from 2011 to 2014") are joined by the range refiner.
import { YEAR_PATTERN, yearSpan } from "../calendar.js";
import type { TimeframeRule } from "../rule.js";

const CENTURY = 100;

export const yearRangeRule: TimeframeRule = {
  id: "date/year-range",
  cue: /\d{4}\s*[-–—/]\s*\d{2}/,
  pattern: new RegExp(`(?<![\\w.,/:$-])(${YEAR_PATTERN})\\s*[-–—/]\\s*(${YEAR_PATTERN}|\\d{2})(?![\\w/:%]|[-.,]\\d)`, "g"),
  resolve(match, text) {
    const first = Number(match[1]);
    const written = match[2] ?? "";
    const last = written.length === 2 ? first - (first % CENTURY) + Number(written) : Number(written);
    return last > first && last - first < CENTURY ? yearSpan(text, first, last) : null;
  },
};
