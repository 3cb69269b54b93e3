// Chooses the sentences worth tagging: those with a cue, plus the neighbours that name or describe the people in them.
import type { Knowledge } from "../data/index.js";
import type { Sentence } from "../types.js";
import { cueSpans, hasSentenceCue, isInDefectionContext } from "./cue.js";
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
  const touched = sentencesTouched(sentences, cueSpans(text, knowledge, inContext));
  for (const sentence of sentences) {
    if (!touched.has(sentence.index) || !hasSentenceCue(sentence.text, knowledge, inContext) || (canHold && !canHold(sentence, knowledge, article))) continue;
    for (let index = sentence.index - BEFORE; index <= sentence.index + AFTER; index++) {
      if (index >= 0 && index < sentences.length) keep.add(index);
    }
  }
  return sentences.filter((sentence) => keep.has(sentence.index));
}

/** Indices of the sentences that overlap a span; sentences are in text order and do not overlap. */
function sentencesTouched(sentences: readonly Sentence[], spans: ReadonlyArray<readonly [number, number]>): Set<number> {
  const touched = new Set<number>();
  for (const [start, end] of spans) {
    let low = 0;
    let high = sentences.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sentences[middle]?.end ?? Infinity) <= start) low = middle + 1;
      else high = middle;
    }
    for (let index = low; index < sentences.length && (sentences[index]?.start ?? Infinity) < end; index++) touched.add(sentences[index]?.index ?? index);
  }
  return touched;
}
