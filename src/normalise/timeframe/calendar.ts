// Calendar arithmetic on UTC dates and the Timeframe values built from it; shared by every timeframe rule.
// Dates are built with setUTCFullYear, never Date.UTC, so the year 49 stays 49 instead of becoming 1949.
import type { Timeframe } from "../../contract.js";

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** Month names and their news abbreviations ("Sept.", "Oct."), longest first so "September" wins over "Sep". */
export const MONTH_PATTERN =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
export const YEAR_PATTERN = "(?:19\\d{2}|20\\d{2}|2100)";
const COUNT_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  several: 3, few: 3, couple: 2,
};
export const COUNT_PATTERN = "(\\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";

export function countValue(word: string): number {
  return COUNT_WORDS[word.toLowerCase()] ?? Number(word);
}

/** 0-based month of "Sept.", "October", "oct"; -1 when not a month. */
export function monthIndex(word: string): number {
  const key = word.toLowerCase().replace(/\.$/, "").slice(0, 3);
  return MONTHS.findIndex((month) => month.startsWith(key));
}

/** A UTC midnight for any year, month and day; months and days past their range roll over as in Date.UTC. */
export function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date;
}

export function iso(year: number, month: number, day: number): string {
  return isoOf(utcDate(year, month, day));
}

export function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function lastDayOf(year: number, month: number): number {
  return utcDate(year, month + 1, 0).getUTCDate();
}

/** Shift a date by whole calendar units, clamping the day ("March 31 minus one month" is Feb 28/29). */
export function shifted(date: Date, unit: "year" | "month" | "week" | "day", amount: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  if (unit === "year") return utcDate(year + amount, month, Math.min(day, lastDayOf(year + amount, month)));
  if (unit === "month") {
    const first = utcDate(year, month + amount, 1);
    return utcDate(first.getUTCFullYear(), first.getUTCMonth(), Math.min(day, lastDayOf(first.getUTCFullYear(), first.getUTCMonth())));
  }
  return utcDate(year, month, day + amount * (unit === "week" ? 7 : 1));
}

export function isYearInRange(year: number): boolean {
  return year >= 1900 && year <= 2100;
}

export function yearSpan(text: string, year: number): Timeframe {
  return { text, start: iso(year, 0, 1), end: iso(year, 11, 31), precision: "year" };
}

/** A whole month, or the days `fromDay..toDay` of it (clamped to the month's length). */
export function monthSpan(text: string, year: number, month: number, fromDay = 1, toDay = 31): Timeframe {
  return { text, start: iso(year, month, fromDay), end: iso(year, month, Math.min(toDay, lastDayOf(year, month))), precision: "month" };
}

export function daySpan(text: string, date: Date): Timeframe {
  const day = isoOf(date);
  return { text, start: day, end: day, precision: "day" };
}

/** Relative wording with nothing to resolve it against, or vague wording ("recently"). */
export function unresolved(text: string): Timeframe {
  return { text, start: null, end: null, precision: "unknown" };
}

/** The most recent such month at or before the reference: "in November" read in February means last November. */
export function pastMonthYear(month: number, reference: Date): number {
  return month <= reference.getUTCMonth() ? reference.getUTCFullYear() : reference.getUTCFullYear() - 1;
}

/** "last" / "this" / "next" year relative to the reference. */
export function relativeYear(word: string, reference: Date): number {
  const shift = { last: -1, previous: -1, past: -1, next: 1 }[word.toLowerCase()] ?? 0;
  return reference.getUTCFullYear() + shift;
}

/** Part of a month as news uses it: early 1-10, mid 11-20, late or end 21 to the last day. */
export function partOfMonthDays(part: string): [number, number] {
  const word = part.toLowerCase();
  if (word.startsWith("early") || word.startsWith("begin") || word === "start") return [1, 10];
  if (word.startsWith("mid")) return [11, 20];
  return [21, 31];
}
