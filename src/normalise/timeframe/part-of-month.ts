// "late July", "mid-June 2015", "end-September", "the end of May last year": a part of a named month
// (early 1-10, mid 11-20, late 21-end), in the most recent such month unless a year is given.
import { MONTH_PATTERN, YEAR_PATTERN, monthIndex, monthSpan, partOfMonthDays, pastMonthYear, relativeYear, unresolved } from "./calendar.js";
import type { TimeframeRule } from "./rule.js";

export const partOfMonthRule: TimeframeRule = {
  id: "date/late-month",
  pattern: new RegExp(
    `\\b(?:the\\s+)?(early|mid|late|end|beginning|start)(?:\\s*-\\s*|\\s+of\\s+|\\s+)(${MONTH_PATTERN})(?![a-z])(?:,?\\s+(${YEAR_PATTERN})\\b|\\s+(?:of\\s+)?(this|last|next)\\s+year\\b)?`,
    "gi",
  ),
  resolve(match, text, reference) {
    const month = monthIndex(match[2] ?? "");
    const year = match[3]
      ? Number(match[3])
      : reference
        ? match[4] ? relativeYear(match[4], reference) : pastMonthYear(month, reference)
        : null;
    if (year === null) return unresolved(text);
    const [from, to] = partOfMonthDays(match[1] ?? "late");
    return monthSpan(text, year, month, from, to);
  },
};
