// "the January-September period", "the 2011-2014 period": the noun phrase around a period is how news names it, so it
// is the wording; the reading and its rule stay.
import type { TimeframeRefiner } from "../rule.js";

const THE_BEFORE = /\bthe\s+$/i;
const PERIOD_AFTER = /^\s+period\b/i;

export const periodPhrases: TimeframeRefiner = (candidates, sentence) =>
  candidates.map((candidate) => {
    const before = THE_BEFORE.exec(sentence.slice(Math.max(0, candidate.start - 5), candidate.start));
    const after = PERIOD_AFTER.exec(sentence.slice(candidate.end));
    if (!before || !after) return candidate;
    const start = candidate.start - before[0].length;
    const end = candidate.end + after[0].length;
    return { ...candidate, start, end, timeframe: { ...candidate.timeframe, text: sentence.slice(start, end) } };
  });
