// A day of the week with the part of the day news adds ("late Monday", "Friday night", "on Thursday morning",
// "last Saturday"): the most recent such day at or before the reference, or before it for "last". A day that names
// something else ("Good Friday", "Friday prayers", "the Sunday Times") is no date; "next Monday" has not happened yet.
import calendar from "../../../data/calendar.json";
import { alternation } from "../../../data/index.js";
import { PART_OF_DAY_PATTERN, WEEKDAY_CUE, WEEKDAY_PATTERN, daySpan, isCapitalised, mostRecentWeekday, unresolved, weekdayIndex } from "../calendar.js";
import type { TimeframeRule } from "../rule.js";

/** Capitalised as written: "Good Friday" is a holiday, "a good Friday" a day. */
const namedBefore = new RegExp(`\\b${alternation(calendar.weekdayNames.before)}\\s+$`);
const namedAfter = new RegExp(`^\\s+${alternation(calendar.weekdayNames.after)}\\b`);
const STRICT = new Set(["last", "past", "this past"]);

export const weekdayRule: TimeframeRule = {
  id: "date/weekday",
  cue: WEEKDAY_CUE,
  pattern: new RegExp(
    `\\b(?:(?:early|late)\\s+(?:on\\s+)?)?(?:(last|this\\s+past|past|this|next)\\s+)?(${WEEKDAY_PATTERN})(?![\\w-])(?:\\s+${PART_OF_DAY_PATTERN}\\b)?`,
    "gi",
  ),
  resolve(match, text, reference) {
    const input = match.input ?? "";
    if (!isCapitalised(match[2]) || namedBefore.test(input.slice(Math.max(0, match.index - 24), match.index))) return null;
    if (namedAfter.test(input.slice(match.index + match[0].length))) return null;
    const relation = (match[1] ?? "").toLowerCase().replace(/\s+/g, " ");
    if (!reference || relation === "next") return unresolved(text);
    return daySpan(text, mostRecentWeekday(reference, weekdayIndex(match[2] ?? ""), STRICT.has(relation)));
  },
};
