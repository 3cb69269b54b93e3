// "last December", "this past March": the most recent such month wholly before the reference's month; "this March" is
// the reference year's, if it has begun.
import { MONTH_CUE, MONTH_PATTERN, NAME_END, isCapitalised, monthIndex, monthSpan, unresolved } from "../calendar.js";
import type { TimeframeRule } from "../rule.js";

export const lastMonthNameRule: TimeframeRule = {
  id: "date/last-month-name",
  cue: MONTH_CUE,
  pattern: new RegExp(`\\b(last|this\\s+past|past|this)\\s+(${MONTH_PATTERN})${NAME_END}(?!\\.?\\s*\\d)`, "gi"),
  resolve(match, text, reference) {
    if (!isCapitalised(match[2])) return null;
    if (!reference) return unresolved(text);
    const month = monthIndex(match[2] ?? "");
    const current = reference.getUTCMonth();
    const year = reference.getUTCFullYear();
    if ((match[1] ?? "").toLowerCase() === "this") return month <= current ? monthSpan(text, year, month) : unresolved(text);
    return monthSpan(text, month < current ? year : year - 1, month);
  },
};
