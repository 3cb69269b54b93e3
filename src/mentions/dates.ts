// Date mentions: the article's own date (a dateline near the top), and every timeframe in a sentence, found by the news
// rules and chrono-node (normalise/timeframe), past-biased and resolved against the reference date.
import {
  ANCHORED_DAY_RULE,
  DATELINE_RULE,
  MONTH_PATTERN,
  ANCHORED_YEAR_RULE,
  RELATIVE_TO_EVENT_RULE,
  anchoredDay,
  anchoredYear,
  findTimeframes,
  monthIndex,
  readDateline,
  utcDate,
} from "../normalise/timeframe/index.js";
import type { Timeframe } from "../contract.js";
import type { DateMention, DocumentContext, Mention, PreparedText, Sentence } from "../types.js";

/** A dateline stands near the top of an article, before the body starts. */
const DATELINE_REACH = 600;
/** A dateline line says little besides the date: a label, a byline, a place, a time. */
const DATELINE_MAX_WORDS = 8;
/** Copy is filed at most this many days before it is published; an older date near the top is something else. */
const FILED_BEFORE_PUBLISHED_DAYS = 7;
const DAY_MS = 86_400_000;
const datelineDate = new RegExp(
  [
    `\\b(?<month>${MONTH_PATTERN})\\s+(?<day>\\d{1,2}),?\\s+(?<year>(?:19|20)\\d{2})\\b`,
    `\\b(?<day2>\\d{1,2})\\s+(?<month2>${MONTH_PATTERN})\\s*,?\\s+(?<year2>(?:19|20)\\d{2})\\b`,
    `\\b(?<year3>(?:19|20)\\d{2})[-./](?<month3>\\d{1,2})[-./](?<day3>\\d{1,2})\\b`,
  ].join("|"),
  "gi",
);
const datelineFiller = /\b(?:published|posted|updated|modified|last|date|input|edited|created|on|at|by|am|pm|a\.m|p\.m|kst|gmt|utc|est)\b|\d{1,2}[:.]\d{2}/gi;

/**
 * The article's own date. A dated line near the top ("October 23, 2015 10:49", "Published : 2016-04-12") that says
 * little else, so a date in the first paragraph of the story is not taken for it; or a wire dateline opening a line
 * ("SEOUL, Oct. 12 (Yonhap) --"). A wire dateline without a year is that day of `publishedAt`'s year: without
 * `publishedAt` it dates nothing (the weekday of "on Saturday" cannot be placed without the year), and the relative
 * timeframes stay unresolved. With `publishedAt`, a dateline is the reference only when it is the day of publication
 * or up to a week before (the copy was filed then, and its "on Saturday" counts from that day); otherwise null.
 *
 * @example findReferenceDate(prepareText("By Ahn Yong-hyun\n\nOctober 23, 2015 10:49\n\nAmong dozens ...")) // 2015-10-23T00:00:00.000Z
 * @example findReferenceDate(prepareText("SEOUL, June 1 (Yonhap) -- Three ..."), new Date("2016-06-02")) // 2016-06-01T00:00:00.000Z
 */
export function findReferenceDate(prepared: PreparedText, publishedAt: Date | null = null): Date | null {
  const head = prepared.masked.slice(0, DATELINE_REACH);
  const found = datedLine(head) ?? wireDateline(head, publishedAt);
  if (!found || !publishedAt) return found;
  const daysBefore = (publishedAt.getTime() - found.getTime()) / DAY_MS;
  return daysBefore >= 0 && daysBefore <= FILED_BEFORE_PUBLISHED_DAYS ? found : null;
}

function datedLine(head: string): Date | null {
  for (const match of head.matchAll(datelineDate)) {
    const groups = match.groups ?? {};
    const year = Number(groups.year ?? groups.year2 ?? groups.year3);
    const month = groups.month3 ? Number(groups.month3) - 1 : monthIndex(groups.month ?? groups.month2 ?? "");
    const day = Number(groups.day ?? groups.day2 ?? groups.day3);
    const date = utcDate(year, month, day);
    if (month < 0 || date.getUTCDate() !== day || date.getUTCMonth() !== month) continue;
    if (isDatelineLine(head, match.index, match.index + match[0].length)) return date;
  }
  return null;
}

function wireDateline(head: string, publishedAt: Date | null): Date | null {
  for (const line of head.split("\n")) {
    const date = readDateline(line, publishedAt);
    if (date) return date;
  }
  return null;
}

function isDatelineLine(head: string, start: number, end: number): boolean {
  const lineStart = head.lastIndexOf("\n", start) + 1;
  const lineEnd = head.indexOf("\n", end);
  const rest = (head.slice(lineStart, start) + " " + head.slice(end, lineEnd === -1 ? head.length : lineEnd)).replace(datelineFiller, " ");
  return (rest.match(/[A-Za-z][\w'’.-]*/g)?.length ?? 0) <= DATELINE_MAX_WORDS;
}

/**
 * Every timeframe in the sentence, as a date mention. Each carries:
 * - `start`/`end`/`text`: the words as a reader quotes them, offsets into the caller's string; a bare leading "in",
 *   "on" or "at" is left out ("late July"), while "since", "until", "from ... to", "between ... and", "either ... or",
 *   "around" and "over" stay in ("since 2011", "over the weekend");
 * - `timeframe`: `start`/`end` as ISO days, resolved against `context.reference` and never after it (past-biased:
 *   "in April" is the latest April, "Friday" the latest Friday, "last week" the previous Monday..Sunday); relative or
 *   future wording without a reference, and wording that names no calendar time ("recently", "that day", "two years
 *   later"), keep their text with null dates and precision "unknown"; absolute wording ("in 2013", "Aug. 3, 1981")
 *   resolves without one. "since X" has a null end without a reference, "until X" and "as of X" a null start;
 * - `rule`: the rule that read it (date/weekday, date/ago, date/chrono, ...). A wire dateline ("SEOUL, Oct. 12
 *   (Yonhap) --") is date/dateline: the day the copy was filed, not the day of an event.
 * Overlapping readings are settled to the longest; the event's date among them is chosen by the record stage.
 *
 * @example findDates(sentence("Thae defected to Seoul with his family in late July."), { reference: 2016-10-12, ... })
 * // [{ kind: "date", text: "late July", rule: date/late-month,
 * //    timeframe: { text: "late July", start: "2016-07-21", end: "2016-07-31", precision: "month" }, ... }]
 */
export function findDates(sentence: Sentence, context: DocumentContext): DateMention[] {
  return findTimeframes(sentence.text, context.reference).map((candidate) => ({
    kind: "date",
    start: sentence.start + candidate.start,
    end: sentence.start + candidate.end,
    text: sentence.text.slice(candidate.start, candidate.end),
    sentence: sentence.index,
    rule: candidate.rule,
    timeframe: candidate.timeframe,
  }));
}

/**
 * "The government announced Wednesday ... She crossed into Hungary the night before": a day counted from another
 * event is placed from the date told just before it, earlier in its sentence or last in the sentence before, when
 * that date is one day. Otherwise it keeps its words unresolved. `mentionsBySentence` holds the mentions of the read
 * sentences, in text order, and is updated in place; `sentences` are all of the text's, so a sentence before that was
 * not read still gives its date.
 */
export function anchorCountedDays(mentionsBySentence: Mention[][], sentences: readonly Sentence[], context: DocumentContext): void {
  const lastDate = new Map<number, DateMention | null>();
  for (const mentions of mentionsBySentence) {
    let before: DateMention | null = null;
    mentions.forEach((mention, position) => {
      if (mention.kind !== "date" || mention.rule === DATELINE_RULE) return;
      // Only a counted day needs the day before it; the sentence before is read for it alone.
      if (mention.rule === RELATIVE_TO_EVENT_RULE) {
        const from = before ?? lastDateOf(mention.sentence - 1, lastDate, sentences, context);
        const sentence = sentences[mention.sentence];
        const following = sentence ? sentence.text.slice(mention.end - sentence.start) : "";
        const placed = from && sentence ? placedFrom(mention.text, following, from.timeframe, context.reference) : null;
        if (placed) mentions[position] = { ...mention, ...placed };
      }
      before = mentions[position] as DateMention;
      lastDate.set(mention.sentence, before);
    });
  }
}

/** A count of days from a single day, or of years from a whole year: "the night before", "three years later". */
function placedFrom(text: string, following: string, anchor: Timeframe, reference: Date | null): { rule: string; timeframe: Timeframe } | null {
  if (anchor.start && anchor.start === anchor.end) {
    const day = anchoredDay(text, following, new Date(`${anchor.start}T00:00:00Z`), reference);
    return day ? { rule: ANCHORED_DAY_RULE, timeframe: day } : null;
  }
  const year = anchor.precision === "year" && anchor.start && anchor.end && anchor.start.slice(0, 4) === anchor.end.slice(0, 4) ? Number(anchor.start.slice(0, 4)) : null;
  const counted = year === null ? null : anchoredYear(text, following, year, reference);
  return counted ? { rule: ANCHORED_YEAR_RULE, timeframe: counted } : null;
}

/** The last date of a sentence other than a dateline, from its mentions when it was read, else from its words. */
function lastDateOf(index: number, read: ReadonlyMap<number, DateMention | null>, sentences: readonly Sentence[], context: DocumentContext): DateMention | null {
  const known = read.get(index);
  if (known !== undefined) return known;
  const sentence = sentences[index];
  if (!sentence) return null;
  return findDates(sentence, context).filter((mention) => mention.rule !== DATELINE_RULE).at(-1) ?? null;
}
