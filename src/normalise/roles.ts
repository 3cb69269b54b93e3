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
