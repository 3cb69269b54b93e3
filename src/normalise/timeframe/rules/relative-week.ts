// "last week" is the previous Monday..Sunday; "this week" and "earlier this week" run from Monday to the reference;
// "late last week", "early this week" are part of that week. "next week" and "later this week" have not happened yet.
import { daysSpan, mondayOf, partBounds, partsOf, shifted, unresolved } from "../calendar.js";
import type { TimeframeRule } from "../rule.js";

export const relativeWeekRule: TimeframeRule = {
  id: "date/relative-week",
  cue: /\bweek\b/i,
  pattern: /\b(?:(early|mid|late|earlier|later)[-\s]+|the\s+(end|beginning|start|middle)\s+of\s+)?(last|this|previous|next)\s+week\b(?!-)/gi,
  resolve(match, text, reference) {
    const relation = (match[3] ?? "").toLowerCase();
    const part = (match[1] ?? match[2] ?? "").toLowerCase();
    const current = relation === "this";
    if (!reference || relation === "next" || (current && part === "later")) return unresolved(text);
    const monday = shifted(mondayOf(reference), "week", current ? 0 : -1);
    // "earlier" names no fixed part: the whole week, which for this week ends at the reference.
    const [from, to] = partBounds(partsOf.week, part) ?? [0, 6];
    const first = shifted(monday, "day", from);
    const last = shifted(monday, "day", to);
    if (first > reference) return unresolved(text);
    return daysSpan(text, first, last > reference ? reference : last);
  },
};
