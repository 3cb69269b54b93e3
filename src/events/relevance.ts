// Chooses the sentences worth tagging: those with a cue, plus the neighbours that name or describe the people in them.
import type { Knowledge } from "../data/index.js";
import type { Sentence } from "../types.js";
import { hasSentenceCue, isInDefectionContext } from "./cue.js";
import type { ArticleView } from "./gate.js";

/** Context read around a cue sentence: "Thae was the No. 2 man ..." follows the sentence about his defection. */
const BEFORE = 1;
const AFTER = 2;

/**
 * `text` is the whole article: whether it names a defection word or place decides whether common words count. A cue
 * sentence that `canHold` (when given) turns down makes neither itself nor its neighbours worth reading.
 */
export function selectRelevantSentences(
  sentences: readonly Sentence[],
  text: string,
  knowledge: Knowledge,
  canHold?: (sentence: Sentence, knowledge: Knowledge, article: ArticleView) => boolean,
): Sentence[] {
  const keep = new Set<number>();
  const inContext = isInDefectionContext(text, knowledge);
  const article: ArticleView = { text, sentences, inContext };
  for (const sentence of sentences) {
    if (!hasSentenceCue(sentence.text, knowledge, inContext) || (canHold && !canHold(sentence, knowledge, article))) continue;
    for (let index = sentence.index - BEFORE; index <= sentence.index + AFTER; index++) {
      if (index >= 0 && index < sentences.length) keep.add(index);
    }
  }
  return sentences.filter((sentence) => keep.has(sentence.index));
}
