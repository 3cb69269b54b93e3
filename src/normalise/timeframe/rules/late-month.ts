// "late July", "mid-June 2015", "end-September", "the end of May last year", "the beginning of March": a part of a
// named month (early 1-10, mid 11-20, late 21-end), in the most recent such month unless a year is given.
import { MONTH_CUE, MONTH_PATTERN, NAME_END, YEAR_PATTERN, isCapitalised, monthIndex, monthSpan, partBounds, partsOf, pastMonthYear, relativeYear, unresolved } from "../calendar.js";
import type { TimeframeRule } from "../rule.js";

export const lateMonthRule: TimeframeRule = {
  id: "date/late-month",
  cue: MONTH_CUE,
  pattern: new RegExp(
    `\\b(?:(?:the\\s+)?(?<part>early|mid|late|end)(?:\\s*-\\s*|\\s+of\\s+|\\s+)|the\\s+(?<named>beginning|start|middle)\\s+of\\s+)` +
      `(?<month>${MONTH_PATTERN})${NAME_END}(?!\\.?\\s*\\d{1,2}\\b(?!\\d))` +
      `(?:,?\\s+(?<year>${YEAR_PATTERN})\\b|\\s+(?:of\\s+)?(?<relative>this|last|previous)\\s+year\\b)?`,
    "gi",
  ),
  resolve(match, text, reference) {
    const { part, named, month: word, year: stated, relative } = match.groups ?? {};
    if (!isCapitalised(word)) return null;
    const month = monthIndex(word ?? "");
    const year = stated ? Number(stated) : !reference ? null : relative ? relativeYear(relative, reference) : pastMonthYear(month, reference);
    if (year === null) return unresolved(text);
    const [from, to] = partBounds(partsOf.month, part ?? named ?? "") ?? [1, 31];
    return monthSpan(text, year, month, from, to);
  },
};
