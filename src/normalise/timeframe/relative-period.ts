// "last year", "this month", "earlier this year", "late last month", "last week", "so far this year": periods named
// relative to the reference date.
import { iso, isoOf, lastDayOf, monthSpan, partOfMonthDays, relativeYear, shifted, unresolved, utcDate, yearSpan } from "./calendar.js";
import type { TimeframeRule } from "./rule.js";

export const relativeYearRule: TimeframeRule = {
  id: "date/relative-year",
  pattern: /\b(last|this|next|previous)\s+year\b/gi,
  resolve(match, text, reference) {
    return reference ? yearSpan(text, relativeYear(match[1] ?? "this", reference)) : unresolved(text);
  },
};

/** "earlier this year" and "so far this year" run from January 1 to the reference; "later this year" from it to December 31. */
export const yearToDateRule: TimeframeRule = {
  id: "date/year-to-date",
  pattern: /\b(?:(earlier|later)\s+this\s+year|so\s+far\s+this\s+year|this\s+year\s+so\s+far)\b/gi,
  resolve(match, text, reference) {
    if (!reference) return unresolved(text);
    const year = reference.getUTCFullYear();
    const later = (match[1] ?? "").toLowerCase() === "later";
    return { text, start: later ? isoOf(reference) : iso(year, 0, 1), end: later ? iso(year, 11, 31) : isoOf(reference), precision: "year" };
  },
};

/** "last month", "early this month", "late last month", "earlier this month". */
export const relativeMonthRule: TimeframeRule = {
  id: "date/relative-month",
  pattern: /\b(?:(early|mid|late|earlier|later|the\s+end\s+of|the\s+beginning\s+of)\s+)?(last|this|next|previous)\s+month\b/gi,
  resolve(match, text, reference) {
    if (!reference) return unresolved(text);
    const shift = { last: -1, previous: -1, next: 1 }[(match[2] ?? "").toLowerCase()] ?? 0;
    const month = shifted(utcDate(reference.getUTCFullYear(), reference.getUTCMonth(), 1), "month", shift);
    const year = month.getUTCFullYear();
    const index = month.getUTCMonth();
    const part = (match[1] ?? "").toLowerCase();
    if (part === "earlier" && shift === 0) return { text, start: iso(year, index, 1), end: isoOf(reference), precision: "month" };
    if (part === "later" && shift === 0) return { text, start: isoOf(reference), end: iso(year, index, lastDayOf(year, index)), precision: "month" };
    if (part === "" || part === "earlier" || part === "later") return monthSpan(text, year, index);
    const [from, to] = partOfMonthDays(part.replace(/^the\s+/, "").replace(/\s+of$/, ""));
    return monthSpan(text, year, index, from, to);
  },
};

/** "last week": the previous Monday-to-Sunday week; "this week": the week containing the reference, up to it. */
export const relativeWeekRule: TimeframeRule = {
  id: "date/relative-week",
  pattern: /\b(last|this|previous)\s+week\b/gi,
  resolve(match, text, reference) {
    if (!reference) return unresolved(text);
    const monday = shifted(reference, "day", -((reference.getUTCDay() + 6) % 7));
    if ((match[1] ?? "").toLowerCase() === "this") return { text, start: isoOf(monday), end: isoOf(reference), precision: "day" };
    return { text, start: isoOf(shifted(monday, "week", -1)), end: isoOf(shifted(monday, "day", -1)), precision: "day" };
  },
};
