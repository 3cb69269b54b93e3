// "late 2015", "mid-2014", "early last year", "late in 2017", "the end of 2014": a third of a year; "earlier in 2018"
// and "later in 2018" say only the year.
import { YEAR_PATTERN, monthsSpan, partBounds, partsOf, relativeYear, unresolved, yearSpan } from "../calendar.js";
import type { TimeframeRule } from "../rule.js";

export const earlyLateYearRule: TimeframeRule = {
  id: "date/early-late-year",
  cue: /\b(?:early|mid|late|earlier|later|beginning|start|end|middle)/i,
  pattern: new RegExp(
    `\\b(?:(early|mid|late)(?:\\s*-\\s*|\\s+in\\s+|\\s+)|(earlier|later)\\s+in\\s+|the\\s+(beginning|start|end|middle)\\s+of\\s+)(?:(${YEAR_PATTERN})\\b(?![-/.:,]\\d)|(last|this|previous)\\s+year\\b)`,
    "gi",
  ),
  resolve(match, text, reference) {
    const year = match[4] ? Number(match[4]) : reference ? relativeYear(match[5] ?? "this", reference) : null;
    if (year === null) return unresolved(text);
    if (match[2]) return yearSpan(text, year);
    const [from, to] = partBounds(partsOf.year, match[1] ?? match[3] ?? "") ?? [0, 11];
    return monthsSpan(text, year, from, to);
  },
};
