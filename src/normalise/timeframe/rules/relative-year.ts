// "last year", "this year", "the previous year": the whole year named relative to the reference ("this year" is all of
// it, by the annotation convention). "next year" has not happened yet.
import { relativeYear, unresolved, yearSpan } from "../calendar.js";
import type { TimeframeRule } from "../rule.js";

export const relativeYearRule: TimeframeRule = {
  id: "date/relative-year",
  cue: /\byear\b/i,
  pattern: /\b(last|this|next|previous|past)\s+year\b(?!-)/gi,
  resolve(match, text, reference) {
    const year = reference ? relativeYear(match[1] ?? "", reference) : null;
    return year === null ? unresolved(text) : yearSpan(text, year);
  },
};
