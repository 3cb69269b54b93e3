// Times counted from another event of the story: "that day", "the next morning", "the night before", "two years
// later", "a week earlier", "around the same time". The text gives the anchor, not the calendar: kept as worded,
// until the story's day just before them places a count of days (`anchoredDay`).
import type { Timeframe } from "../../../contract.js";
import calendar from "../../../data/calendar.json";
import { alternation } from "../../../data/index.js";
import { COUNT_PATTERN, countRange, daySpan, shifted, unresolved, yearSpan } from "../calendar.js";
import type { TimeframeRule } from "../rule.js";

export const relativeToEventRule: TimeframeRule = {
  id: "date/relative-to-event",
  cue: /\b(?:later|earlier|afterwards?|before|after|same|next|following|previous|that\s+\w+)\b/i,
  pattern: new RegExp(
    `\\b(?:${alternation(calendar.relativeToEvent)}|(?:(${COUNT_PATTERN})\\s+)?(days?|weeks?|months?|years?|decades?)\\s+(?:later|earlier|afterwards?|before|after))\\b(?!-)`,
    "gi",
  ),
  resolve(match, text) {
    const unit = (match[2] ?? "").toLowerCase();
    // "a year before" needs its count; "days later" and "years later" stand alone, "day later" does not.
    if (unit !== "" && (match[1] ? countRange(match[1]) === null : !unit.endsWith("s"))) return null;
    return unresolved(text);
  },
};

/** The rule of a day counted from the story's day before it. */
export const ANCHORED_DAY_RULE = "date/anchored-day";
/** The rule of a year counted from the story's year before it. */
export const ANCHORED_YEAR_RULE = "date/anchored-year";

const DAYS_FROM_ANCHOR: Readonly<Record<string, number>> = calendar.daysFromAnchor;
const COUNTED_DAYS = new RegExp(`^(${COUNT_PATTERN})\\s+days?\\s+(later|afterwards?|after|earlier|before)$`, "i");
/** "the day before the vote", "two days after he landed": what follows names the event counted from. */
const COUNTED_FROM_OBJECT = /^\s+(?!(?:with|in|on|at|to|from|by|and|or|but|as|for|into|across|aboard|via|through|near|while|when)\b)[\p{L}\p{N}"“‘']/iu;

/**
 * The day a time counted in days falls on, from `anchor`, the day the story told just before it: "the night before"
 * a Wednesday is the Tuesday, "two days later" two days on. Null when the words count no days ("the next week", "a
 * few days later"), when what follows says what they count from ("the day before the vote"), or when the day would
 * come after `reference`.
 */
export function anchoredDay(text: string, following: string, anchor: Date, reference: Date | null): Timeframe | null {
  const days = daysFrom(text);
  if (days === null || (/\b(?:before|after)$/i.test(text) && COUNTED_FROM_OBJECT.test(following))) return null;
  const day = shifted(anchor, "day", days);
  return reference && day > reference ? null : daySpan(text, day);
}

/**
 * "In 2009 two players walked out ... Three years later, a boxer crossed": a count of years from the year the story
 * told just before it. Null when the words count no whole years or the year would come after `reference`.
 */
export function anchoredYear(text: string, following: string, anchorYear: number, reference: Date | null): Timeframe | null {
  const counted = COUNTED_YEARS.exec(text.toLowerCase().replace(/\s+/g, " "));
  const bounds = counted ? countRange(counted[1] ?? "") : null;
  if (!counted || !bounds || bounds[0] !== bounds[1] || (/\b(?:before|after)$/i.test(text) && COUNTED_FROM_OBJECT.test(following))) return null;
  const year = anchorYear + (/^(?:later|after)/.test(counted[2] ?? "") ? bounds[0] : -bounds[0]);
  return reference && year > reference.getUTCFullYear() ? null : yearSpan(text, year);
}

const COUNTED_YEARS = new RegExp(`^(${COUNT_PATTERN})\\s+years?\\s+(later|afterwards?|after|earlier|before)$`, "i");

function daysFrom(text: string): number | null {
  const key = text.toLowerCase().replace(/\s+/g, " ");
  const fixed = DAYS_FROM_ANCHOR[key];
  if (fixed !== undefined) return fixed;
  const counted = COUNTED_DAYS.exec(key);
  const bounds = counted ? countRange(counted[1] ?? "") : null;
  if (!counted || !bounds || bounds[0] !== bounds[1]) return null;
  return /^(?:later|after)/.test(counted[2] ?? "") ? bounds[0] : -bounds[0];
}
