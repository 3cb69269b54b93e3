// The cheap gates around the regex cue: one scan that a text without any defection word fails, and, for each cue
// sentence, whether the look-alike rules leave any of its trigger words standing and whether, outside a defection
// story, anyone in it could serve a state, so that no compromise tagging is spent on "fled the scene", "birth defects",
// "defected to Labour" or "Thousands flee the wildfire".
import { cityMapping } from "city-timezones";
import grammar from "../data/grammar.json";
import numbers from "../data/numbers.json";
import { alternation, compiledFrom, prefixAlternation, type Knowledge, type TriggerEntry } from "../data/index.js";
import { roleTable } from "../normalise/roles.js";
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
  const wordBoundary = words.every((word) => /^\w(?:.*\w)?$/.test(word)) ? "\\b" : "";
  const nameBoundary = names.every((name) => /^\w/.test(name)) ? "\\b" : "";
  const wordBranch = `${prefixAlternation(words)}${wordBoundary}`;
  const nameBranch = prefixAlternation(names);
  // One leading boundary for both trees when both need it: the scan then tests it once per position (a fifth less time).
  const source =
    names.length === 0
      ? `${wordBoundary}${wordBranch}`
      : wordBoundary === nameBoundary
        ? `${wordBoundary}(?:${wordBranch}|${nameBranch})`
        : `${wordBoundary}${wordBranch}|${nameBoundary}${nameBranch}`;
  const pattern = new RegExp(source, "i");
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

/** The role categories for which, in an article with no defection context, a weak word makes a record. */
const STATE_SERVICE: ReadonlySet<string> = new Set(grammar.stateServiceCategories);
/** "No. 2 man", "number two official", "second-in-command": a position, whose category comes from its body. */
const POSITION = "\\bn(?:o\\.|umber)\\s*(?:\\d|two|three)|second-in-command";

interface ServiceMatchers {
  /** A word that can give a defector a state servant's role: a title or service word, a body, a position. */
  serviceWord: RegExp;
  /** A body, place or name of a context country: among the mentions it sets the context. */
  contextName: RegExp;
  /** A figure, from which a statistic may be read even where no record is. */
  figure: RegExp;
}

const serviceMatchers = compiledFrom((knowledge: Knowledge): ServiceMatchers => {
  const table = roleTable(knowledge);
  const titles = [...table.forms].filter(([, title]) => STATE_SERVICE.has(table.categories.get(title) ?? "")).map(([form]) => form);
  const services = [...table.qualifiers].filter(([, category]) => STATE_SERVICE.has(category)).map(([word]) => word);
  const bodies = knowledge.organisations.filter((body) => body.generic === true || STATE_SERVICE.has(body.memberCategory));
  const countries = new Set(knowledge.contexts.map((entry) => entry.country));
  const places = knowledge.places.filter((place) => place.country !== null && countries.has(place.country));
  const names = [
    ...knowledge.contexts.flatMap((entry) => entry.names ?? []),
    ...knowledge.organisations.filter((body) => body.country !== null && countries.has(body.country)).flatMap((body) => [body.canonical, ...body.aliases]),
    ...places.flatMap((place) => [place.name, ...place.aliases, ...(place.contextAliases ?? []), ...place.demonyms]),
    ...cityMapping.filter((city) => countries.has(city.iso2)).flatMap((city) => [city.city, city.city_ascii]),
  ];
  const bodyNames = prefixAlternation(withoutApostrophes(bodies.flatMap((body) => [body.canonical, ...body.aliases])));
  return {
    serviceWord: new RegExp(`\\b${prefixAlternation([...titles, ...services])}\\b|\\b${bodyNames}|${POSITION}`, "i"),
    contextName: new RegExp(`\\b${prefixAlternation(withoutApostrophes(names))}`, "i"),
    figure: new RegExp(`\\d|\\b${alternation([...Object.keys(numbers.words), ...Object.keys(numbers.multipliers)])}`, "i"),
  };
});

/** Bodies are matched with or without their apostrophes ("Workers Party"), as the organisation finder reads them. */
function withoutApostrophes(forms: readonly string[]): string[] {
  return forms.flatMap((form) => (/['’]/.test(form) ? [form, form.replace(/['’]/g, "")] : [form]));
}

/** The article a cue sentence comes from: whether it names a defection word or place, its text and sentences. */
export interface ArticleView {
  text: string;
  sentences: readonly Sentence[];
  inContext: boolean;
}

/** Whether each article names a context body, place or city: read once per article, not once per cue sentence. */
const namesContext = new WeakMap<ArticleView, boolean>();

/**
 * Whether a record could come from this cue sentence's weak words outside a defection story: the record stage takes
 * them only from a state servant, so the sentence and the one before it must hold a title, body or position of one,
 * or a figure (a statistic needs no record). A defection word or a context place, body or city anywhere keeps every
 * sentence.
 */
function mayServeState(sentence: Sentence, knowledge: Knowledge, article: ArticleView): boolean {
  if (article.inContext) return true;
  const { serviceWord, contextName, figure } = serviceMatchers(knowledge);
  if (figure.test(sentence.text)) return true;
  let named = namesContext.get(article);
  if (named === undefined) {
    named = contextName.test(article.text);
    namesContext.set(article, named);
  }
  if (named) return true;
  const before = article.sentences[sentence.index - 1];
  return serviceWord.test(before ? `${before.text}\n${sentence.text}` : sentence.text);
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
export function canHoldDefection(sentence: Sentence, knowledge: Knowledge, article: ArticleView): boolean {
  if (!mayServeState(sentence, knowledge, article)) return false;
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
