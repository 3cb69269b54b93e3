// Date mentions: the article's own dateline, and every timeframe in a sentence (chrono-node for calendar dates,
// the news rules of normalise/timeframe for the rest), past-biased and resolved against the reference date.
import { loadChrono } from "../load/index.js";
import { findNewsTimeframes, mergeOverlapping, timeframeFromChrono, type TimeframeCandidate } from "../normalise/timeframe/index.js";
import { MONTH_PATTERN, monthIndex } from "../normalise/timeframe/calendar.js";
import type { DateMention, DocumentContext, PreparedText, Sentence } from "../types.js";

/** A dateline stands near the top of an article, before the body starts. */
const DATELINE_REACH = 600;
/** A dateline line says little besides the date: a label, a byline, a place, a time. */
const DATELINE_MAX_WORDS = 8;
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
 * Only what the news rules leave to chrono goes through it (a day of a month, a weekday, a numeric date, "yesterday"),
 * and only a window around it: chrono tries some fifty parsers at every position, so its cost grows with the text.
 */
const chronoWorthy = new RegExp(
  `\\b(?:${MONTH_PATTERN}\\s+\\d{1,2}\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_PATTERN}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|today|yesterday|tonight|tomorrow)`,
  "gi",
);
/** Characters of context on each side of a chrono-worthy phrase: enough for "on Thursday, Oct. 2, 2016". */
const CHRONO_WINDOW = 24;

/**
 * The article's own date: a dateline near the top ("October 23, 2015 10:49", "Published : 2016-04-12"),
 * on a line that says little else, so a date in the first paragraph of the story is not mistaken for it.
 *
 * @example findReferenceDate(prepareText("By Ahn Yong-hyun\n\nOctober 23, 2015 10:49\n\nAmong dozens ...")) // 2015-10-23T00:00:00.000Z
 */
export function findReferenceDate(prepared: PreparedText): Date | null {
  const head = prepared.masked.slice(0, DATELINE_REACH);
  for (const match of head.matchAll(datelineDate)) {
    const groups = match.groups ?? {};
    const year = Number(groups.year ?? groups.year2 ?? groups.year3);
    const month = groups.month3 ? Number(groups.month3) - 1 : monthIndex(groups.month ?? groups.month2 ?? "");
    const day = Number(groups.day ?? groups.day2 ?? groups.day3);
    const date = new Date(Date.UTC(year, month, day));
    if (month < 0 || date.getUTCDate() !== day || date.getUTCMonth() !== month) continue;
    if (isDatelineLine(head, match.index, match.index + match[0].length)) return date;
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
 * Every timeframe in the sentence, resolved against `context.reference` and biased to the past; overlapping
 * readings merge to the longest. Offsets are into the caller's original string.
 *
 * @example findDates(sentence("Thae defected to Seoul with his family in late July."), { reference: 2016-10-12, ... })
 * // [{ kind: "date", text: "late July", rule: "date/late-month",
 * //    timeframe: { text: "late July", start: "2016-07-21", end: "2016-07-31", precision: "month" }, ... }]
 */
export function findDates(sentence: Sentence, context: DocumentContext): DateMention[] {
  const candidates = [...findNewsTimeframes(sentence.text, context.reference), ...chronoTimeframes(sentence.text, context.reference)];
  return mergeOverlapping(candidates).map((candidate) => ({
    kind: "date",
    start: sentence.start + candidate.start,
    end: sentence.start + candidate.end,
    text: sentence.text.slice(candidate.start, candidate.end),
    sentence: sentence.index,
    rule: candidate.rule,
    timeframe: candidate.timeframe,
  }));
}

function chronoTimeframes(text: string, reference: Date | null): TimeframeCandidate[] {
  const instant = reference
    ? new Date(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate(), 12)
    : new Date(2000, 0, 1, 12);
  const found: TimeframeCandidate[] = [];
  for (const [from, to] of chronoWindows(text)) {
    for (const result of loadChrono().casual.parse(text.slice(from, to), { instant }, { forwardDate: false })) {
      const inWindow = timeframeFromChrono(result, reference);
      const candidate = inWindow && { ...inWindow, start: inWindow.start + from, end: inWindow.end + from };
      if (candidate && !found.some((other) => other.start === candidate.start)) found.push(candidate);
    }
  }
  return found;
}

/** Merged windows of context around each phrase only chrono can read, cut at word boundaries. */
function chronoWindows(text: string): [number, number][] {
  const windows: [number, number][] = [];
  for (const match of text.matchAll(chronoWorthy)) {
    let from = Math.max(0, (match.index ?? 0) - CHRONO_WINDOW);
    let to = Math.min(text.length, (match.index ?? 0) + match[0].length + CHRONO_WINDOW);
    while (from > 0 && /\S/.test(text.charAt(from - 1))) from--;
    while (to < text.length && /\S/.test(text.charAt(to))) to++;
    const last = windows.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}
