// What the words before a place say it is to the traveller: where they went, where they left from, where they were
// posted, competing or arrested, or only where they were sent back to.
import { alternation } from "../data/index.js";
import slotWords from "../data/slots.json";
import type { Token } from "../types.js";
import { mentionsOf, tokenAt, type PlaceMention, type SentenceView } from "./draft.js";
import { bare } from "./grammar.js";
import { charAfterToken } from "./slot-window.js";

export type PlaceFrame =
  /** "to Seoul", "into China": where they headed. */
  | "toward"
  /** "reached Taiwan", "landed at Trabzon", "entered South Korea": where they got to. */
  | "reached"
  /** "from Pyongyang", "fled Cuba", "from an air base near Batumi": where they left. */
  | "left"
  /** "posted in Beijing", "competing in Tokyo", "ambassador to Japan", "the governor of Aleppo": their post. */
  | "posted"
  /** "at the World Championship in Hamburg": where the event they came for was held. */
  | "venue"
  /** "arrested in Kunming": where the flight ended in custody. */
  | "arrested"
  /** "returned to North Korea", "sent back to China": where they were taken against their will. */
  | "returned"
  /** "in Russia", "at the border": where they were, no more. */
  | "at"
  /** "off Fukaura", "near the border": close by; where a boat was spotted is where it came. */
  | "near"
  | null;

const asSet = (words: readonly string[]): ReadonlySet<string> => new Set(words);

const TOWARD = asSet(["to", "into", "toward", "towards", "for"]);
const AT = asSet(["in", "at", "on", "inside", "within"]);
const NEAR = asSet(slotWords.nearWords);
/** Words that open a place's phrase, whatever compromise tags them ("near" is often an adjective). */
const OPENERS: ReadonlySet<string> = new Set([...TOWARD, ...AT, ...NEAR, "from"]);
const POSTING_VERBS = asSet(slotWords.postingVerbs);
const LEAVING_VERBS = asSet(slotWords.leavingVerbs);
const REACHING_VERBS = asSet(slotWords.reachingVerbs);
const RETURN_VERBS = asSet(slotWords.returnVerbs);
const RETURN_PARTICLES = asSet(slotWords.returnParticles);
const HAND_OVER_VERBS = asSet(slotWords.handOverVerbs);
const EVENT_NOUNS = asSet(slotWords.eventNouns);
/** "qualified for the Games in", "after the summit in", "ahead of the Cup in": the person is not at that event. */
const NOT_AT_EVENT = asSet(["for", "before", "since", "until", "ahead", "following", "prior"]);
/** "crossed the border at Laredo": a crossing point is on the line, neither where they were nor where they went. */
const CROSSING_NOUNS = asSet(slotWords.crossingNouns);
/** Words between a preposition and a place name: "in a Chinese city Ningbo", "in the port of Nampo". */
const PLACE_NOUNS = asSet(["city", "town", "port", "capital", "province", "region", "village", "county", "country", "state", "island", "district"]);
const PLACE_LEAD = asSet([...PLACE_NOUNS, "eastern", "western", "northern", "southern", "northeastern", "northwestern", "southeastern", "southwestern", "central", "coastal"]);
/** How many words may stand between a preposition and its place ("in the Chinese eastern port city of Ningbo"). */
const LEAD_REACH = 7;
const OUTER_OPENERS = asSet(["to", "into", "toward", "towards", "from"]);
const SITE_NOUNS = asSet(slotWords.siteNouns);
/** How many words the phrase an "in X" locates may run ("to Kimpo Airfield", "from a labour camp"). */
const OUTER_REACH = 5;
/** How many capitalised words an unknown place before a known one may run ("Forest Hills, New York"). */
const APPOSITION_REACH = 3;
/** How far back a posting verb may govern its place: "serving as deputy ambassador in London". */
const POSTING_REACH = 5;
/** How far back "from" may open the phrase a "near" place sits in: "from Tskhakaya airfield (near Batumi". */
const FROM_REACH = 6;

const landingPattern = new RegExp(`\\b(?:${alternation(slotWords.landingWords)})\\s+(?:(?:in|at|on|into)\\s+)?$`, "i");
const arrestPattern = new RegExp(`\\b(?:${alternation(slotWords.arrestWords)})\\s+(?:[\\w'’-]+\\s+){0,5}?(?:in|at|near)\\s+$`, "i");

const arrestWord = new RegExp(`\\b(?:${alternation(slotWords.arrestWords)})\\b`, "i");

/** "Thai police arrested 19 defectors ...", "were caught": words of an arrest in a stretch of the sentence. */
export function saysArrest(view: SentenceView, start: number, end: number): boolean {
  return arrestWord.test(view.sentence.text.slice(start - view.sentence.start, end - view.sentence.start));
}

/** The frame a place stands in, read from the words before it in its sentence. */
export function frameOf(view: SentenceView, mention: PlaceMention): PlaceFrame {
  const opener = openerIndex(view, mention);
  // "the ambassador of Cuba": the country after a diplomat's title sent them ("the mayor of Aleppo" holds his post there).
  if (mention.place.kind === "country" && bare(view.sentence.tokens[opener]) === "of" && isDiplomatTitle(view, opener)) return null;
  return frameAt(view, opener, true);
}

/** The frame the preposition (or verb) at `index` gives; `nested` lets "in X" after another phrase take that one's. */
function frameAt(view: SentenceView, index: number, nested: boolean): PlaceFrame {
  const tokens = view.sentence.tokens;
  const word = bare(tokens[index]);
  const lead = textBefore(view, tokens[index]?.end ?? view.sentence.start);
  if (TOWARD.has(word)) {
    if (isReturn(tokens, index)) return "returned";
    // "during an official visit to Canada", "on a tour to Japan": the place of an event the person was at.
    if (word === "to" && isVenue(view, index)) return "venue";
    if (word === "to" && (isEnvoyTitle(view, index) || POSTING_VERBS.has(bare(tokens[index - 1])))) return "posted";
    if (landingPattern.test(lead)) return "reached";
    return "toward";
  }
  if (word === "from") return "left";
  if (LEAVING_VERBS.has(word)) return "left";
  if (REACHING_VERBS.has(word)) return "reached";
  // "the envoy of Libya to the UN in Geneva": with a post after it, "of" names the state that sent the envoy.
  if (word === "of" && isEnvoyTitle(view, index)) return postFollows(view, index) ? null : "posted";
  if (word === "of" && isVenue(view, index)) return "venue";
  if (NEAR.has(word) || AT.has(word)) {
    if (NEAR.has(word) && opensWithFrom(tokens, index)) return "left";
    if (isPosted(view, index)) return "posted";
    if (word === "at" && CROSSING_NOUNS.has(bare(tokens[index - 1]))) return null;
    if (isVenue(view, index)) return "venue";
    if (arrestPattern.test(`${lead} `)) return "arrested";
    if (landingPattern.test(`${lead} `)) return "reached";
    const outer = nested && AT.has(word) ? outerPreposition(view, index) : -1;
    const framed = outer >= 0 ? frameAt(view, outer, false) : null;
    if (framed !== null && framed !== "at") return framed;
    return AT.has(word) ? "at" : "near";
  }
  return null;
}

/** How many words after "of" a "to" may name the post of the one sent: "of the Republic of Cuba to". */
const SENDER_REACH = 6;

function postFollows(view: SentenceView, of: number): boolean {
  const tokens = view.sentence.tokens;
  for (let index = of + 1; index < Math.min(tokens.length, of + 1 + SENDER_REACH); index++) {
    if (bare(tokens[index]) === "to") return true;
    if (!isStateNameWord(view, index)) return false;
  }
  return false;
}

/**
 * "flew to Kimpo Airfield in South Korea", "took off from Daishan Air Base in Zhejiang", "landed at Trabzon airport
 * in northeastern Turkey": an "in X" after a place the gazetteer lacks locates that place, so it stands in the frame
 * of the phrase before it; the index of that phrase's preposition, or -1.
 */
function outerPreposition(view: SentenceView, preposition: number): number {
  const tokens = view.sentence.tokens;
  let index = preposition - 1;
  while (index >= 0 && preposition - index <= OUTER_REACH && isNounPhraseWord(view, index)) index--;
  if (index === preposition - 1) return -1;
  const word = bare(tokens[index]);
  if (!(OUTER_OPENERS.has(word) || AT.has(word))) return -1;
  // The phrase must name a site: "Kimpo Airfield", "a labour camp", not "asked for asylum in".
  const site = tokens.slice(index + 1, preposition).some((token) => /^\p{Lu}/u.test(token.text) || SITE_NOUNS.has(bare(token)));
  return site ? index : -1;
}

function isNounPhraseWord(view: SentenceView, index: number): boolean {
  const token = view.sentence.tokens[index];
  if (!token || OPENERS.has(bare(token)) || /[,;:()]/.test(charAfterToken(view, token))) return false;
  if (token.tags.has("Verb") && !/^\p{Lu}/u.test(token.text)) return false;
  return token.tags.has("Determiner") || token.tags.has("Adjective") || token.tags.has("Noun") || token.tags.has("Value") || /^\p{Lu}/u.test(token.text);
}

/** "in", "at", "near", "posted": the word that opens the place's phrase, past its determiners and modifiers. */
export function openerIndex(view: SentenceView, mention: PlaceMention): number {
  const first = tokenAt(view, mention.start);
  let index = appositionStart(view, first) - 1;
  const start = index + 1;
  while (index >= 0 && start - index <= LEAD_REACH && isPlaceLead(view, index)) index--;
  return index;
}

/**
 * "during a tournament in Forest Hills, New York": a known place set off by a comma after names the gazetteer lacks
 * stands in their frame; the index of the first of those names, else of the place's own first token.
 */
function appositionStart(view: SentenceView, first: number): number {
  const tokens = view.sentence.tokens;
  const before = tokens[first - 1];
  if (!before || charAfterToken(view, before) !== ",") return first;
  let index = first - 1;
  while (index > 0 && first - index <= APPOSITION_REACH && /^\p{Lu}/u.test(tokens[index]?.text ?? "")) index--;
  return index < first - 1 ? index + 1 : first;
}

function textBefore(view: SentenceView, end: number): string {
  return view.sentence.text.slice(0, end - view.sentence.start);
}

/**
 * Determiners, modifiers, place nouns and a possessive place stand between a preposition and its place: "in the
 * Chinese eastern port city of Ningbo", "of Syria's northwestern province of Aleppo", "communist-ruled Cuba".
 */
function isPlaceLead(view: SentenceView, index: number): boolean {
  const token = view.sentence.tokens[index];
  if (!token) return false;
  // "the port of Nampo": "of" after a place noun is part of the name's lead, elsewhere it is the preposition.
  if (bare(token) === "of") return PLACE_NOUNS.has(bare(view.sentence.tokens[index - 1]));
  if (OPENERS.has(bare(token))) return false;
  if (token.tags.has("Determiner") || token.tags.has("Adjective") || token.tags.has("Demonym")) return true;
  // "communist-ruled Cuba", but not "the attorney-general of Aleppo".
  if (token.tags.has("Hyphenated") && !mentionsOf(view, "role").some((role) => role.start <= token.start && token.end <= role.end)) return true;
  const word = bare(token);
  if (PLACE_LEAD.has(word)) return true;
  return /['’]s$/.test(token.text) && mentionsOf(view, "place").some((place) => place.start <= token.start && token.end <= place.end + 2);
}

/**
 * "at the World Championship in Hamburg", "during a tour of Japan": the place of an event the person was at; not of
 * one they qualified for or that came before or after ("qualified for the Olympic Games in Tokyo").
 */
function isVenue(view: SentenceView, preposition: number): boolean {
  const tokens = view.sentence.tokens;
  const noun = preposition - 1;
  if (!EVENT_NOUNS.has(bare(tokens[noun])) && !EVENT_NOUNS.has(`${bare(tokens[noun - 1])} ${bare(tokens[noun])}`)) return false;
  let index = noun - 1;
  while (index >= 0 && noun - index <= LEAD_REACH && isEventModifier(tokens[index])) index--;
  return !NOT_AT_EVENT.has(bare(tokens[index]));
}

function isEventModifier(token: Token | undefined): boolean {
  if (!token) return false;
  const word = bare(token);
  if (word === "of" || EVENT_NOUNS.has(word)) return true;
  return token.tags.has("Determiner") || token.tags.has("Adjective") || token.tags.has("ProperNoun") || token.tags.has("Value") || (token.tags.has("Noun") && !token.tags.has("Pronoun"));
}

/** "returned to", "sent back to", "handed over to", "to return to": the place is where they were taken back. */
function isReturn(tokens: readonly Token[], preposition: number): boolean {
  const before = bare(tokens[preposition - 1]);
  if (RETURN_PARTICLES.has(before)) return true;
  if (before === "over" && HAND_OVER_VERBS.has(bare(tokens[preposition - 2]))) return true;
  for (let index = preposition - 1; index >= Math.max(0, preposition - 3); index--) {
    const word = bare(tokens[index]);
    if (RETURN_VERBS.has(word)) return true;
    if (!tokens[index]?.tags.has("Adverb")) break;
  }
  return false;
}

/** "ambassador to Japan", "the envoy of Poland": a mission's title names the country it serves in. */
function isDiplomatTitle(view: SentenceView, preposition: number): boolean {
  const before = view.sentence.tokens[preposition - 1];
  return before !== undefined && mentionsOf(view, "role").some((role) => role.end === before.end && role.category === "diplomat");
}

function isEnvoyTitle(view: SentenceView, preposition: number): boolean {
  const tokens = view.sentence.tokens;
  const endsTitle = (token: Token | undefined) =>
    token !== undefined && mentionsOf(view, "role").some((role) => role.end === token.end && (role.category === "diplomat" || role.category === "government") && !role.plural);
  if (endsTitle(tokens[preposition - 1])) return true;
  // "the ambassador of North Korea to Egypt": the state that sent the envoy may stand between the title and the post.
  if (bare(tokens[preposition]) !== "to") return false;
  for (let index = preposition - 1; index > 0 && preposition - index <= SENDER_REACH; index--) {
    if (bare(tokens[index]) === "of") return endsTitle(tokens[index - 1]);
    if (!isStateNameWord(view, index)) return false;
  }
  return false;
}

/** A word of a state's name between "of" and "to": capitalised, or "the", with no punctuation after it. */
function isStateNameWord(view: SentenceView, index: number): boolean {
  const token = view.sentence.tokens[index];
  return token !== undefined && (/^\p{Lu}/u.test(token.text) || bare(token) === "the") && !/[,;:()]/.test(charAfterToken(view, token));
}

/** "posted in", "stationed at", "serving as deputy ambassador in": a posting verb governs the place. */
function isPosted(view: SentenceView, preposition: number): boolean {
  const tokens = view.sentence.tokens;
  for (let index = preposition - 1; index >= Math.max(0, preposition - POSTING_REACH); index--) {
    const token = tokens[index];
    if (!token) return false;
    if (POSTING_VERBS.has(bare(token))) return true;
    // A capitalised word is a name here, whatever its tag ("playing the U.S. Open in New York").
    if (token.tags.has("Verb") && !token.tags.has("Gerund") && !token.tags.has("Participle") && !/^\p{Lu}/u.test(token.text)) return false;
    if (/[,;:]/.test(charAfterToken(view, token))) return false;
  }
  return false;
}

/** "from Tskhakaya airfield (near Batumi", "deserted his unit near Kaesong": the "near" place locates what was left. */
function opensWithFrom(tokens: readonly Token[], near: number): boolean {
  for (let index = near - 1; index >= Math.max(0, near - FROM_REACH); index--) {
    const word = bare(tokens[index]);
    if (word === "from" || LEAVING_VERBS.has(word)) return true;
    if (TOWARD.has(word) || tokens[index]?.tags.has("Verb")) return false;
  }
  return false;
}
