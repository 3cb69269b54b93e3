// "December 2013", "Dec. 2013", "June of 2011": a named month of a stated year, read without a reference.
import { MONTH_CUE, MONTH_PATTERN, NAME_END, YEAR_PATTERN, isCapitalised, monthIndex, monthSpan } from "../calendar.js";
import type { TimeframeRule } from "../rule.js";

export const monthYearRule: TimeframeRule = {
  id: "date/month-year",
  cue: MONTH_CUE,
  pattern: new RegExp(`\\b(${MONTH_PATTERN})${NAME_END},?\\s+(?:of\\s+)?(${YEAR_PATTERN})\\b(?![-/.:]\\d)`, "gi"),
  resolve(match, text) {
    return isCapitalised(match[1]) ? monthSpan(text, Number(match[2]), monthIndex(match[1] ?? "")) : null;
  },
};
