// Past-biased news timeframes: the rules for the forms chrono-node misses or reads forward, in one list,
// and the refiners that read chrono's results and settle overlaps. Adding a form = one rule file and one line here.
import { relativeMonthRule, relativeWeekRule, relativeYearRule, yearToDateRule } from "./relative-period.js";
import { monthOfRelativeYearRule, monthYearRule, pastMonthRule } from "./month.js";
import { partOfMonthRule } from "./part-of-month.js";
import { agoRule, partOfNamedYearRule, partOfYearRule, pastPeriodRule, yesterdayRule } from "./period.js";
import { applyRule, type TimeframeCandidate, type TimeframeRule } from "./rule.js";
import { decadeRule, sinceYearRule, vagueTimeRule, yearRule } from "./year.js";

export { MONTH_PATTERN } from "./calendar.js";
export { looksLikeYear } from "./year.js";
export { mergeOverlapping } from "./overlap.js";
export { timeframeFromChrono } from "./past-bias.js";
export type { TimeframeCandidate, TimeframeRule } from "./rule.js";

/** Order only breaks ties between equally long overlapping matches: the more specific rule comes first. */
const newsTimeframeRules: readonly TimeframeRule[] = [
  partOfYearRule,
  pastPeriodRule,
  partOfMonthRule,
  monthOfRelativeYearRule,
  monthYearRule,
  partOfNamedYearRule,
  yearToDateRule,
  relativeMonthRule,
  relativeWeekRule,
  relativeYearRule,
  agoRule,
  yesterdayRule,
  sinceYearRule,
  decadeRule,
  pastMonthRule,
  yearRule,
  vagueTimeRule,
];

/** Every news-form timeframe in a sentence, overlaps not yet settled; offsets relative to `sentence`. */
export function findNewsTimeframes(sentence: string, reference: Date | null): TimeframeCandidate[] {
  return newsTimeframeRules.flatMap((rule) => applyRule(rule, sentence, reference));
}
