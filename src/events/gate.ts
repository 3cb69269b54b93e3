// The cheap gates around the regex cue: one scan that a text without any defection word fails, and, for each cue
// sentence, whether the look-alike rules leave any of its trigger words standing, so that no compromise tagging is
// spent on "fled the scene", "birth defects" or "defected to Labour".
import { compiledFrom, prefixAlternation, type Knowledge, type TriggerEntry } from "../data/index.js";
import type { AnalysedSentence, Sentence, Token } from "../types.js";
import { judgeTrigger } from "./modifiers.js";
import { findTriggerCandidates } from "./triggers.js";

interface GateMatchers {
  /**
   * Whether the text holds one word of a form that can make a cue without a defection context, or one of the names
   * every match of a context place begins with: a single scan of one prefix tree of each.
   */
  anyCueWord: (text: string) => boolean;
  /** The context places that give no names, run as their own patterns when the scan finds nothing. */
  unnamedPlaces: RegExp | null;
}

const gateMatchers = compiledFrom((knowledge: Knowledge): GateMatchers => {
  const standalone = knowledge.triggers.filter((entry) => !entry.contextual);
  const named = knowledge.contexts.filter((entry) => entry.names !== undefined && entry.names.length > 0);
  const unnamed = knowledge.contexts.filter((entry) => !named.includes(entry));
  return {
    anyCueWord: wordTest(standalone.flatMap(keyWords), named.flatMap((entry) => entry.names ?? [])),
    unnamedPlaces: unnamed.length > 0 ? new RegExp(unnamed.map((entry) => `(?:${entry.pattern})`).join("|")) : null,
  };
});

/**
 * One case-insensitive scan of two prefix trees (several times faster than a flat list): whole words, bounded where
 * every word begins and ends with a word character, and names, which need only begin a word ("Korea" in "Korean").
 */
function wordTest(words: readonly string[], names: readonly string[]): (text: string) => boolean {
  const bounded = (list: readonly string[]) => list.every((word) => /^\w(?:.*\w)?$/.test(word));
  const boundary = bounded(words) ? "\\b" : "";
  const branches = [`${boundary}${prefixAlternation(words)}${boundary}`];
  if (names.length > 0) branches.push(`${names.every((name) => /^\w/.test(name)) ? "\\b" : ""}${prefixAlternation(names)}`);
  const pattern = new RegExp(branches.join("|"), "i");
  return (text) => pattern.test(text);
}

/**
 * The one word of each form that every match of the form holds: the word most of the entry's forms share ("asylum"
 * in "sought political asylum"), so that the gate's scan looks for a few dozen words, not every phrase.
 */
function keyWords(entry: TriggerEntry): string[] {
  const shared = new Map<string, number>();
  const wordsOf = (form: string) => [...new Set(form.toLowerCase().split(/\s+/).filter((word) => word !== ""))];
  for (const form of entry.forms) for (const word of wordsOf(form)) shared.set(word, (shared.get(word) ?? 0) + 1);
  return entry.forms.map((form) => wordsOf(form).sort((a, b) => (shared.get(b) ?? 0) - (shared.get(a) ?? 0) || b.length - a.length)[0] ?? form);
}

/**
 * False when the text cannot pass the regex cue: it holds no word of a trigger that counts anywhere and names no
 * context place (which the common words need). One scan, at about the speed of a single regex pass.
 */
export function mayHoldDefection(text: string, knowledge: Knowledge): boolean {
  const { anyCueWord, unnamedPlaces } = gateMatchers(knowledge);
  return anyCueWord(text) || (unnamedPlaces !== null && unnamedPlaces.test(text));
}

/** Tags that let every word pass where the trigger finder asks compromise whether a word is a verb. */
const ANY_WORD_TAGS: ReadonlySet<string> = new Set(["Verb"]);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * Whether a cue sentence can be about a defection: false when no trigger word in it survives the trigger finder's
 * frames ("flown by Caspian Airlines" carries no craft) and the look-alike, hedge and negation rules ("The suspect
 * fled the scene", "Birth defects rose", "She defected to the Conservatives"). The sentence is read as if every word
 * could be a verb, so the words found are all that tagging could find, and more; the rules read words alone, so each
 * verdict is the one the tagged sentence gets.
 */
export function canHoldDefection(sentence: Sentence, knowledge: Knowledge): boolean {
  const untagged: AnalysedSentence = { ...sentence, tokens: wordTokens(sentence) };
  return findTriggerCandidates(untagged, knowledge).some((candidate) => {
    const verdict = judgeTrigger(sentence, candidate.start, candidate.end, knowledge);
    return verdict.lookalike === null && verdict.negation === null;
  });
}

function wordTokens(sentence: Sentence): Token[] {
  const tokens: Token[] = [];
  for (const match of sentence.text.matchAll(WORD)) {
    const start = sentence.start + match.index;
    tokens.push({ text: match[0], normal: match[0].toLowerCase(), start, end: start + match[0].length, tags: ANY_WORD_TAGS });
  }
  return tokens;
}
