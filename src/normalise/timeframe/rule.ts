// The shape shared by the timeframe rules: a pattern for one news form and how it resolves against the reference.
import type { Timeframe } from "../../contract.js";
import { unresolved } from "./calendar.js";

export interface TimeframeRule {
  /** Provenance id stamped on the mention, e.g. "date/late-month". */
  id: string;
  /** Global, compiled once; group 0 is the span reported (after `wording` trims a bare leading preposition). */
  pattern: RegExp;
  /** Relative forms return null start/end (precision "unknown") when there is no reference; null drops the match. */
  resolve(match: RegExpExecArray, text: string, reference: Date | null): Timeframe | null;
}

/** A timeframe found in a sentence; offsets are relative to the sentence text. */
export interface TimeframeCandidate {
  start: number;
  end: number;
  timeframe: Timeframe;
  rule: string;
}

const bareLeadingPreposition = /^(?:in|on|at)\s+/i;

/** The expression as worded, without a leading bare "in", "on" or "at": "in late July" -> "late July". */
export function wording(text: string): { text: string; skipped: number } {
  const lead = bareLeadingPreposition.exec(text)?.[0].length ?? 0;
  return { text: text.slice(lead), skipped: lead };
}

/** Runs one rule over a sentence, each match trimmed to its wording. */
export function applyRule(rule: TimeframeRule, sentence: string, reference: Date | null): TimeframeCandidate[] {
  const found: TimeframeCandidate[] = [];
  for (const match of sentence.matchAll(rule.pattern)) {
    const { text, skipped } = wording(match[0]);
    const timeframe = writable(rule.resolve(match, text, reference));
    if (!timeframe) continue;
    const start = match.index + skipped;
    found.push({ start, end: start + text.length, timeframe, rule: rule.id });
  }
  return found;
}

const FOUR_DIGIT_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Arithmetic past the year 9999 or before 0000 ("next year" of 9999) has no yyyy-mm-dd: the wording stays, unresolved. */
function writable(timeframe: Timeframe | null): Timeframe | null {
  if (!timeframe || [timeframe.start, timeframe.end].every((day) => day === null || FOUR_DIGIT_DAY.test(day))) return timeframe;
  return unresolved(timeframe.text);
}
