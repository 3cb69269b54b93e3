// The shapes shared by the timeframe rules and refiners: a pattern for one news form and how it resolves against the
// reference; a refiner reads the settled candidates of a sentence and joins, widens or re-reads them.
import type { Timeframe } from "../../contract.js";
import { unresolved } from "./calendar.js";

export interface TimeframeRule {
  /** Provenance id stamped on the mention (date/late-month, date/weekday, ...). */
  id: string;
  /**
   * A cheap test every sentence the pattern can match passes: most sentences fail it, and the pattern is not run.
   * Rules share cue objects, so each cue is tested once per sentence.
   */
  cue: RegExp;
  /** Global, compiled once; group 0 is the span reported (after `wording` trims a bare leading preposition). */
  pattern: RegExp;
  /** Named groups, the first that matched is reported instead of group 0 (the pattern then needs the "d" flag). */
  span?: readonly string[];
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

/** Reads the sentence's candidates, overlaps settled and in text order, and returns them refined, still in order. */
export type TimeframeRefiner = (candidates: readonly TimeframeCandidate[], sentence: string, reference: Date | null) => TimeframeCandidate[];

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
    const group = rule.span?.find((name) => match.groups?.[name] !== undefined);
    const [from] = (group && match.indices?.groups?.[group]) || [match.index];
    const { text, skipped } = wording(group ? (match.groups?.[group] ?? "") : match[0]);
    const timeframe = writable(rule.resolve(match, text, reference));
    if (!timeframe) continue;
    const start = from + skipped;
    found.push({ start, end: start + text.length, timeframe, rule: rule.id });
  }
  return found;
}

/** The candidate re-worded over `start..end` of the sentence, with a new reading and the rule that made it. */
export function rewritten(sentence: string, start: number, end: number, rule: string, timeframe: (text: string) => Timeframe): TimeframeCandidate {
  const text = sentence.slice(start, end);
  return { start, end, rule, timeframe: timeframe(text) };
}

const FOUR_DIGIT_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Arithmetic past the year 9999 or before 0000 ("next year" of 9999) has no yyyy-mm-dd: the wording stays, unresolved. */
function writable(timeframe: Timeframe | null): Timeframe | null {
  if (!timeframe || [timeframe.start, timeframe.end].every((day) => day === null || FOUR_DIGIT_DAY.test(day))) return timeframe;
  return unresolved(timeframe.text);
}
