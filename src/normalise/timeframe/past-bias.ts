// Reads a chrono-node result as a Timeframe, biased to the past: a month-day or weekday that chrono puts after the
// reference moves back a year or a week (news reports what has happened). Relative and time-only results are dropped:
// the news rules read relative wording, and a time of day alone is not a timeframe.
import type { ParsedResult } from "chrono-node";
import type { Timeframe } from "../../contract.js";
import { daySpan, isYearInRange, monthSpan, shifted, unresolved, utcDate, yearSpan } from "./calendar.js";
import { wording, type TimeframeCandidate } from "./rule.js";

const RULE = "date/chrono";
/** chrono's own relative readings ("within a week", "for three hours"): durations or guesses, not dates. */
const relativeTags = /^(?:result\/relative|casualReference)/;
const trailingTime = /(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,4}\)?)?)$/i;

export function timeframeFromChrono(result: ParsedResult, reference: Date | null): TimeframeCandidate | null {
  if ([...result.tags()].some((tag) => relativeTags.test(tag))) return null;
  const known = result.start;
  const hasDay = known.isCertain("day") || known.isCertain("weekday");
  const hasMonth = known.isCertain("month");
  const hasYear = known.isCertain("year");
  if (!hasDay && !hasMonth && !hasYear) return null;
  const { text: worded, skipped } = wording(result.text.replace(trailingTime, "").replace(/[\s,;:]+$/, ""));
  if (!hasDay && !/^[A-Z]/.test(worded)) return null;
  const start = result.index + skipped;
  const candidate = (timeframe: Timeframe | null): TimeframeCandidate | null =>
    timeframe ? { start, end: start + worded.length, timeframe, rule: RULE } : null;

  const year = known.get("year") ?? 0;
  if (hasYear && !isYearInRange(year)) return null;
  if (hasYear && !hasMonth && !hasDay) return candidate(yearSpan(worded, year));
  if (!hasYear && !reference) return candidate(unresolved(worded));
  let day = utcDate(year, (known.get("month") ?? 1) - 1, known.get("day") ?? 1);
  if (reference && !hasYear && day > reference) day = shifted(day, hasMonth ? "year" : "week", -1);
  if (!hasDay) return candidate(monthSpan(worded, day.getUTCFullYear(), day.getUTCMonth()));
  return candidate(daySpan(worded, day));
}
