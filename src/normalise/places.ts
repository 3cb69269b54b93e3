// Place names to ISO 3166-1 alpha-2: i18n-iso-countries' English names plus data/places.json forms and demonyms,
// and the city-timezones gazetteer, where a namesake city in a country the text names wins over a bigger one.
import { cityMapping } from "city-timezones";
import english from "i18n-iso-countries/langs/en.json";
import type { Place } from "../contract.js";
import { builtInKnowledge, compiledFrom, escapeForm, type Knowledge } from "../data/index.js";

export interface PlaceSense {
  country: string | null;
  kind: Place["kind"];
  /** Only a name in a document about that country ("the South" in a Korean story). */
  contextual: boolean;
}

/** A name's written forms (case matters: "US" is not "us") and what it means. */
export interface PlaceName {
  forms: string[];
  sense: PlaceSense;
}

export interface PlaceTable {
  /** Key: `placeKey(form)`; countries, regions, gazetteer cities and contextual forms. */
  names: Map<string, PlaceName>;
  /** Key: `placeKey(demonym)`; "Chinese" -> CN, "African" -> a region. */
  demonyms: Map<string, PlaceName>;
  /** Lower-cased words never read as cities: the data's ignore lists and the Korean surnames. */
  ignored: Set<string>;
}

/** The lookup key shared by every spelling of one name: case, apostrophe style and spacing ignored. */
export function placeKey(text: string): string {
  return text.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, " ").trim();
}

/** Written like the data's form, allowing a capital first letter at the start of a sentence ("The South", "Mainland China"). */
export function writtenAs(text: string, forms: readonly string[]): boolean {
  const normal = text.replace(/[’]/g, "'").replace(/\s+/g, " ");
  return forms.some((form) => normal.slice(1) === form.slice(1) && normal[0]?.toLowerCase() === form[0]?.toLowerCase());
}

export const placeTable = compiledFrom((knowledge: Knowledge): PlaceTable => {
  const names = new Map<string, PlaceName>();
  const add = (map: Map<string, PlaceName>, form: string, sense: PlaceSense) => {
    const key = placeKey(form);
    const known = map.get(key);
    if (known && known.sense.country === sense.country && known.sense.kind === sense.kind) known.forms.push(form);
    else map.set(key, { forms: [form], sense });
  };
  for (const [code, written] of Object.entries(english.countries as Record<string, string | string[]>)) {
    for (const form of [written].flat()) {
      if (!/[,(]/.test(form)) add(names, form, { country: code, kind: "country", contextual: false });
    }
  }
  const demonyms = new Map<string, PlaceName>();
  const ignored = new Set(knowledge.surnames.map((surname) => surname.toLowerCase()));
  for (const entry of knowledge.places) {
    if (entry.ignore) {
      for (const form of [entry.name, ...entry.aliases]) ignored.add(form.toLowerCase());
      continue;
    }
    const sense = { country: entry.country, kind: entry.kind, contextual: false };
    for (const form of [entry.name, ...entry.aliases]) add(names, form, sense);
    for (const form of entry.contextAliases ?? []) add(names, form, { ...sense, contextual: true });
    for (const demonym of entry.demonyms) add(demonyms, demonym, sense);
  }
  return { names, demonyms, ignored };
});

interface City {
  country: string;
  population: number;
}

let cityIndex: Map<string, City[]> | undefined;

/** Cities by lower-cased name, most populous first; built on first use (7,329 rows, a few milliseconds). */
function cities(): Map<string, City[]> {
  if (cityIndex) return cityIndex;
  const index = new Map<string, City[]>();
  for (const city of cityMapping) {
    for (const name of new Set([city.city, city.city_ascii])) {
      const key = placeKey(name);
      const list = index.get(key) ?? [];
      list.push({ country: city.iso2, population: city.pop });
      index.set(key, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.population - a.population);
  cityIndex = index;
  return index;
}

/**
 * The country of a city the gazetteer knows, in the first tier of preferred countries that has a namesake
 * (the sentence's countries, then the document's), else the most populous: "London" -> "GB".
 */
export function cityCountry(name: string, knowledge: Knowledge, ...preferred: ReadonlySet<string>[]): string | null {
  const key = placeKey(name);
  if (placeTable(knowledge).ignored.has(key)) return null;
  const candidates = cities().get(key);
  if (!candidates) return null;
  for (const tier of preferred) {
    const inTier = candidates.find((city) => tier.has(city.country));
    if (inTier) return inTier.country;
  }
  return candidates[0]?.country ?? null;
}

/**
 * The place a name refers to, written as in the text: a country, region or gazetteer city, else a city the city
 * gazetteer knows. `lookupPlace("Vladivostok")` -> { name: "Vladivostok", country: "RU", kind: "city" }.
 */
export function lookupPlace(name: string, knowledge: Knowledge = builtInKnowledge, ...preferred: ReadonlySet<string>[]): Place | null {
  const known = placeTable(knowledge).names.get(placeKey(name));
  if (known && !known.sense.contextual && writtenAs(name, known.forms)) return { name, country: known.sense.country, kind: known.sense.kind };
  const country = /^\p{Lu}/u.test(name) ? cityCountry(name, knowledge, ...preferred) : null;
  return country ? { name, country, kind: "city" } : null;
}

/**
 * The country a nationality word or a country name points to, for telling a person's nationality:
 * `countryOfDemonym("North Korean")` -> "KP", `countryOfDemonym("China's")` -> "CN"; null for regions and unknown words.
 */
export function countryOfDemonym(word: string, knowledge: Knowledge = builtInKnowledge): string | null {
  const bare = word.trim().replace(/['’]s$/, "");
  const { demonyms, names } = placeTable(knowledge);
  const known = demonyms.get(placeKey(bare)) ?? names.get(placeKey(bare));
  if (!known || known.sense.kind === "region") return null;
  const acronym = known.forms.every((form) => form === form.toUpperCase());
  return !acronym || writtenAs(bare, known.forms) ? known.sense.country : null;
}


/**
 * Case as in the data except the first letter (sentence starts); a form opening with "the" yields to a longer name
 * ("the North" is not read inside "the North Korea military").
 */
export function placeFormSource(form: string): string {
  const first = form[0] ?? "";
  const lead = first.toLowerCase() === first.toUpperCase() ? escapeForm(first) : `[${first.toUpperCase()}${first.toLowerCase()}]`;
  return `${lead}${escapeForm(form.slice(1))}${/^the\s/i.test(form) ? "(?!\\s+\\p{Lu})" : ""}`;
}

/** What may not stand right before or after a place name or a nationality word. */
export const PLACE_BOUNDARIES = {
  before: "(?<![\\p{L}\\p{N}'’.-])",
  afterName: "(?![\\p{L}\\p{N}-])",
  afterDemonym: "(?![\\p{L}\\p{N}])",
} as const;

export interface PlaceForms {
  /** Every country, region and gazetteer name (contextual ones too), written as in the data but for the first letter. */
  named: string[];
  /** Nationality words as written: "North Korean", "Chinese", "NK". */
  demonym: string[];
}

export const placeForms = compiledFrom((knowledge: Knowledge): PlaceForms => {
  const { names, demonyms } = placeTable(knowledge);
  const forms = (map: Map<string, PlaceName>) => [...map.values()].flatMap((name) => name.forms);
  return { named: forms(names), demonym: forms(demonyms) };
});
