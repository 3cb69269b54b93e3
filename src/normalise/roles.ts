// Role titles to categories (data/roles.json): plurals and leading seniority, nationality or service words are looked
// through, so "senior diplomats" is a diplomat and "army doctor" military; a title the table does not know is "unknown".
import type { RoleCategory } from "../contract.js";
import { builtInKnowledge, compiledFrom, type Knowledge } from "../data/index.js";

export interface RoleTable {
  /** Lower-cased singular or plural form -> the table's singular title (person nouns that name no post included). */
  forms: Map<string, string>;
  /** Lower-cased plural forms. */
  plurals: Set<string>;
  categories: Map<string, RoleCategory>;
  /** Seniority words kept in titles ("senior", "mid-level"). */
  modifiers: string[];
  /** Service and field words kept in titles, with the category they give ("army" -> military). */
  qualifiers: Map<string, RoleCategory>;
  /** Titles that count only when capitalised before a name ("Lt. Col. Park"). */
  capitalOnly: Set<string>;
  /** Titles that are also common adjectives ("general", "major", "private"). */
  adjectives: Set<string>;
  /** Person nouns and phrases that name no post ("wife", "refugee", "key player"). */
  notRoles: Set<string>;
}

/** Categories a title says outright; below them, an occupation ("doctor", "worker") yields to a service word before it. */
const OCCUPATION_CATEGORIES: ReadonlySet<RoleCategory> = new Set(["civilian", "worker", "unknown"]);

/**
 * "diplomat" -> "diplomats", "businessman" -> "businessmen", "secretary" -> "secretaries", "attache" -> "attaches",
 * "chief of staff" -> "chiefs of staff".
 */
export function pluralOf(title: string): string {
  const of = /^(.+?)( of .+)$/.exec(title);
  if (of?.[1] && of[2]) return `${pluralOf(of[1])}${of[2]}`;
  if (/man$/.test(title)) return title.replace(/man$/, "men");
  if (/[^aeiou]y$/.test(title)) return title.replace(/y$/, "ies");
  if (/(?:s|sh|ch|x)$/.test(title)) return `${title}es`;
  return `${title}s`;
}

/** Post-positive titles pluralise their first word too: "consuls general", "attorneys general". */
function pluralsOf(title: string): string[] {
  const postPositive = /^(\S+)([ -]general)$/.exec(title);
  return postPositive?.[1] && postPositive[2] ? [pluralOf(title), `${pluralOf(postPositive[1])}${postPositive[2]}`] : [pluralOf(title)];
}

export const roleTable = compiledFrom((knowledge: Knowledge): RoleTable => {
  const table: RoleTable = {
    forms: new Map(),
    plurals: new Set(),
    categories: new Map(),
    modifiers: [],
    qualifiers: new Map(),
    capitalOnly: new Set(),
    adjectives: new Set(),
    notRoles: new Set(),
  };
  for (const role of knowledge.roles) {
    const title = role.title.toLowerCase();
    if (role.modifier) {
      table.modifiers.push(title);
      continue;
    }
    if (role.qualifier) {
      table.qualifiers.set(title, role.category);
      continue;
    }
    table.forms.set(title, title);
    for (const plural of pluralsOf(title)) {
      if (table.forms.has(plural)) continue;
      table.forms.set(plural, title);
      table.plurals.add(plural);
    }
    if (role.notRole) {
      table.notRoles.add(title);
      continue;
    }
    table.categories.set(title, role.category);
    if (role.capitalOnly) table.capitalOnly.add(title);
    if (role.adjective) table.adjectives.add(title);
  }
  return table;
});

interface IndexedForm {
  /** The table's lower-case form. */
  form: string;
  /** Its words as compared: lower case, one apostrophe style, no final period ("lt. col." -> "lt", "col"). */
  words: string[];
  /** Which of its words end in a period, which the text may then write ("Lt. Col.") or leave out ("Lt Col"). */
  dotted: boolean[];
}

/** Table forms by their last word, longest first: one lookup per word of a sentence finds every title. */
const titleIndex = compiledFrom((knowledge: Knowledge) => {
  const { forms, modifiers } = roleTable(knowledge);
  const heads = new Map<string, IndexedForm[]>();
  for (const form of forms.keys()) {
    const written = form.split(/\s+/);
    const words = written.map(wordKey);
    const head = words.at(-1) ?? "";
    const indexed = { form, words, dotted: written.map((word) => word.endsWith(".")) };
    const list = heads.get(head);
    if (list) list.push(indexed);
    else heads.set(head, [indexed]);
  }
  for (const list of heads.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { heads, prefixes: new Set(modifiers) };
});

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

interface Word {
  start: number;
  end: number;
  key: string;
}

function wordKey(word: string): string {
  const lower = word.toLowerCase();
  const apostrophes = lower.includes("’") ? lower.replace(/’/g, "'") : lower;
  return apostrophes.endsWith(".") ? apostrophes.slice(0, -1) : apostrophes;
}

/** "diplomat's" -> "diplomat", "officers'" -> "officers". */
function withoutPossessive(key: string): string {
  if (key.endsWith("'s")) return key.slice(0, -2);
  return key.endsWith("'") ? key.slice(0, -1) : key;
}

/** "ex-diplomat" -> "diplomat" when "ex" is a seniority word, else null. */
function withoutPrefix(key: string, prefixes: ReadonlySet<string>): string | null {
  const hyphen = key.indexOf("-");
  return hyphen > 0 && hyphen < key.length - 1 && prefixes.has(key.slice(0, hyphen)) ? key.slice(hyphen + 1) : null;
}

export interface TitleForm {
  /** Offsets into the text: the title as written, a hyphenated seniority word included ("ex-diplomat"). */
  start: number;
  end: number;
  /** The table's form it matched ("diplomat" for "ex-diplomat"). */
  form: string;
}

/**
 * The table's titles in a text, leftmost and longest first, in one pass over its words; a possessive is left out
 * ("diplomat" in "diplomat's") and a hyphenated seniority word kept ("ex-soldier", "para-archer").
 */
export function findTitleForms(text: string, knowledge: Knowledge = builtInKnowledge): TitleForm[] {
  const { heads, prefixes } = titleIndex(knowledge);
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) words.push({ start: match.index, end: match.index + match[0].length, key: wordKey(match[0]) });
  const found: TitleForm[] = [];
  for (let last = 0; last < words.length; last++) {
    const word = words[last] as Word;
    const key = withoutPossessive(word.key);
    const end = word.end - (word.key.length - key.length);
    const title = titleEndingAt(heads.get(key), words, last, key, text, prefixes) ?? titleEndingAt(heads.get(withoutPrefix(key, prefixes) ?? ""), words, last, key, text, prefixes);
    if (!title) continue;
    const dot = title.dotted.at(-1) && text[end] === "." ? 1 : 0;
    found.push({ start: words[last - title.words.length + 1]?.start ?? word.start, end: end + dot, form: title.form });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TitleForm[] = [];
  for (const title of found) if (title.start >= (kept.at(-1)?.end ?? 0)) kept.push(title);
  return kept;
}

/** The longest of the forms with this head word that the words before it spell, if any. */
function titleEndingAt(
  candidates: readonly IndexedForm[] | undefined,
  words: readonly Word[],
  last: number,
  headKey: string,
  text: string,
  prefixes: ReadonlySet<string>,
): IndexedForm | undefined {
  return candidates?.find((candidate) => {
    const first = last - candidate.words.length + 1;
    return first >= 0 && candidate.words.every((expected, index) => fits(candidate, index, expected, words, first, last, headKey, text, prefixes));
  });
}

/** One word of a form against the text: the same word (a seniority prefix allowed on the first), spaces (or a dotted word's period) after it. */
function fits(
  candidate: IndexedForm,
  index: number,
  expected: string,
  words: readonly Word[],
  first: number,
  last: number,
  headKey: string,
  text: string,
  prefixes: ReadonlySet<string>,
): boolean {
  const word = words[first + index] as Word;
  const key = first + index === last ? headKey : word.key;
  if (key !== expected && !(index === 0 && withoutPrefix(key, prefixes) === expected)) return false;
  if (first + index === last) return true;
  const gap = text.slice(word.end, (words[first + index + 1] as Word).start);
  return /^\s+$/.test(gap) || (candidate.dotted[index] === true && /^\.\s+$/.test(gap));
}

/**
 * The category of a title as written, looking through seniority and nationality words and plurals, and taking a
 * service word's category over an occupation's: `roleCategoryOf("mid-level diplomats")` -> "diplomat",
 * `roleCategoryOf("army doctor")` -> "military", `roleCategoryOf("No. 2 man")` -> "unknown".
 */
export function roleCategoryOf(title: string, knowledge: Knowledge = builtInKnowledge): RoleCategory {
  const { forms, categories, qualifiers } = roleTable(knowledge);
  const words = title.toLowerCase().trim().split(/\s+/);
  for (let from = 0; from < words.length; from++) {
    const base = forms.get(words.slice(from).join(" "));
    if (!base) continue;
    const own = categories.get(base) ?? "unknown";
    if (!OCCUPATION_CATEGORIES.has(own)) return own;
    return qualifierCategory(words.slice(0, from), qualifiers) ?? own;
  }
  return "unknown";
}

/** The category of the service word nearest the title among the words before it ("state", "air force"), if any. */
function qualifierCategory(before: readonly string[], qualifiers: ReadonlyMap<string, RoleCategory>): RoleCategory | undefined {
  for (let end = before.length; end > 0; end--) {
    for (let start = 0; start < end; start++) {
      const category = qualifiers.get(before.slice(start, end).join(" "));
      if (category && category !== "unknown") return category;
    }
  }
  return undefined;
}

/** Whether a category is no more than an occupation's, so a service word or body before the title may say more. */
export function saysOnlyOccupation(category: RoleCategory): boolean {
  return OCCUPATION_CATEGORIES.has(category);
}
