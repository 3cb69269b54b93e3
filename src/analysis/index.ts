// The single compromise tagging of the sentences worth reading; every later stage reads these tokens.
import nlp from "compromise/two";
import { compiledFrom, type Knowledge } from "../data/index.js";
import type { AnalysedSentence, Sentence, Token } from "../types.js";

interface CompromiseTerm {
  text: string;
  normal: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** Words compromise does not know, passed per call so the shared compromise instance is never mutated. */
const lexiconFor = compiledFrom((knowledge: Knowledge) => {
  const lexicon: Record<string, string> = {};
  for (const surname of knowledge.surnames) lexicon[surname.toLowerCase()] = "LastName";
  return lexicon;
});

/** Tag each sentence once; token offsets are absolute offsets into the caller's string. */
export function analyseSentences(sentences: readonly Sentence[], knowledge: Knowledge): AnalysedSentence[] {
  const lexicon = lexiconFor(knowledge);
  return sentences.map((sentence) => ({ ...sentence, tokens: tokenise(sentence, lexicon) }));
}

function tokenise(sentence: Sentence, lexicon: Record<string, string>): Token[] {
  const parsed = nlp(sentence.text, lexicon).json({ offset: true }) as {
    terms: CompromiseTerm[];
  }[];
  const tokens: Token[] = [];
  for (const part of parsed) {
    for (const term of part.terms) {
      const start = sentence.start + term.offset.start;
      tokens.push({
        text: term.text,
        normal: term.normal,
        start,
        end: start + term.offset.length,
        tags: new Set(term.tags),
      });
    }
  }
  return tokens;
}
