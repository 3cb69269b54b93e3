// Organisation names to gazetteer entries: case, apostrophe style ("Workers Party", "Worker's Party"), spacing and the
// "X of Y" / "Y X" word order are tolerated; a name several bodies share is settled by the country words near it.
import { builtInKnowledge, compiledFrom, type Knowledge, type OrganisationEntry } from "../data/index.js";

/** The key every spelling of one name shares: "Workers' Party" = "Worker's Party" = "workers party". */
export function organisationKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/['’]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Every written form of an entry; a named body's "General Bureau of Reconnaissance" is also "Reconnaissance General Bureau". */
export function organisationForms(entry: OrganisationEntry): string[] {
  const forms = new Set([entry.canonical, ...entry.aliases]);
  if (entry.generic) return [...forms];
  for (const form of [...forms]) {
    const parts = /^(.+?) of (?:the )?(.+)$/.exec(form);
    if (parts?.[1] && parts[2] && !/\b(?:of|the|for|and)\b/i.test(parts[2])) forms.add(`${parts[2]} ${parts[1]}`);
  }
  return [...forms];
}

export interface OrganisationName {
  /** Bodies sharing the name, in data order (the first is the default). */
  entries: OrganisationEntry[];
  /** Every form is an acronym ("NIS", "RGB"): the text must be in capitals. */
  acronym: boolean;
  /** Every form has a capital: a lower-case "room 39" is not the office. */
  capitalised: boolean;
}

export interface OrganisationIndex {
  /** Key: `organisationKey(form)`. */
  names: Map<string, OrganisationName>;
  /** Key: country code and `organisationKey` of the generic name, "SY army": the country's own body of that kind. */
  nationals: Map<string, OrganisationEntry>;
  /** Every form of every entry without a leading "the", tolerant of apostrophes and spacing; case-insensitive. */
  forms: string[];
}

export const organisationIndex = compiledFrom((knowledge: Knowledge): OrganisationIndex => {
  const names = new Map<string, OrganisationName>();
  const nationals = new Map<string, OrganisationEntry>();
  const sources: string[] = [];
  for (const entry of knowledge.organisations) {
    if (entry.nationalOf && entry.country) nationals.set(`${entry.country} ${organisationKey(entry.nationalOf)}`, entry);
    for (const form of organisationForms(entry)) {
      const key = organisationKey(form);
      const known = names.get(key) ?? { entries: [], acronym: true, capitalised: true };
      if (!known.entries.includes(entry)) known.entries.push(entry);
      known.acronym &&= /^[A-Z0-9]{2,6}$/.test(form);
      known.capitalised &&= /\p{Lu}/u.test(form);
      names.set(key, known);
      sources.push(form.replace(/^the\s+/i, ""));
    }
  }
  return { names, nationals, forms: sources };
});

/**
 * A country's own body of a generic kind, for the first of the countries that has one:
 * `nationalBody("army", ["TR", "SY"])` -> the Syrian Arab Army.
 */
export function nationalBody(generic: string, countries: readonly string[], knowledge: Knowledge = builtInKnowledge): OrganisationEntry | null {
  const { nationals } = organisationIndex(knowledge);
  for (const country of countries) {
    const entry = nationals.get(`${country} ${organisationKey(generic)}`);
    if (entry) return entry;
  }
  return null;
}

/** What may not stand right before or after an organisation's name; its forms match in any case. */
export const ORGANISATION_BOUNDARIES = { before: "(?<![\\p{L}\\p{N}])", after: "(?![\\p{L}\\p{N}])", flags: "iu" } as const;

/** "Workers' Party" also matches "Workers Party", "Worker's Party" and "Workers’ Party". */
export function tolerantForm(form: string): string {
  return form
    .split(/\s+/)
    .map((word) => {
      const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      if (!/['’]/.test(word)) return escaped(word);
      const bare = word.replace(/['’]/g, "");
      return bare.endsWith("s") ? `${escaped(bare.slice(0, -1))}['’]?s['’]?` : escaped(word).replace(/['’]/g, "['’]?");
    })
    .join("\\s+");
}

/** Whether the text is written the way the name must be: acronyms in capitals, proper names with a capital. */
export function caseFits(text: string, name: OrganisationName): boolean {
  if (name.acronym) return text === text.toUpperCase();
  return !name.capitalised || /\p{Lu}/u.test(text);
}

/**
 * The body a shared name means: the first entry of the first country among the cues (nearest first); a name that is
 * also a kind of body is that kind when the cues name none of its owners; else the first named body in data order.
 * `resolveOrganisation("Ministry of State Security", ["CN"])` -> the Chinese ministry,
 * `resolveOrganisation("Foreign Ministry", ["CU"])` -> the generic foreign ministry.
 */
export function resolveOrganisation(
  name: string,
  countryCues: readonly string[] = [],
  knowledge: Knowledge = builtInKnowledge,
): OrganisationEntry | null {
  const entries = organisationIndex(knowledge).names.get(organisationKey(name))?.entries ?? [];
  const named = entries.filter((entry) => !entry.generic);
  for (const cue of countryCues) {
    const entry = named.find((candidate) => candidate.country === cue);
    if (entry) return entry;
  }
  const generic = entries.find((entry) => entry.generic);
  if (generic && (countryCues.length > 0 || named.length === 0)) return generic;
  return named[0] ?? entries[0] ?? null;
}
