// "over the weekend", "last weekend", "at the weekend": the most recent Saturday and Sunday up to the reference;
// "last weekend" is the one wholly before it.
import { daysSpan, mostRecentWeekday, shifted, unresolved } from "../calendar.js";
import type { TimeframeRule } from "../rule.js";

const SATURDAY = 6;
const SUNDAY = 0;

export const weekendRule: TimeframeRule = {
  id: "date/weekend",
  cue: /\bweekend\b/i,
  pattern: /\b(?:(?:over|during|at|on)\s+the|(last|this\s+past|past|this))\s+weekend\b(?!-)/gi,
  resolve(match, text, reference) {
    if (!reference) return unresolved(text);
    const relation = (match[1] ?? "").toLowerCase();
    if (relation !== "" && relation !== "this") {
      const sunday = mostRecentWeekday(reference, SUNDAY, true);
      return daysSpan(text, shifted(sunday, "day", -1), sunday);
    }
    const saturday = mostRecentWeekday(reference, SATURDAY, false);
    const sunday = shifted(saturday, "day", 1);
    return daysSpan(text, saturday, sunday > reference ? reference : sunday);
  },
};
