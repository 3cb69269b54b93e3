// Calendar words as patterns (from data/calendar.json) and calendar arithmetic on UTC dates, shared by every timeframe
// rule. Dates are built with setUTCFullYear, never Date.UTC, so the year 49 stays 49 instead of becoming 1949.
import type { Timeframe } from "../../contract.js";
import calendar from "../../data/calendar.json";
import { alternation } from "../../data/index.js";
import numbers from "../../data/numbers.json";

export type Unit = "year" | "month" | "week" | "day";
export type Precision = Timeframe["precision"];
/** Inclusive bounds, as the calendar data writes them: days of a month, months of a year, years of a decade. */
export type Bounds = readonly [number, number];

/** Month names and their news abbreviations ("Sept.", "Oct."), longest first so "September" wins over "Sep". */
export const MONTH_PATTERN = alternation(calendar.months.flat());
export const WEEKDAY_PATTERN = alternation(calendar.weekdays);
export const PART_OF_DAY_PATTERN = alternation(calendar.partsOfDay);
/** Cues: a sentence without a month name (or weekday name) in any case needs no rule that reads one. */
export const MONTH_CUE = new RegExp(MONTH_PATTERN, "i");
export const WEEKDAY_CUE = /(?:mon|tues|wednes|thurs|fri|satur|sun)day/i;
/** After a month name: no further letter of a Latin script ("Mayor" and "Juneau" are no months). */
export const NAME_END = "(?![A-Za-z\\u00C0-\\u024F])";
/** Four-digit years a bare figure can be: 1900-2100 (earlier figures are far more often counts). */
export const YEAR_PATTERN = "(?:19\\d{2}|20\\d{2}|2100)";

const numberWords: Readonly<Record<string, number>> = numbers.words;
const countWords: Readonly<Record<string, number>> = calendar.countWords;
const vagueCounts = boundsTable(calendar.vagueCounts);
const NUMBER_WORD = `${alternation(Object.keys(numberWords))}(?:-${alternation(Object.keys(numberWords))})?`;
/** How many units: "two", "21", "twenty-one", "a", "several", "a few", "a couple of" (one group-free alternation). */
export const COUNT_PATTERN = `(?:\\d{1,3}|${alternation([...Object.keys(countWords), ...Object.keys(vagueCounts)])}|${NUMBER_WORD})`;

const monthByForm = new Map(calendar.months.flatMap((forms, index) => forms.map((form) => [bareForm(form), index] as const)));

function bareForm(word: string): string {
  return word.toLowerCase().replace(/\.$/, "");
}

/** 0-based month of "Sept.", "October", "oct"; -1 when not a month. */
export function monthIndex(word: string): number {
  return monthByForm.get(bareForm(word)) ?? -1;
}

/** 0 (Sunday) to 6 (Saturday), as getUTCDay counts; -1 when not a weekday. */
export function weekdayIndex(word: string): number {
  return calendar.weekdays.findIndex((day) => day.toLowerCase() === word.toLowerCase());
}

/** The smallest and largest number a count word may mean: "two" is 2..2, "several" 3..7; null when not a count. */
export function countRange(word: string): Bounds | null {
  const key = word.toLowerCase().replace(/\s+/g, " ");
  const vague = vagueCounts[key];
  if (vague) return vague;
  const [tens, units] = key.split("-");
  const value = /^\d+$/.test(key) ? Number(key) : (countWords[key] ?? (numberWords[tens ?? ""] ?? 0) + (units ? (numberWords[units] ?? 0) : 0));
  return value > 0 ? [value, value] : null;
}

/** Where a named part of a period falls in it ("late" in a month is days 21..31), from the calendar data. */
export const partsOf = {
  month: boundsTable(calendar.partsOfMonth),
  year: boundsTable(calendar.partsOfYear),
  decade: boundsTable(calendar.partsOfDecade),
  week: boundsTable(calendar.partsOfWeek),
};

/** A data table of `[first, last]` pairs, typed as bounds. */
export function boundsTable(table: Readonly<Record<string, readonly number[]>>): Readonly<Record<string, Bounds>> {
  return Object.fromEntries(Object.entries(table).map(([word, [first = 0, last = first]]) => [word, [first, last] as const]));
}

export function partBounds(table: Readonly<Record<string, Bounds>>, word: string): Bounds | null {
  return table[word.toLowerCase()] ?? null;
}

/** A UTC midnight for any year, month and day; months and days past their range roll over as in Date.UTC. */
export function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date;
}

/** The UTC midnight of an ISO day ("0049-01-01" is the year 49). */
export function dayOfIso(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function iso(year: number, month: number, day: number): string {
  return isoOf(utcDate(year, month, day));
}

export function lastDayOf(year: number, month: number): number {
  return utcDate(year, month + 1, 0).getUTCDate();
}

/** Shift a date by whole calendar units, clamping the day ("March 31 minus one month" is Feb 28/29). */
export function shifted(date: Date, unit: Unit, amount: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  if (unit === "day" || unit === "week") return utcDate(year, month, day + amount * (unit === "week" ? 7 : 1));
  const first = utcDate(year, month + (unit === "year" ? amount * 12 : amount), 1);
  return utcDate(first.getUTCFullYear(), first.getUTCMonth(), Math.min(day, lastDayOf(first.getUTCFullYear(), first.getUTCMonth())));
}

/** The Monday of the week a date falls in: news weeks run Monday to Sunday. */
export function mondayOf(date: Date): Date {
  return shifted(date, "day", -((date.getUTCDay() + 6) % 7));
}

/** The most recent given weekday at or before the reference (strictly before it when `strict`, as in "last Friday"). */
export function mostRecentWeekday(reference: Date, weekday: number, strict: boolean): Date {
  const back = (reference.getUTCDay() - weekday + 7) % 7;
  return shifted(reference, "day", -(back === 0 && strict ? 7 : back));
}

/** The most recent such month at or before the reference: "in November" read in February means last November. */
export function pastMonthYear(month: number, reference: Date): number {
  return month <= reference.getUTCMonth() ? reference.getUTCFullYear() : reference.getUTCFullYear() - 1;
}

/** "last" / "this" year relative to the reference; null for "next", which has not happened yet. */
export function relativeYear(word: string, reference: Date): number | null {
  const shift = ({ last: -1, previous: -1, past: -1, this: 0 } as Record<string, number>)[word.toLowerCase()];
  return shift === undefined ? null : reference.getUTCFullYear() + shift;
}

export function isYearInRange(year: number): boolean {
  return year >= 1000 && year <= 2100;
}

/** "May" and "March" are also a verb and a modal: a calendar word counts only when written with a capital. */
export function isCapitalised(word: string | undefined): boolean {
  const first = word?.charAt(0) ?? "";
  return first !== "" && first !== first.toLowerCase();
}

export function yearSpan(text: string, year: number, lastYear = year): Timeframe {
  return { text, start: iso(year, 0, 1), end: iso(lastYear, 11, 31), precision: "year" };
}

/** A whole month, or the days `fromDay..toDay` of it (clamped to the month's length). */
export function monthSpan(text: string, year: number, month: number, fromDay = 1, toDay = 31): Timeframe {
  return { text, start: iso(year, month, fromDay), end: iso(year, month, Math.min(toDay, lastDayOf(year, month))), precision: "month" };
}

/** Months `first..last` counted from January of `year` (13 is January of the next year). */
export function monthsSpan(text: string, year: number, first: number, last: number): Timeframe {
  return { text, start: iso(year, first, 1), end: iso(year, last + 1, 0), precision: "month" };
}

export function daySpan(text: string, date: Date): Timeframe {
  const day = isoOf(date);
  return { text, start: day, end: day, precision: "day" };
}

export function daysSpan(text: string, first: Date, last: Date): Timeframe {
  return { text, start: isoOf(first), end: isoOf(last), precision: "day" };
}

/** Relative wording with nothing to resolve it against, a time yet to come, or vague wording ("recently"). */
export function unresolved(text: string): Timeframe {
  return { text, start: null, end: null, precision: "unknown" };
}
