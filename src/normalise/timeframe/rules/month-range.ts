// "January-September", "from March to May 2015", "between November and February": whole months from the first named
// to the second, in the stated year (the first month in the year before when it comes later in the calendar), else the
// most recent such span up to the reference.
import { MONTH_CUE, MONTH_PATTERN, NAME_END, YEAR_PATTERN, isCapitalised, monthIndex, monthsSpan, pastMonthYear, unresolved } from "../calendar.js";
import type { TimeframeRule } from "../rule.js";

export const monthRangeRule: TimeframeRule = {
  id: "date/month-range",
  cue: MONTH_CUE,
  pattern: new RegExp(
    `\\b(?:(from|between)\\s+)?(${MONTH_PATTERN})${NAME_END}(?:\\s*[-–—/]\\s*|\\s+(to|through|until|till|and)\\s+)(${MONTH_PATTERN})${NAME_END}(?!\\.?\\s*\\d{1,2}\\b(?!\\d))(?:,?\\s+(${YEAR_PATTERN})\\b(?![-/.:]\\d))?`,
    "gi",
  ),
  resolve(match, text, reference) {
    if (!isCapitalised(match[2]) || !isCapitalised(match[4])) return null;
    const connector = (match[3] ?? "").toLowerCase();
    if (connector === "and" && (match[1] ?? "").toLowerCase() !== "between") return null;
    const first = monthIndex(match[2] ?? "");
    const last = monthIndex(match[4] ?? "");
    if (first === last) return null;
    const endYear = match[5] ? Number(match[5]) : reference ? pastMonthYear(last, reference) : null;
    if (endYear === null) return unresolved(text);
    const startYear = first < last ? endYear : endYear - 1;
    return monthsSpan(text, startYear, first, last + (endYear - startYear) * 12);
  },
};
