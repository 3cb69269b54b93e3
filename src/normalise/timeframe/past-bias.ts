// Reads a chrono-node result as a Timeframe, biased to the past: a day of a month without a year is the latest such
// day at or before the reference (news reports what has happened). The year is computed here, never implied by
// chrono, so it stays right for any reference. Results without a day or a month name (weekdays, years, "10/2016") are
// left to the news rules.
import type { ParsedComponents, ParsedResult } from "chrono-node";
import type { Timeframe } from "../../contract.js";
import { MONTH_PATTERN, NAME_END, daysSpan, isCapitalised, isYearInRange, monthSpan, shifted, unresolved, utcDate } from "./calendar.js";
import { wording, type TimeframeCandidate } from "./rule.js";

const RULE = "date/chrono";
/** chrono's own relative readings ("within a week", "for three hours"): durations or guesses, not dates. */
const relativeTags = /^(?:result\/relative|casualReference)/;
const monthWord = new RegExp(`${MONTH_PATTERN}${NAME_END}`, "i");
/** "the 3rd of August": the article belongs to the wording; so does "from" or "between" before a range. */
const ordinalOfMonth = /^\d{1,2}(?:st|nd|rd|th)\s+of\s/i;
const rangeOpener = /\b(?:from|between)\s+$/i;
/** A day of the year falls on every weekday within 28 years, leap days included. */
const WEEKDAY_CYCLE_YEARS = 28;

/** `parsed` is the text chrono read, for the words just before the result ("the 3rd of August", "from ... to"). */
export function timeframeFromChrono(result: ParsedResult, reference: Date | null, parsed = ""): TimeframeCandidate | null {
  if ([...result.tags()].some((tag) => relativeTags.test(tag))) return null;
  const known = result.start;
  const hasDay = known.isCertain("day");
  const hasMonth = known.isCertain("month");
  const hasYear = known.isCertain("year");
  if (!hasDay && !hasMonth && !hasYear) return null;
  const trimmed = wording(result.text.replace(/[\s,;:]+$/, ""));
  // "he may 27 times": a month is written with a capital.
  const month = monthWord.exec(trimmed.text);
  if (month && !isCapitalised(month[0])) return null;
  if (!hasDay && !month) return null;
  const before = parsed.slice(0, result.index + trimmed.skipped);
  const article = ordinalOfMonth.test(trimmed.text) ? /\bthe\s+$/i.exec(before) : result.end ? rangeOpener.exec(before) : null;
  const start = result.index + trimmed.skipped - (article?.[0].length ?? 0);
  const text = (article?.[0] ?? "") + trimmed.text;
  const timeframe = reading(known, result.end, text, reference);
  return timeframe ? { start, end: start + text.length, timeframe, rule: RULE } : null;
}

function reading(known: ParsedComponents, end: ParsedComponents | null | undefined, text: string, reference: Date | null): Timeframe | null {
  if (known.isCertain("year") && !isYearInRange(known.get("year") ?? 0)) return null;
  // "from Aug. 3 to Aug. 10, 1981": the year written at the end is the start's too.
  const written = known.isCertain("year") ? known : end?.isCertain("year") ? end : null;
  if (!written && !reference) return unresolved(text);
  let first = dayOf(known, written?.get("year") ?? null, reference);
  if (!first) return null;
  if (!written && known.isCertain("weekday")) first = withWeekday(first, known.get("weekday") ?? first.getUTCDay());
  if (!known.isCertain("day")) return monthSpan(text, first.getUTCFullYear(), first.getUTCMonth());
  if (!end) return daysSpan(text, first, first);
  let last = dayOf(end, end.isCertain("year") ? (end.get("year") ?? 0) : first.getUTCFullYear(), null);
  if (!last) return null;
  // "from Dec. 28 to Jan. 3": the years differ; a range still under way at the reference ends there.
  if (last < first && !end.isCertain("year")) last = shifted(last, "year", 1);
  else if (last < first && !known.isCertain("year")) first = shifted(first, "year", -1);
  if (!written && reference && last > reference) last = reference;
  return last >= first ? daysSpan(text, first, last) : null;
}

/** "Sunday 8 December" without a year: the latest such day that was a Sunday, within the weekday cycle. */
function withWeekday(day: Date, weekday: number): Date {
  const [month, date] = [day.getUTCMonth(), day.getUTCDate()];
  for (let year = day.getUTCFullYear(); year > day.getUTCFullYear() - WEEKDAY_CYCLE_YEARS; year--) {
    const candidate = utcDate(year, month, date);
    if (candidate.getUTCDate() === date && candidate.getUTCDay() === weekday) return candidate;
  }
  return day;
}

/** The day a result names, in `year` when one is known, else the latest such day not after the reference. */
function dayOf(components: ParsedComponents, year: number | null, reference: Date | null): Date | null {
  const month = (components.get("month") ?? 1) - 1;
  const day = components.get("day") ?? 1;
  let date = utcDate(year ?? reference?.getUTCFullYear() ?? 0, month, day);
  if (year === null && reference && date > reference) date = shifted(date, "year", -1);
  return date.getUTCMonth() === month && date.getUTCDate() === day ? date : null;
}
