// The cheap path: one regex pass that tells whether a text (or a sentence) can hold a defection at all.
import { alternation, compiledFrom, type Knowledge } from "../data/index.js";

/** Within this many characters after a weak trigger, a cross-border frame must begin ("fled ... to Seoul"). */
const FRAME_REACH = 60;

interface CueMatchers {
  /** Any strong trigger form, or a weak one followed by a frame that could name a place. */
  sentence: RegExp;
}

const cueMatchers = compiledFrom((knowledge: Knowledge): CueMatchers => {
  const strong = knowledge.triggers.filter((entry) => entry.strength === "strong").flatMap((entry) => entry.forms);
  const weak = knowledge.triggers.filter((entry) => entry.strength === "weak").flatMap((entry) => entry.forms);
  const weakWithFrame = `${alternation(weak)}\\b[^.!?\\n]{0,${FRAME_REACH}}?\\b(?:to|into|from|across|in|for)\\s+(?:the\\s+|a\\s+|an\\s+)?[A-Z]`;
  const weakWithObject = `${alternation(weak)}\\s+(?:the\\s+)?(?:North|South|[A-Z][a-z]+|country|regime|border)\\b`;
  return {
    sentence: new RegExp(`\\b(?:${alternation(strong)}\\b|${weakWithFrame}|${weakWithObject})`, "i"),
  };
});

/** True when the text contains a defection cue anywhere; false means no record can come out of it. */
export function hasDefectionCue(text: string, knowledge: Knowledge): boolean {
  return cueMatchers(knowledge).sentence.test(text);
}
