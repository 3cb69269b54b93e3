// "last month", "early this month", "late last month", "the end of last month": periods of the month named relative to
// the reference; "earlier this month" runs from the 1st to the reference. "next month" and "later this month" are to come.
import { iso, isoOf, monthSpan, partBounds, partsOf, shifted, unresolved, utcDate } from "../calendar.js";
import type { TimeframeRule } from "../rule.js";

export const relativeMonthRule: TimeframeRule = {
  id: "date/relative-month",
  cue: /\bmonth\b/i,
  pattern: /\b(?:(early|mid|late|earlier|later)[-\s]+|the\s+(end|beginning|start|middle)\s+of\s+)?(last|this|next|previous)\s+month\b(?!-)/gi,
  resolve(match, text, reference) {
    const relation = (match[3] ?? "").toLowerCase();
    const part = (match[1] ?? match[2] ?? "").toLowerCase();
    const current = relation === "this";
    if (!reference || relation === "next" || (current && part === "later")) return unresolved(text);
    const month = shifted(utcDate(reference.getUTCFullYear(), reference.getUTCMonth(), 1), "month", current ? 0 : -1);
    const year = month.getUTCFullYear();
    const index = month.getUTCMonth();
    if (current && part === "earlier") return { text, start: iso(year, index, 1), end: isoOf(reference), precision: "month" };
    const [from, to] = partBounds(partsOf.month, part) ?? [1, 31];
    // "late this month" read on the 12th has not happened yet.
    if (current && utcDate(year, index, from) > reference) return unresolved(text);
    return monthSpan(text, year, index, from, to);
  },
};
