// "earlier this year", "so far this year", "this year so far", "so far in 2015": from January 1 to the reference
// (a named year other than the reference's is the whole of it). "later this year" has not happened yet.
import { YEAR_PATTERN, iso, isoOf, unresolved, yearSpan } from "../calendar.js";
import type { TimeframeRule } from "../rule.js";

export const yearToDateRule: TimeframeRule = {
  id: "date/year-to-date",
  cue: /\b(?:this\s+year|so\s+far|to\s+date)\b/i,
  pattern: new RegExp(
    `\\b(?:(earlier|later)\\s+this\\s+year|(?:so\\s+far|to\\s+date)\\s+(?:this\\s+year|in\\s+(${YEAR_PATTERN})\\b)|this\\s+year\\s+(?:so\\s+far|to\\s+date))\\b`,
    "gi",
  ),
  resolve(match, text, reference) {
    const named = match[2] ? Number(match[2]) : null;
    if (named !== null && reference?.getUTCFullYear() !== named) return yearSpan(text, named);
    if (!reference || (match[1] ?? "").toLowerCase() === "later") return unresolved(text);
    return { text, start: iso(reference.getUTCFullYear(), 0, 1), end: isoOf(reference), precision: "year" };
  },
};
