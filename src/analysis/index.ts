// The single compromise tagging of the sentences worth reading; every later stage reads these tokens.
// Names compromise does not know are found by our own rules, so no lexicon is passed: a per-call lexicon makes
// compromise rebuild its word lists on every call, and teaching the shared instance would leak into the caller's.
import { loadCompromise } from "../load/index.js";
import type { AnalysedSentence, Sentence, Token } from "../types.js";

interface CompromiseTerm {
  text: string;
  normal: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

/**
 * compromise's `tokenize` steps but its second `normal` pass: its parser has set every word's normal form already, and
 * the pass gives the same strings in a tenth of the tagging time.
 */
const TOKENIZE_STEPS = ["alias", "machine", "contractions"];

/**
 * compromise's lexicon and suffix tagger, without its post-tagger: the post-tagger's match rules cost two thirds of a
 * full parse, and the stages here read only word classes and name tags, which the pre-tagger already sets. Aliases
 * run again: the first pass read the words as written and before contractions were split, and the lexicon looks up
 * both.
 */
const TAGGING_STEPS = ["alias", "lexicon", "preTagger"];

/** The parts of compromise's world the tagging reaches: its parser, which `tokenize` runs before its steps. */
interface CompromiseWorld {
  methods: { one: { tokenize: { fromString: (text: string, world: CompromiseWorld) => unknown } } };
}

/** Between sentences in the one text handed to compromise: a paragraph break, so no token spans two sentences. */
const SEPARATOR = "\n\n";

/**
 * Tag the chosen sentences once, in a single compromise call (one call per sentence costs about 40% more);
 * token offsets are absolute offsets into the caller's string.
 */
export function analyseSentences(sentences: readonly Sentence[]): AnalysedSentence[] {
  const analysed = sentences.map((sentence) => ({ ...sentence, tokens: [] as Token[] }));
  if (analysed.length === 0) return analysed;
  const starts: number[] = [];
  let joined = "";
  for (const sentence of sentences) {
    if (joined.length > 0) joined += SEPARATOR;
    starts.push(joined.length);
    joined += sentence.text;
  }
  const compromise = loadCompromise();
  const world = compromise.world() as CompromiseWorld;
  // An empty view of the shared world holds the parsed text; `tokenize(joined)` would parse it the same way.
  const document = compromise.tokenize("");
  (document as unknown as { document: unknown }).document = world.methods.one.tokenize.fromString(joined, world);
  // The terms are read in place: `json()` would copy each one and join every sentence's text, a tenth of the time here.
  document.compute([...TOKENIZE_STEPS, ...TAGGING_STEPS, "offset"]);
  let current = 0;
  for (const terms of document.docs as unknown as CompromiseTerm[][]) {
    for (const term of terms) {
      while (current + 1 < starts.length && term.offset.start >= (starts[current + 1] ?? Infinity)) current++;
      const owner = analysed[current];
      if (!owner) continue;
      const start = owner.start + term.offset.start - (starts[current] ?? 0);
      owner.tokens.push({ text: term.text, normal: term.normal, start, end: start + term.offset.length, tags: term.tags });
    }
  }
  return analysed;
}

/**
 * Whether compromise's lexicon holds the word (lower-cased): a tag on a word it does not hold is a guess from the
 * word's ending, as "Ming" gets Gerund from "-ing".
 * @example inLexicon("meeting") // true
 */
export function inLexicon(normal: string): boolean {
  return Object.hasOwn(lexiconOf(), normal);
}

let lexicon: Readonly<Record<string, unknown>> | null = null;

function lexiconOf(): Readonly<Record<string, unknown>> {
  lexicon ??= (loadCompromise().model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  return lexicon;
}
