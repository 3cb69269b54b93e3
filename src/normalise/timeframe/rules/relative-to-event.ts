// Times counted from another event of the story: "that day", "the next morning", "the night before", "two years
// later", "a week earlier", "around the same time". The text gives the anchor, not the calendar: kept as worded.
import calendar from "../../../data/calendar.json";
import { alternation } from "../../../data/index.js";
import { COUNT_PATTERN, countRange, unresolved } from "../calendar.js";
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
