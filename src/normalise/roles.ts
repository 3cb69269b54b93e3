// Role titles to categories (data/roles.json): plurals and leading seniority or nationality words are looked through, so "senior diplomats"
// is a diplomat; a title the table does not know is "unknown" and takes its category from the organisation later.
import type { RoleCategory } from "../contract.js";
import { builtInKnowledge, compiledFrom, type Knowledge } from "../data/index.js";

export interface RoleTable {
  /** Lower-cased singular or plural form -> the table's singular title. */
  forms: Map<string, string>;
  categories: Map<string, RoleCategory>;
  /** Seniority words kept in titles ("senior", "mid-level"). */
  modifiers: string[];
  /** Titles that count only when capitalised before a name ("Major Kim"). */
  capitalOnly: Set<string>;
}

/** "diplomat" -> "diplomats", "businessman" -> "businessmen", "secretary" -> "secretaries", "attache" -> "attaches". */
export function pluralOf(title: string): string {
  if (/man$/.test(title)) return title.replace(/man$/, "men");
  if (/[^aeiou]y$/.test(title)) return title.replace(/y$/, "ies");
  if (/(?:s|sh|ch|x)$/.test(title)) return `${title}es`;
  return `${title}s`;
}

export const roleTable = compiledFrom((knowledge: Knowledge): RoleTable => {
  const forms = new Map<string, string>();
  const categories = new Map<string, RoleCategory>();
  const modifiers: string[] = [];
  const capitalOnly = new Set<string>();
  for (const role of knowledge.roles) {
    const title = role.title.toLowerCase();
    if (role.modifier) {
      modifiers.push(title);
      continue;
    }
    categories.set(title, role.category);
    forms.set(title, title);
    forms.set(pluralOf(title), title);
    if (role.capitalOnly) capitalOnly.add(title);
  }
  return { forms, categories, modifiers, capitalOnly };
});

/**
 * The category of a title as written, looking through seniority words and plurals:
 * `roleCategoryOf("mid-level diplomats")` -> "diplomat", `roleCategoryOf("No. 2 man")` -> "unknown".
 */
export function roleCategoryOf(title: string, knowledge: Knowledge = builtInKnowledge): RoleCategory {
  const { forms, categories } = roleTable(knowledge);
  const words = title.toLowerCase().trim().split(/\s+/);
  for (let from = 0; from < words.length; from++) {
    const base = forms.get(words.slice(from).join(" "));
    if (base) return categories.get(base) ?? "unknown";
  }
  return "unknown";
}
