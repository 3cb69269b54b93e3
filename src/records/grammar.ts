// Closed-class word sets (data/grammar.json) as lookups, and token tests that assembly rules share.
import grammar from "../data/grammar.json";
import type { Token } from "../types.js";

const asSet = (words: readonly string[]): ReadonlySet<string> => new Set(words);

const REPORTING_VERBS = asSet(grammar.reportingVerbs);
export const SUBORDINATORS = asSet(grammar.subordinators);
export const RELATIVE_PRONOUNS = asSet(grammar.relativePronouns);
export const VERB_GROUP_WORDS = asSet(grammar.verbGroupWords);
export const HEDGES = asSet(grammar.hedges);
export const INDEFINITE = asSet(grammar.indefiniteDeterminers);
export const ANOTHER = asSet(grammar.anotherDeterminers);
export const DEFINITE = asSet(grammar.definiteDeterminers);
export const SINGULAR_PRONOUNS = asSet(grammar.singularPronouns);
export const PLURAL_PRONOUNS = asSet(grammar.pluralPronouns);
export const GROUP_NOUNS = asSet(grammar.groupNouns);
export const GROUP_INTRODUCERS: readonly string[] = grammar.groupIntroducers;
export const ANCHOR_VERBS = asSet(grammar.anchorVerbs);
export const COMPANIONS: readonly string[] = grammar.companions;
export const PERSON_NOUNS = asSet(grammar.personNouns);
/** "the man", "the defector": words that can stand for any one person already spoken of. */
export const ANY_PERSON_NOUNS = asSet(grammar.anyPersonNouns);
/** "the men", "the defectors": the same for a group. */
export const ANY_PEOPLE_NOUNS = asSet(grammar.anyPeopleNouns);
export const OBJECT_PRONOUNS = asSet(grammar.objectPronouns);
/** "was" in "was spotted": the person is the one the verb happened to. */
export const PASSIVE_AUXILIARIES = asSet(grammar.passiveAuxiliaries);
const TRADE_OF = new Map(grammar.sameTrade.flatMap((trade) => trade.map((word) => [word, trade[0]] as const)));

/** "sailor" and "seaman", "pilot" and "airman": two words for one trade, or one word twice. */
export function sameTrade(a: string, b: string): boolean {
  const [left, right] = [a.toLowerCase(), b.toLowerCase()];
  return left === right || (TRADE_OF.has(left) && TRADE_OF.get(left) === TRADE_OF.get(right));
}
const FEMALE = asSet(grammar.femaleNouns);
const MALE = asSet(grammar.maleNouns);

/** "wife" and "she" are female, "son" and "he" male; most words say nothing. */
export function genderOf(word: string): "female" | "male" | null {
  const lower = word.toLowerCase();
  return FEMALE.has(lower) ? "female" : MALE.has(lower) ? "male" : null;
}

/** Auxiliaries of the perfect, after which "since" is an adverb inside the verb group ("has since defected"). */
const PERFECT_AUXILIARIES = asSet(["has", "have", "had"]);

/**
 * The first token of the verb group ending just before token `verb`: auxiliaries, hedges and adverbs such as
 * "reportedly", and "since" after "has" ("has since defected"); it stops before a relative pronoun.
 */
export function verbGroupStart(tokens: readonly Token[], verb: number): number {
  let group = verb;
  const inGroup = (index: number) => {
    const word = bare(tokens[index]);
    if (RELATIVE_PRONOUNS.has(word)) return false;
    return VERB_GROUP_WORDS.has(word) || (word === "since" && PERFECT_AUXILIARIES.has(bare(tokens[index - 1])));
  };
  while (group > 0 && inGroup(group - 1)) group--;
  return group;
}

/** The last word of a phrase, lower-cased: the head of "the senior air force officer". */
export function headWord(phrase: string): string {
  return phrase.toLowerCase().split(/\s+/).at(-1) ?? "";
}

/** compromise's normal form keeps possessive "'s"; lookups want the bare word. */
export function bare(token: Token | undefined): string {
  return token ? token.normal.replace(/['’]s$/, "") : "";
}

/** "said", "reported", "according": not "States" in "the United States". */
export function isReportingVerb(token: Token | undefined): boolean {
  return token !== undefined && REPORTING_VERBS.has(bare(token)) && !(token.tags.has("ProperNoun") && /^[A-Z]/.test(token.text) && token.tags.has("Place"));
}

export function isDeterminer(token: Token | undefined): boolean {
  const word = bare(token);
  return INDEFINITE.has(word) || ANOTHER.has(word) || DEFINITE.has(word);
}
