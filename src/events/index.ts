// Events stage: defection triggers with their look-alike, negation and status verdicts.
import type { Knowledge } from "../data/index.js";
import type { AnalysedSentence, Trigger } from "../types.js";
import { judgeTrigger } from "./modifiers.js";
import { findTriggerCandidates } from "./triggers.js";

export { hasDefectionCue, havenOf } from "./cue.js";
export { canHoldDefection, mayHoldDefection, type ArticleView } from "./gate.js";
export { DEFECTION_WORD_CONTEXT, defectionContext } from "./context.js";
export { selectRelevantSentences } from "./relevance.js";
export { outranks } from "./status.js";
export { startDocument } from "./modifiers.js";

/** A trigger that can become a record: no look-alike, hedge or negation disqualifies it. */
export function isUsable(trigger: Trigger): boolean {
  return trigger.lookalike === null && trigger.negation === null;
}

/** A trigger's own word sets its status ("defected") unless a phrase near it says more. */
const TRIGGER_STATUS = "status/trigger-word";

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
      arrival: candidate.entry.arrival === true,
      weak: candidate.entry.strength === "weak",
      contextual: candidate.entry.contextual === true,
      frame: candidate.entry.frame ?? "movement",
      status: verdict.status,
      statusSource: verdict.statusSource ?? { rule: TRIGGER_STATUS, start: candidate.start, end: candidate.end },
      negation: verdict.negation,
      lookalike: verdict.lookalike,
      hedge: verdict.hedge,
    };
  });
}
