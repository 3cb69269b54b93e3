// Decades: "the 1980s", "the early 1990s", "the mid-1980s", "the late 1970s" (early 0-3, mid 4-6, late 7-9).
// "1980s-style" describes a thing, not a time.
import { iso, partBounds, partsOf } from "../calendar.js";
import type { TimeframeRule } from "../rule.js";

export const decadeRule: TimeframeRule = {
  id: "date/decade",
  cue: /\d0['’]?s\b/i,
  pattern: /\b(?:the\s+)?(?:(early|mid|late)[-\s]+)?((?:1[89]|20)\d0)['’]?s(?![\w-])/gi,
  resolve(match, text) {
    const first = Number(match[2]);
    const [from, to] = partBounds(partsOf.decade, match[1] ?? "") ?? [0, 9];
    return { text, start: iso(first + from, 0, 1), end: iso(first + to, 11, 31), precision: "year" };
  },
};
