// "May of last year", "March this year", "December last year": a named month of a year named relative to the reference.
import { MONTH_CUE, MONTH_PATTERN, NAME_END, isCapitalised, monthIndex, monthSpan, relativeYear, unresolved } from "../calendar.js";
import type { TimeframeRule } from "../rule.js";

export const monthOfRelativeYearRule: TimeframeRule = {
  id: "date/month-of-relative-year",
  cue: MONTH_CUE,
  pattern: new RegExp(`\\b(${MONTH_PATTERN})${NAME_END}\\s+(?:of\\s+)?(this|last|next|previous)\\s+year\\b`, "gi"),
  resolve(match, text, reference) {
    if (!isCapitalised(match[1])) return null;
    const year = reference ? relativeYear(match[2] ?? "", reference) : null;
    return year === null ? unresolved(text) : monthSpan(text, year, monthIndex(match[1] ?? ""));
  },
};
