// The dateline that opens wire copy ("SEOUL, Oct. 12 (Yonhap) --", "VLADIVOSTOK, Russia, Dec. 23 Kyodo -",
// "Seoul, 23 October 2015 (AFP)") or a page ("date 2013-12-16", "Published: 2016-04-12"): the day the copy was filed,
// not the day of an event. Without a year it is that day of the reference's year, at or before the reference; with no
// reference either, it keeps its text with null dates.
import type { Timeframe } from "../../../contract.js";
import { MONTH_PATTERN, YEAR_PATTERN, daySpan, monthIndex, shifted, unresolved, utcDate } from "../calendar.js";
import type { TimeframeRule } from "../rule.js";

const PLACE = "[A-Z][A-Za-z'’.-]+(?:\\s+[A-Z][A-Za-z'’.-]+){0,3}";
/** An agency in brackets or a word before the dash ("(Yonhap) --", "Kyodo -"), or the end of the line. */
const AFTER = "(?=\\s*(?:\\([^()\\n]{1,40}\\)|[A-Z][A-Za-z]+)?\\s*(?:--|—|–|-\\s|$))";
/** A page's date stamp: a label, then an ISO day ("Updated" may come long after the copy was filed). */
const STAMP = "(?:[Dd]ated?|[Pp]ublished|[Pp]osted|[Ff]iled)\\s*:?\\s+(?<iso>(?<isoYear>\\d{4})-(?<isoMonth>\\d{2})-(?<isoDay>\\d{2}))\\b";

export const datelineRule: TimeframeRule = {
  id: "date/dateline",
  cue: /^\s*(?:[A-Z][^,\n]{0,40},|(?:date|dated|published|posted|filed)\b)/i,
  pattern: new RegExp(
    `^\\s*(?:${STAMP}|${PLACE}(?:,\\s+${PLACE})?,\\s+(?<date>(?:(?<month>${MONTH_PATTERN})\\s+(?<day>\\d{1,2})|(?<day2>\\d{1,2})\\s+(?<month2>${MONTH_PATTERN}))(?:,?\\s+(?<year>${YEAR_PATTERN}))?)${AFTER})`,
    "dg",
  ),
  span: ["date", "iso"],
  resolve(match, text, reference) {
    const groups = match.groups ?? {};
    if (groups.iso) return datelineDay(Number(groups.isoMonth) - 1, Number(groups.isoDay), Number(groups.isoYear), reference, text);
    const month = monthIndex(groups.month ?? groups.month2 ?? "");
    const day = Number(groups.day ?? groups.day2);
    return datelineDay(month, day, groups.year ? Number(groups.year) : null, reference, text);
  },
};

/** The dateline's day: as stated, else in the reference's year and not after the reference; null when no such day. */
function datelineDay(month: number, day: number, year: number | null, reference: Date | null, text: string): Timeframe | null {
  const stated = year ?? reference?.getUTCFullYear();
  if (stated === undefined) return unresolved(text);
  let date = utcDate(stated, month, day);
  if (year === null && reference && date > reference) date = shifted(date, "year", -1);
  return date.getUTCMonth() === month && date.getUTCDate() === day ? daySpan(text, date) : null;
}
