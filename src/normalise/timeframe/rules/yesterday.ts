// "yesterday", "today", "last night", "overnight", "this morning", "the day before yesterday": days named from the
// reference.
import { daySpan, shifted, unresolved } from "../calendar.js";
import type { TimeframeRule } from "../rule.js";

const DAYS_BACK: Readonly<Record<string, number>> = { today: 0, tonight: 0, "this morning": 0, "this afternoon": 0, "this evening": 0, yesterday: 1, "last night": 1, overnight: 1 };
/** "defected to Turkey overnight," or "overnight into Turkey", not "an overnight train": the adverb, not the adjective. */
const OVERNIGHT = String.raw`overnight(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|to|from|into|and|after|before|at|near|across|when|while|as)\b)`;

export const yesterdayRule: TimeframeRule = {
  id: "date/yesterday",
  cue: /\b(?:yesterday|today|tonight|night|overnight|this\s+(?:morning|afternoon|evening))\b/i,
  pattern: new RegExp(String.raw`\b(?:(the\s+day\s+before\s+yesterday)|yesterday|today|tonight|last\s+night|${OVERNIGHT}|this\s+(?:morning|afternoon|evening))\b`, "gi"),
  resolve(match, text, reference) {
    if (!reference) return unresolved(text);
    const back = match[1] ? 2 : (DAYS_BACK[match[0].toLowerCase().replace(/\s+/g, " ")] ?? 0);
    return daySpan(text, shifted(reference, "day", -back));
  },
};
