// "the first nine months of this year", "the second half of last year", "the first quarter of 2016": whole months
// counted within a year.
import { COUNT_PATTERN, YEAR_PATTERN, countRange, iso, lastDayOf, relativeYear, unresolved } from "../calendar.js";
import type { TimeframeRule } from "../rule.js";

const ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, last: -1, final: -1 };

export const partOfYearRule: TimeframeRule = {
  id: "date/part-of-year",
  cue: /\b(?:half|quarter|months)\b/i,
  pattern: new RegExp(
    `\\b(?:the\\s+)?(first|second|third|fourth|last|final)\\s+(?:(${COUNT_PATTERN})\\s+(months)|(half|quarter))\\s+of\\s+(?:(this|last|previous)\\s+year|the\\s+year|(${YEAR_PATTERN})\\b)`,
    "gi",
  ),
  resolve(match, text, reference) {
    const year = match[6] ? Number(match[6]) : reference ? relativeYear(match[5] ?? "this", reference) : null;
    if (year === null) return unresolved(text);
    const which = ORDINALS[(match[1] ?? "first").toLowerCase()] ?? 1;
    const length = match[3] ? (countRange(match[2] ?? "")?.[0] ?? 0) : match[4]?.toLowerCase() === "half" ? 6 : 3;
    if (length < 1 || length > 12) return null;
    const firstMonth = which === -1 ? 12 - length : match[3] ? 0 : (which - 1) * length;
    if (firstMonth < 0 || firstMonth + length > 12) return null;
    const lastMonth = firstMonth + length - 1;
    return { text, start: iso(year, firstMonth, 1), end: iso(year, lastMonth, lastDayOf(year, lastMonth)), precision: "month" };
  },
};
