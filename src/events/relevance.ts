// Chooses the sentences worth tagging: those with a cue, plus the neighbours that name or describe the people in them.
import type { Knowledge } from "../data/index.js";
import type { Sentence } from "../types.js";
import { hasDefectionCue } from "./cue.js";

/** Context read around a cue sentence: "Thae was the No. 2 man ..." follows the sentence about his defection. */
const BEFORE = 1;
const AFTER = 2;

export function selectRelevantSentences(sentences: readonly Sentence[], knowledge: Knowledge): Sentence[] {
  const keep = new Set<number>();
  for (const sentence of sentences) {
    if (!hasDefectionCue(sentence.text, knowledge)) continue;
    for (let index = sentence.index - BEFORE; index <= sentence.index + AFTER; index++) {
      if (index >= 0 && index < sentences.length) keep.add(index);
    }
  }
  return sentences.filter((sentence) => keep.has(sentence.index));
}
