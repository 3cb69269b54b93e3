// "around Aug. 16", "circa 1985", "roughly mid-2014": an approximate date keeps its reading and takes the hedge into its
// wording, as a reader quotes it.
import { rewritten, type TimeframeRefiner } from "../rule.js";

const RULE = "date/approximate";
/** Not "about": "a book about 1989" is about the year, not around it. */
const HEDGE = /\b((?:sometime\s+|some\s+time\s+)?(?:around|circa|c\.|approximately|roughly)\s+)$/i;

export const approximateDates: TimeframeRefiner = (candidates, sentence) =>
  candidates.map((candidate) => {
    const hedge = HEDGE.exec(sentence.slice(Math.max(0, candidate.start - 24), candidate.start));
    if (!hedge?.[1]) return candidate;
    return rewritten(sentence, candidate.start - hedge[1].length, candidate.end, RULE, (text) => ({ ...candidate.timeframe, text }));
  });
