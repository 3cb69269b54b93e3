// Timeframes open at one end: "since 2011" runs from its start to the reference (null end without one), "until 2014"
// from an unknown start to its end, and a running total "as of end-September" ends there with a null start; "as of"
// is not part of the wording.
import type { Timeframe } from "../../../contract.js";
import { isoOf } from "../calendar.js";
import { rewritten, type TimeframeRefiner } from "../rule.js";

interface OpenEnd {
  rule: string;
  /** The word before the timeframe; group 1 (when present) becomes part of the wording. */
  before: RegExp;
  read(timeframe: Timeframe, reference: Date | null): Pick<Timeframe, "start" | "end">;
}

const openEnds: readonly OpenEnd[] = [
  { rule: "date/since", before: /\b((?:ever\s+)?since\s+)$/i, read: (timeframe, reference) => ({ start: timeframe.start, end: sinceEnd(timeframe, reference) }) },
  { rule: "date/until", before: /\b((?:up\s+)?(?:until|till)\s+)$/i, read: (timeframe) => ({ start: null, end: timeframe.end }) },
  { rule: "date/as-of", before: /\bas\s+(?:of|at)\s+$/i, read: (timeframe) => ({ start: null, end: timeframe.end }) },
];

/** The reference ends a "since" period; one that falls before the period's start (a reference date in year 1) ends none. */
function sinceEnd(timeframe: Timeframe, reference: Date | null): string | null {
  const end = reference ? isoOf(reference) : null;
  return end !== null && timeframe.start !== null && end < timeframe.start ? null : end;
}

export const openEndedPeriods: TimeframeRefiner = (candidates, sentence, reference) =>
  candidates.map((candidate) => {
    const lead = sentence.slice(Math.max(0, candidate.start - 16), candidate.start);
    for (const openEnd of openEnds) {
      const match = openEnd.before.exec(lead);
      if (!match) continue;
      const start = candidate.start - (match[1]?.length ?? 0);
      const ends = openEnd.read(candidate.timeframe, reference);
      return rewritten(sentence, start, candidate.end, openEnd.rule, (text) =>
        ends.start === null && ends.end === null ? { text, ...ends, precision: "unknown" } : { text, ...ends, precision: candidate.timeframe.precision },
      );
    }
    return candidate;
  });
