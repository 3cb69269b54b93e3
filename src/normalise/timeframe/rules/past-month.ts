// A month after a preposition, with no day or year after it: "in April", "since November", "by March": the most
// recent such month at or before the reference (news reports what has happened).
import { alternation } from "../../../data/index.js";
import grammar from "../../../data/grammar.json";
import { MONTH_CUE, MONTH_PATTERN, NAME_END, isCapitalised, monthIndex, monthSpan, pastMonthYear, unresolved } from "../calendar.js";
import type { TimeframeRule } from "../rule.js";

/** "talks between Kim and May said ...": a name that speaks is no month; "Sept-Îles" is a town. */
const speaks = new RegExp(`^\\s+${alternation(grammar.reportingVerbs)}\\b`, "i");

export const pastMonthRule: TimeframeRule = {
  id: "date/past-month",
  cue: MONTH_CUE,
  pattern: new RegExp(
    `(?<=\\b(?:in|during|by|since|until|till|from|of|before|after|through|between|and|or|to)\\s+)(${MONTH_PATTERN})${NAME_END}(?!-|\\.?\\s*\\d)`,
    "gi",
  ),
  resolve(match, text, reference) {
    if (!isCapitalised(match[1]) || speaks.test((match.input ?? "").slice(match.index + match[0].length))) return null;
    if (!reference) return unresolved(text);
    const month = monthIndex(match[1] ?? "");
    return monthSpan(text, pastMonthYear(month, reference), month);
  },
};
