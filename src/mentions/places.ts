// Place mentions with ISO codes: demonym phrases ("a Chinese city Ningbo", "an African country"), gazetteer countries,
// regions and cities ("southern China", "Kursk region" included), then any other city the city gazetteer knows.
import type { Place } from "../contract.js";
import { alternation, compiledFrom, type Knowledge } from "../data/index.js";
import { gazetteerMatches } from "../normalise/gazetteer.js";
import { cityCountry, lookupPlace, placeKey, placeTable, writtenAs } from "../normalise/places.js";
import type { PlaceMention, Sentence } from "../types.js";

/** What the whole document says about places, read once before its sentences. */
export interface PlaceContext {
  /** ISO codes of the countries the document names, by name or nationality word. */
  countries: ReadonlySet<string>;
  /** The document is about Korea: "the South" is KR and "the North" is KP only then. */
  korean: boolean;
}

export const NO_PLACE_CONTEXT: PlaceContext = Object.freeze({ countries: new Set<string>(), korean: false });

const KOREAS = new Set(["KP", "KR"]);
const PLACE_RULES = {
  demonymPhrase: "place/demonym-phrase",
  partOfCountry: "place/part-of-country",
  area: "place/area",
  gazetteer: "place/gazetteer",
  city: "place/city",
} as const;
const DETERMINER = "(?:[Aa]n?|[Tt]he|[Ss]ome|[Ss]everal|[Oo]ther|[Mm]any|[Vv]arious|[Tt]wo|[Tt]hree|[Ff]our)";
/** Words that stand where a nationality would and name no country: "a third country", "a Chinese-speaking country". */
const UNNAMED = "(?:third|foreign|neighbou?ring|overseas|\\p{Lu}\\p{Ll}+-speaking)";
const QUALIFIER = "(?:border|coastal|remote|small|large|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|central)";
/** "state" only as a noun: not "North Korean state media". */
const PLACE_NOUN = "(countries|country|nations|nation|states|state(?!\\s*-|\\s+\\p{Ll})|cities|city|towns|town|port|provinces|province|regions|region)";
/** Every demonym phrase holds a place noun after a space: sentences without one are not scanned for phrases. */
const PLACE_NOUN_AHEAD = /\s(?:countr|nation|state|cit|town|port|province|region)/;
const NAME_RUN = "\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}";
/** "southern China", "north-east China": a part of one country keeps its code. */
const DIRECTION_BEFORE = /(?<![\p{L}])((?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central|inland|coastal)\s+$/u;
/** "Kursk region", "Jilin province": an administrative area named after its city. */
const AREA_AFTER = /^\s+(?:region|Region|province|Province|oblast|Oblast|krai|Krai|prefecture|Prefecture|county|County)(?![\p{L}])/u;
/** Capitalised words; a possessive "'s" ends the word and the run. */
const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{L}+)*/gu;
/** Capitalised function words split runs: "In Beijing" is the city Beijing. */
const RUN_BREAKERS = new Set(
  ("the a an in at of on to from for and or but as by with via after before when while since during until meanwhile " +
    "according last this that these those some many most another other he she it they we i his her their its our there " +
    "here then also yet so if though although because despite among between over under into across why what who how where")
    .split(" "),
);

const phrasePattern = compiledFrom((knowledge: Knowledge) => {
  const demonyms = [...placeTable(knowledge).demonyms.values()].flatMap((name) => name.forms);
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${DETERMINER}\\s+)?(${alternation(demonyms)}|${UNNAMED})\\s+(?:${QUALIFIER}\\s+)?${PLACE_NOUN}` +
      `(?:\\s+(?:of\\s+)?(${NAME_RUN}))?(?![\\p{L}\\p{N}])`,
    "gu",
  );
});

/** Countries the document names anywhere, and whether it is about Korea; one scan of the whole text. */
export function placeContextFor(text: string, knowledge: Knowledge): PlaceContext {
  const { names, demonyms } = placeTable(knowledge);
  const { place, demonym } = gazetteerMatches(text, knowledge);
  const countries = new Set<string>();
  for (const match of place) {
    const known = names.get(placeKey(match.text));
    if (known?.sense.country && !known.sense.contextual && writtenAs(match.text, known.forms)) countries.add(known.sense.country);
  }
  for (const match of demonym) {
    const country = demonyms.get(placeKey(match.text))?.sense.country;
    if (country) countries.add(country);
  }
  const korean = [...countries].some((code) => KOREAS.has(code)) || /\bKoreans?\b/.test(text);
  return { countries, korean };
}

/** The places of one sentence, in text order, none overlapping another. */
export function findPlaces(sentence: Sentence, knowledge: Knowledge, context: PlaceContext): PlaceMention[] {
  const found: PlaceMention[] = [];
  const free = (start: number, end: number) => !found.some((other) => start < other.end && other.start < end);
  const add = (offset: number, length: number, place: Omit<Place, "name">, rule: string) => {
    const start = sentence.start + offset;
    if (!free(start, start + length)) return;
    const text = sentence.text.slice(offset, offset + length);
    found.push({ kind: "place", start, end: start + length, text, sentence: sentence.index, rule, place: { name: text, ...place } });
  };
  addDemonymPhrases(sentence, knowledge, add);
  addNamedPlaces(sentence, knowledge, context, add);
  const inSentence = new Set(found.map((mention) => mention.place.country).filter((code): code is string => code !== null));
  addCities(sentence, knowledge, [inSentence, context.countries], add);
  return found.sort((a, b) => a.start - b.start);
}

type Add = (offset: number, length: number, place: Omit<Place, "name">, rule: string) => void;

/** "a Chinese city Ningbo" -> Ningbo (CN); "an African country", "European states", "a third country" -> no code. */
function addDemonymPhrases(sentence: Sentence, knowledge: Knowledge, add: Add): void {
  if (!PLACE_NOUN_AHEAD.test(sentence.text)) return;
  const { demonyms } = placeTable(knowledge);
  for (const match of sentence.text.matchAll(phrasePattern(knowledge))) {
    const [whole, word = "", noun = "", named] = match;
    const sense = demonyms.get(placeKey(word))?.sense ?? null;
    const country = sense?.kind === "region" ? null : (sense?.country ?? null);
    const kind: Place["kind"] = /^(?:cit|town|port)/.test(noun) ? "city" : /^(?:province|region)/.test(noun) ? "region" : "country";
    const at = match.index ?? 0;
    if (named && kind !== "country") {
      const name = named.replace(/['’]s$/, "");
      const preferred = new Set(country ? [country] : []);
      const placeCountry = kind === "city" ? (cityCountry(name, knowledge, preferred) ?? country) : country;
      add(at + whole.length - named.length, name.length, { country: placeCountry, kind }, PLACE_RULES.demonymPhrase);
      continue;
    }
    if (named) continue;
    const plural = /s$/.test(noun);
    add(at, whole.length, { country, kind: plural && country === null ? "region" : kind }, PLACE_RULES.demonymPhrase);
  }
}

/** Countries, regions and gazetteer cities by name; contextual forms ("the South") only in a Korean document. */
function addNamedPlaces(sentence: Sentence, knowledge: Knowledge, context: PlaceContext, add: Add): void {
  const { names } = placeTable(knowledge);
  for (const match of gazetteerMatches(sentence.text, knowledge).place) {
    const known = names.get(placeKey(match.text));
    if (!known || !writtenAs(match.text, known.forms)) continue;
    const { country, kind, contextual } = known.sense;
    if (contextual && !(country && (context.countries.has(country) || (context.korean && KOREAS.has(country))))) continue;
    let at = match.start;
    let length = match.text.length;
    const direction = kind === "country" ? DIRECTION_BEFORE.exec(sentence.text.slice(Math.max(0, at - 20), at)) : null;
    if (direction) {
      at -= direction[0].length;
      length += direction[0].length;
      add(at, length, { country, kind: "region" }, PLACE_RULES.partOfCountry);
      continue;
    }
    const area = kind === "city" ? AREA_AFTER.exec(sentence.text.slice(at + length)) : null;
    if (area) add(at, length + area[0].length, { country, kind: "region" }, PLACE_RULES.area);
    else add(at, length, { country, kind }, PLACE_RULES.gazetteer);
  }
}

/**
 * Cities from the city gazetteer: a whole run of capitalised words must be the city's name, so "Jang Song Taek"
 * yields no "Song"; a headline in title case may hold a city inside a longer run.
 */
function addCities(sentence: Sentence, knowledge: Knowledge, preferred: ReadonlySet<string>[], add: Add): void {
  const { ignored } = placeTable(knowledge);
  for (const run of capitalisedRuns(sentence.text)) {
    const spans = sentence.headline ? subRuns(run, ignored) : [run];
    for (const words of spans) {
      const first = words[0];
      const last = words.at(-1);
      if (!first || !last) continue;
      const name = sentence.text.slice(first.start, last.end);
      const place = lookupPlace(name, knowledge, ...preferred);
      if (!place || place.kind === "country") continue;
      const area = AREA_AFTER.exec(sentence.text.slice(last.end));
      if (area) add(first.start, name.length + area[0].length, { country: place.country, kind: "region" }, PLACE_RULES.area);
      else add(first.start, name.length, { country: place.country, kind: place.kind }, PLACE_RULES.city);
    }
  }
}

interface Word {
  start: number;
  end: number;
  text: string;
}

/** Abbreviations that open a place name: "St. Petersburg", "Mt. Hood", "Ft. Lauderdale". */
const ABBREVIATED_NAME_WORDS: ReadonlySet<string> = new Set(["St", "Ste", "Mt", "Ft", "Pt"]);

function capitalisedRuns(text: string): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  const close = () => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (const match of text.matchAll(CAPITALISED_WORD)) {
    const start = match.index ?? 0;
    const possessive = /['’]s$/.test(match[0]);
    const word = { start, end: start + match[0].length - (possessive ? 2 : 0), text: match[0] };
    const previous = run.at(-1);
    const gap = text.slice(previous?.end ?? start, start);
    if (previous && !(/^ +$/.test(gap) || (ABBREVIATED_NAME_WORDS.has(previous.text) && /^\. +$/.test(gap)))) close();
    if (RUN_BREAKERS.has(word.text.toLowerCase()) || /^\p{L}$/u.test(word.text)) {
      close();
      continue;
    }
    run.push(word);
    if (possessive) close();
  }
  close();
  return runs;
}

/** Sub-runs of a title-case headline, longest first; never one that sits next to a surname ("Kim Jong Un"). */
function subRuns(run: Word[], ignored: ReadonlySet<string>): Word[][] {
  const spans: Word[][] = [];
  for (let length = run.length; length > 0; length--) {
    for (let from = 0; from + length <= run.length; from++) {
      const before = run[from - 1];
      const after = run[from + length];
      if ((before && ignored.has(before.text.toLowerCase())) || (after && ignored.has(after.text.toLowerCase()))) continue;
      spans.push(run.slice(from, from + length));
    }
  }
  return spans;
}
