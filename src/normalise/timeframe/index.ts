// Past-biased news timeframes: the rules for the forms news uses, chrono-node for calendar dates inside short windows,
// then the refiners that settle overlaps and join, open or widen what was found. Adding a form = one rule file and
// one line here.
import { dayOfIso } from "./calendar.js";
import { findCalendarDates } from "./chrono-dates.js";
import { approximateDates } from "./refiners/approximate.js";
import { openEndedPeriods } from "./refiners/open-ended.js";
import { mergeOverlapping } from "./refiners/overlap.js";
import { periodPhrases } from "./refiners/period-phrase.js";
import { joinRanges } from "./refiners/range.js";
import { applyRule, type TimeframeCandidate, type TimeframeRefiner, type TimeframeRule } from "./rule.js";
import { agoRule } from "./rules/ago.js";
import { datelineRule } from "./rules/dateline.js";
import { decadeRule } from "./rules/decade.js";
import { earlyLateYearRule } from "./rules/early-late-year.js";
import { lastMonthNameRule } from "./rules/last-month-name.js";
import { lateMonthRule } from "./rules/late-month.js";
import { monthOfRelativeYearRule } from "./rules/month-of-relative-year.js";
import { monthRangeRule } from "./rules/month-range.js";
import { monthYearRule } from "./rules/month-year.js";
import { partOfYearRule } from "./rules/part-of-year.js";
import { pastMonthRule } from "./rules/past-month.js";
import { pastPeriodRule } from "./rules/past-period.js";
import { relativeMonthRule } from "./rules/relative-month.js";
import { relativeToEventRule } from "./rules/relative-to-event.js";
import { relativeWeekRule } from "./rules/relative-week.js";
import { relativeYearRule } from "./rules/relative-year.js";
import { seasonRule } from "./rules/season.js";
import { vagueTimeRule } from "./rules/vague.js";
import { weekdayRule } from "./rules/weekday.js";
import { weekendRule } from "./rules/weekend.js";
import { yearRangeRule } from "./rules/year-range.js";
import { yearToDateRule } from "./rules/year-to-date.js";
import { yearRule } from "./rules/year.js";
import { yesterdayRule } from "./rules/yesterday.js";

export { MONTH_PATTERN, monthIndex, utcDate } from "./calendar.js";

/** The rule of a copy's dateline: the day it was filed, never an event's. */
export const DATELINE_RULE = datelineRule.id;
/** Rules of spans that give no date of their own ("recently", "in the past year"): any dated form says more. */
export const UNDATED_SPAN_RULES: readonly string[] = [vagueTimeRule.id, pastPeriodRule.id];
export { looksLikeYear } from "./rules/year.js";
/** The rule of a time counted from another event ("the night before"), which `anchoredDay` may place. */
export const RELATIVE_TO_EVENT_RULE = relativeToEventRule.id;
export { ANCHORED_DAY_RULE, ANCHORED_YEAR_RULE, anchoredDay, anchoredYear } from "./rules/relative-to-event.js";

/** Order only breaks ties between equally long overlapping matches: the more specific rule comes first. */
export const newsTimeframeRules: readonly TimeframeRule[] = [
  datelineRule,
  partOfYearRule,
  pastPeriodRule,
  monthRangeRule,
  lateMonthRule,
  monthOfRelativeYearRule,
  monthYearRule,
  earlyLateYearRule,
  yearToDateRule,
  seasonRule,
  relativeMonthRule,
  relativeWeekRule,
  relativeYearRule,
  weekendRule,
  agoRule,
  relativeToEventRule,
  yesterdayRule,
  weekdayRule,
  lastMonthNameRule,
  yearRangeRule,
  decadeRule,
  pastMonthRule,
  yearRule,
  vagueTimeRule,
];

/**
 * In order, on the candidates of one sentence once overlaps are settled: ranges first ("from 2011 to 2014" before
 * "since" can open either end), then open ends, then the wording a reader quotes around a date.
 */
const timeframeRefiners: readonly TimeframeRefiner[] = [joinRanges, openEndedPeriods, approximateDates, periodPhrases];

/**
 * The news-form timeframes of a sentence, overlaps not yet settled; offsets relative to `sentence`. A rule runs only
 * on a sentence that passes its cue.
 */
function findNewsTimeframes(sentence: string, reference: Date | null): TimeframeCandidate[] {
  const cued = new Map<RegExp, boolean>();
  return newsTimeframeRules.flatMap((rule) => {
    let passes = cued.get(rule.cue);
    if (passes === undefined) cued.set(rule.cue, (passes = rule.cue.test(sentence)));
    return passes ? applyRule(rule, sentence, reference) : [];
  });
}

/**
 * Every timeframe of a sentence, resolved against `reference` and never after it; overlapping readings settled to the
 * longest, then refined. Offsets are relative to `sentence`.
 */
export function findTimeframes(sentence: string, reference: Date | null): TimeframeCandidate[] {
  const settled = mergeOverlapping([...findNewsTimeframes(sentence, reference), ...findCalendarDates(sentence, reference)]);
  return timeframeRefiners.reduce<TimeframeCandidate[]>((candidates, refine) => refine(candidates, sentence, reference), settled);
}

/** The day a wire dateline line opens with ("SEOUL, Oct. 12 (Yonhap) --"), read against `reference`; null when none. */
export function readDateline(line: string, reference: Date | null): Date | null {
  const [found] = applyRule(datelineRule, line, reference);
  return found?.timeframe.start ? dayOfIso(found.timeframe.start) : null;
}
