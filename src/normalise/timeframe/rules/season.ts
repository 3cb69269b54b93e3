// Seasons: "the summer of 1989", "spring 2014", "late autumn 2015", "the winter of 1989-90", "last summer", "in the
// spring". Meteorological seasons of the northern hemisphere (summer is June to August); a winter belongs to the year
// its December is in. "fall" counts only with a year or "last"/"this", since it is also a noun and a verb.
import calendar from "../../../data/calendar.json";
import { alternation } from "../../../data/index.js";
import { YEAR_PATTERN, boundsTable, monthsSpan, unresolved, utcDate, type Bounds } from "../calendar.js";
import type { TimeframeRule } from "../rule.js";

const seasons = boundsTable(calendar.seasons);
const SEASON = alternation(Object.keys(seasons));
const SEASON_NOT_FALL = alternation(Object.keys(seasons).filter((season) => season !== "fall"));
const STRICT = new Set(["last", "past", "this past"]);

export const seasonRule: TimeframeRule = {
  id: "date/season",
  cue: /\b(?:spring|summer|autumn|fall|winter)\b/i,
  pattern: new RegExp(
    [
      `\\b(?:the\\s+)?(?:(?<part>early|mid|late)[-\\s]+)?(?<season>${SEASON})(?:\\s+of)?,?\\s+(?<year>${YEAR_PATTERN})(?:\\s*[-–/]\\s*(?:${YEAR_PATTERN}|\\d{2}))?\\b(?![-/.:]\\d)`,
      `\\b(?:(?<part2>early|late)\\s+)?(?<relation>last|this\\s+past|past|this)\\s+(?<season2>${SEASON})\\b`,
      `(?<=\\b(?:in|during|over|through|since|until)\\s+)(?:the\\s+)?(?:(?<part3>early|late)[-\\s]+)?(?<season3>${SEASON_NOT_FALL})\\b(?!\\s+of\\b)`,
    ].join("|"),
    "gi",
  ),
  resolve(match, text, reference) {
    const groups = match.groups ?? {};
    const season = (groups.season ?? groups.season2 ?? groups.season3 ?? "").toLowerCase();
    const [first, last] = seasons[season] ?? [0, 0];
    const [from, to] = partOfSeason(groups.part ?? groups.part2 ?? groups.part3, first, last);
    if (groups.year) return monthsSpan(text, Number(groups.year), from, to);
    if (!reference) return unresolved(text);
    const relation = (groups.relation ?? "").toLowerCase().replace(/\s+/g, " ");
    // The latest such season that has begun by the reference (or, for "last", that has ended before it).
    let year = reference.getUTCFullYear();
    const began = (candidate: number) => utcDate(candidate, first, 1) <= reference;
    const ended = (candidate: number) => utcDate(candidate, last + 1, 1) <= reference;
    while (year > reference.getUTCFullYear() - 2 && !(STRICT.has(relation) ? ended(year) : began(year))) year--;
    // "this summer" read in March is still to come; "this winter" read in January is under way.
    if (relation === "this" && year !== reference.getUTCFullYear() && ended(year)) return unresolved(text);
    return monthsSpan(text, year, from, to);
  },
};

/** Early, mid and late seasons are their first, middle and last month. */
function partOfSeason(part: string | undefined, first: number, last: number): Bounds {
  const word = (part ?? "").toLowerCase();
  if (word === "early") return [first, first];
  if (word === "mid") return [first + 1, first + 1];
  if (word === "late") return [last, last];
  return [first, last];
}
