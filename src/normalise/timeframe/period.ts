// Periods counted from the reference or within a year: "over the past eight to nine months", "two years ago",
// "the first nine months of this year", "the second half of last year", "late 2015".
import {
  COUNT_PATTERN,
  YEAR_PATTERN,
  countValue,
  daySpan,
  iso,
  isoOf,
  lastDayOf,
  monthSpan,
  relativeYear,
  shifted,
  unresolved,
  yearSpan,
} from "./calendar.js";
import type { Timeframe } from "../../contract.js";
import type { TimeframeRule } from "./rule.js";

type Unit = "year" | "month" | "week" | "day";
const PRECISION: Record<Unit, Timeframe["precision"]> = { year: "year", month: "month", week: "day", day: "day" };

function unitOf(word: string): { unit: Unit; factor: number } {
  const singular = word.toLowerCase().replace(/s$/, "");
  if (singular === "decade") return { unit: "year", factor: 10 };
  return { unit: singular as Unit, factor: 1 };
}

/** Back from the reference by the larger count: "over the past eight to nine months" starts nine months before it. */
export const pastPeriodRule: TimeframeRule = {
  id: "date/past-period",
  pattern: new RegExp(
    `\\b(?:(?:over|in|during|for|within|throughout)\\s+)?the\\s+(?:past|last|previous)\\s+(?:${COUNT_PATTERN}\\s*(?:to|or|-)\\s*)?(?:${COUNT_PATTERN}\\s+)?(years?|months?|weeks?|days?|decades?)\\b`,
    "gi",
  ),
  resolve(match, text, reference) {
    if (!reference) return unresolved(text);
    const { unit, factor } = unitOf(match[3] ?? "year");
    const amount = Math.max(countValue(match[1] ?? "1"), countValue(match[2] ?? "1")) * factor;
    return { text, start: isoOf(shifted(reference, unit, -amount)), end: isoOf(reference), precision: PRECISION[unit] };
  },
};

export const agoRule: TimeframeRule = {
  id: "date/ago",
  pattern: new RegExp(`\\b${COUNT_PATTERN}\\s+(years?|months?|weeks?|days?|decades?)\\s+ago\\b`, "gi"),
  resolve(match, text, reference) {
    if (!reference) return unresolved(text);
    const { unit, factor } = unitOf(match[2] ?? "year");
    const then = shifted(reference, unit, -countValue(match[1] ?? "1") * factor);
    if (unit === "year") return yearSpan(text, then.getUTCFullYear());
    if (unit === "month") return monthSpan(text, then.getUTCFullYear(), then.getUTCMonth());
    return daySpan(text, then);
  },
};

export const yesterdayRule: TimeframeRule = {
  id: "date/yesterday",
  pattern: /\b(?:yesterday|today)\b/gi,
  resolve(match, text, reference) {
    if (!reference) return unresolved(text);
    return daySpan(text, match[0].toLowerCase() === "today" ? reference : shifted(reference, "day", -1));
  },
};

const PART_WORDS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1, final: -1 };

/** "the first nine months of this year", "the second half of last year", "the first quarter of 2016". */
export const partOfYearRule: TimeframeRule = {
  id: "date/part-of-year",
  pattern: new RegExp(
    `\\b(?:the\\s+)?(first|second|third|fourth|last|final)\\s+(?:${COUNT_PATTERN}\\s+(months)|(half|quarter))\\s+of\\s+(?:(this|last|next|previous)\\s+year|the\\s+year|(${YEAR_PATTERN})\\b)`,
    "gi",
  ),
  resolve(match, text, reference) {
    const year = match[6] ? Number(match[6]) : reference ? relativeYear(match[5] ?? "this", reference) : null;
    if (year === null) return unresolved(text);
    const which = PART_WORDS[(match[1] ?? "first").toLowerCase()] ?? 1;
    const length = match[3] ? countValue(match[2] ?? "1") : match[4]?.toLowerCase() === "half" ? 6 : 3;
    if (length < 1 || length > 12) return null;
    const firstMonth = which === -1 ? 12 - length : match[3] ? 0 : (which - 1) * length;
    if (firstMonth < 0 || firstMonth + length > 12) return null;
    const lastMonth = firstMonth + length - 1;
    return { text, start: iso(year, firstMonth, 1), end: iso(year, lastMonth, lastDayOf(year, lastMonth)), precision: "month" };
  },
};

const SEASON_OF_YEAR: Record<string, [number, number]> = { early: [0, 3], mid: [4, 7], late: [8, 11] };

/** "late 2015", "early last year", "mid-2014": a third of a year. */
export const partOfNamedYearRule: TimeframeRule = {
  id: "date/early-late-year",
  pattern: new RegExp(`\\b(early|mid|late)(?:\\s*-\\s*|\\s+)(?:(${YEAR_PATTERN})\\b(?![-/.:,]\\d)|(last|this|previous)\\s+year\\b)`, "gi"),
  resolve(match, text, reference) {
    const year = match[2] ? Number(match[2]) : reference ? relativeYear(match[3] ?? "this", reference) : null;
    if (year === null) return unresolved(text);
    const [from, to] = SEASON_OF_YEAR[(match[1] ?? "early").toLowerCase()] ?? [0, 11];
    return { text, start: iso(year, from, 1), end: iso(year, to, lastDayOf(year, to)), precision: "month" };
  },
};
