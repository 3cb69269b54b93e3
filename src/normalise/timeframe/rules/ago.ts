// "two years ago", "a week ago", "several months ago", "a few days ago", "one week ago today": counted back from the
// reference. A year or a month back is that whole year or month, a week back that Monday..Sunday week, a day that day;
// a vague count ("several" is 3..7) spans every unit it may mean. With "today" or "yesterday" the count names one day;
// with "this month" or "this week" after years or months it names that month or week of the year counted back to.
import { COUNT_PATTERN, countRange, daysSpan, iso, mondayOf, shifted, unresolved, type Unit } from "../calendar.js";
import type { TimeframeRule } from "../rule.js";

export const agoRule: TimeframeRule = {
  id: "date/ago",
  cue: /\bago\b/i,
  pattern: new RegExp(`\\b(${COUNT_PATTERN})\\s+(years?|months?|weeks?|days?|decades?)\\s+ago(?:\\s+(today|yesterday)|\\s+this\\s+(month|week))?\\b`, "gi"),
  resolve(match, text, reference) {
    const range = countRange(match[1] ?? "");
    if (!range) return null;
    if (!reference) return unresolved(text);
    const singular = (match[2] ?? "").toLowerCase().replace(/s$/, "");
    const factor = singular === "decade" ? 10 : 1;
    const unit = (singular === "decade" ? "year" : singular) as Unit;
    const [fewest, most] = [range[0] * factor, range[1] * factor];
    const anchor = match[3] ? shifted(reference, "day", match[3].toLowerCase() === "yesterday" ? -1 : 0) : null;
    if (anchor && unit !== "day") {
      const day = shifted(anchor, unit, -fewest);
      return fewest === most ? daysSpan(text, day, day) : daysSpan(text, shifted(anchor, unit, -most), day);
    }
    const part = (match[4] ?? "").toLowerCase();
    if (fewest === most && ((part === "month" && unit === "year") || (part === "week" && unit !== "week" && unit !== "day"))) {
      const back = shifted(reference, unit, -fewest);
      if (part === "week") return daysSpan(text, mondayOf(back), shifted(mondayOf(back), "day", 6));
      return { text, start: iso(back.getUTCFullYear(), back.getUTCMonth(), 1), end: iso(back.getUTCFullYear(), back.getUTCMonth() + 1, 0), precision: "month" };
    }
    const earliest = shifted(reference, unit, -most);
    const latest = shifted(reference, unit, -fewest);
    if (unit === "year") return { text, start: iso(earliest.getUTCFullYear(), 0, 1), end: iso(latest.getUTCFullYear(), 11, 31), precision: "year" };
    if (unit === "month") {
      return { text, start: iso(earliest.getUTCFullYear(), earliest.getUTCMonth(), 1), end: iso(latest.getUTCFullYear(), latest.getUTCMonth() + 1, 0), precision: "month" };
    }
    if (unit === "week") return daysSpan(text, mondayOf(earliest), shifted(mondayOf(latest), "day", 6));
    return daysSpan(text, earliest, latest);
  },
};
