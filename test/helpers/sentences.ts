// Builds tagged sentences for stage tests, the way the pipeline does, without running the rest of it.
import { analyseSentences } from "../../src/analysis/index.js";
import type { AnalysedSentence } from "../../src/types.js";

export function analysed(text: string, offset = 0): AnalysedSentence {
  const padded = " ".repeat(offset) + text;
  const [sentence] = analyseSentences(
    [{ index: 0, start: offset, end: padded.length, text, paragraph: 0, headline: !/[.!?"”]$/.test(text) }],
  );
  if (!sentence) throw new Error("analysis returned no sentence");
  return sentence;
}
