// Events stage: defection triggers with their look-alike, negation and status verdicts.
import type { Knowledge } from "../data/index.js";
import type { AnalysedSentence, Trigger } from "../types.js";
import { judgeTrigger } from "./modifiers.js";
import { findTriggerCandidates } from "./triggers.js";

export { hasDefectionCue } from "./cue.js";
export { selectRelevantSentences } from "./relevance.js";
export { outranks } from "./status.js";

/** Every trigger in the sentence, including disqualified ones (their `lookalike` says why), in text order. */
export function findTriggers(sentence: AnalysedSentence, knowledge: Knowledge): Trigger[] {
  return findTriggerCandidates(sentence, knowledge).map((candidate) => {
    const verdict = judgeTrigger(sentence, candidate.start, candidate.end, knowledge);
    return {
      sentence: sentence.index,
      start: candidate.start,
      end: candidate.end,
      text: candidate.text,
      rule: candidate.entry.id,
      form: candidate.entry.form,
      status: verdict.status,
      negated: verdict.negated,
      lookalike: verdict.lookalike,
    };
  });
}
