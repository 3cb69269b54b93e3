// Text stage: the caller's string, its masked twin (same length) and its sentences with exact offsets.
import type { PreparedText } from "../types.js";
import { maskFurniture } from "./furniture.js";
import { splitSentences } from "./sentences.js";

/**
 * Masks page furniture, markup and control characters (replaced by spaces, so offsets never move) and splits
 * the text into sentences whose `text` is exactly `input.slice(start, end)`. Never throws on strings.
 *
 * @example prepareText("Back To Top\n\nThae defected to Seoul in late July.\nMOST POPULAR").sentences
 * // [{ index: 0, start: 13, end: 48, text: "Thae defected to Seoul in late July.", paragraph: 0, headline: false }]
 */
export function prepareText(input: string): PreparedText {
  const masked = maskFurniture(input);
  const sentences = splitSentences(masked).map((sentence) => ({ ...sentence, text: input.slice(sentence.start, sentence.end) }));
  return { original: input, masked, sentences };
}
