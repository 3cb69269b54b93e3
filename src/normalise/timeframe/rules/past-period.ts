// "over the past eight to nine months", "the last two years", "the past few weeks": back from the reference by the
// largest count the wording allows, up to the reference.
import type { Timeframe } from "../../../contract.js";
import { COUNT_PATTERN, countRange, isoOf, shifted, unresolved, type Unit } from "../calendar.js";
import type { TimeframeRule } from "../rule.js";

const PRECISION: Readonly<Record<Unit, Timeframe["precision"]>> = { year: "year", month: "month", week: "day", day: "day" };

export const pastPeriodRule: TimeframeRule = {
  id: "date/past-period",
  cue: /\b(?:past|last|previous)\s/i,
  pattern: new RegExp(
    `\\b(?:(?:over|in|during|for|within|throughout)\\s+)?the\\s+(past|last|previous)\\s+(?:(${COUNT_PATTERN})\\s*(?:to|or|-)\\s*)?(?:(${COUNT_PATTERN})\\s+)?(years?|months?|weeks?|days?|decades?)\\b(?!-)`,
    "gi",
  ),
  resolve(match, text, reference) {
    // "the previous year" without a count is the year before the story's events, not the twelve months to the reference.
    if (match[1]?.toLowerCase() === "previous" && !match[2] && !match[3]) return null;
    if (!reference) return unresolved(text);
    const singular = (match[4] ?? "year").toLowerCase().replace(/s$/, "");
    const unit = (singular === "decade" ? "year" : singular) as Unit;
    const most = Math.max(countRange(match[2] ?? "1")?.[1] ?? 1, countRange(match[3] ?? "1")?.[1] ?? 1) * (singular === "decade" ? 10 : 1);
    return { text, start: isoOf(shifted(reference, unit, -most)), end: isoOf(reference), precision: PRECISION[unit] };
  },
};
