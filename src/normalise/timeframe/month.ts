// Named months without a day: "May of last year", "December 2013", and "in April" (the most recent past April:
// news reports what has happened, so a month later in the year than the reference means last year's).
import { MONTH_PATTERN, YEAR_PATTERN, isoOf, monthIndex, monthSpan, pastMonthYear, relativeYear, unresolved } from "./calendar.js";
import type { TimeframeRule } from "./rule.js";

export const monthOfRelativeYearRule: TimeframeRule = {
  id: "date/month-of-relative-year",
  pattern: new RegExp(`\\b(${MONTH_PATTERN})(?![a-z])\\s+(?:of\\s+)?(this|last|next|previous)\\s+year\\b`, "gi"),
  resolve(match, text, reference) {
    if (!isCapitalised(match[1])) return null;
    if (!reference) return unresolved(text);
    return monthSpan(text, relativeYear(match[2] ?? "this", reference), monthIndex(match[1] ?? ""));
  },
};

export const monthYearRule: TimeframeRule = {
  id: "date/month-year",
  pattern: new RegExp(`\\b(${MONTH_PATTERN})(?![a-z]),?\\s+(?:of\\s+)?(${YEAR_PATTERN})\\b(?![-/.:]\\d)`, "gi"),
  resolve(match, text) {
    return isCapitalised(match[1]) ? monthSpan(text, Number(match[2]), monthIndex(match[1] ?? "")) : null;
  },
};

/** A month after a preposition and not followed by a day or year: "in April", "since November", "by March". */
export const pastMonthRule: TimeframeRule = {
  id: "date/past-month",
  pattern: new RegExp(
    `(?:\\b(since)\\s+|(?<=\\b(?:in|during|by|until|till|from|of|before|after|through|between|and|or|to|last)\\s+))(${MONTH_PATTERN})(?![a-z])(?![.,]?\\s*\\d)`,
    "gi",
  ),
  resolve(match, text, reference) {
    if (!isCapitalised(match[2])) return null;
    if (!reference) return unresolved(text);
    const month = monthIndex(match[2] ?? "");
    const span = monthSpan(text, pastMonthYear(month, reference), month);
    return match[1] ? { ...span, end: isoOf(reference) } : span;
  },
};

/** "May" and "March" are also a verb and a modal: a month name counts only when written with a capital. */
function isCapitalised(word: string | undefined): boolean {
  const first = word?.charAt(0) ?? "";
  return first !== "" && first === first.toUpperCase();
}
