/*
 * Person names that are the same person however they are romanised. The rules (quoted in the README):
 * 1. Korean surnames come in variant groups (data/surname-variants.json): Ri = Lee = Yi = Rhee, Pak = Park,
 *    Thae = Tae, Jong = Jeong = Chung, Choe = Choi ... A name whose first word is in a group keys on the group's first
 *    member, so "Ri Il Kyu" and "Lee Il-kyu" start alike.
 * 2. The given name is lower-cased with hyphens, spaces and apostrophes removed and breves dropped, then the spellings
 *    that romanisation systems disagree on are folded: k/g, t/d, p/b, ch/j, sh/s, r/l, eo/o, eu/u, oo/u, ee/ui/i.
 *    McCune-Reischauer writes the same sound "Kyu" or "gyu" by its place in the word, and Revised Romanisation writes
 *    "Dong-il" what McCune-Reischauer writes "Tong-il", so the fold applies to every syllable, not only the second.
 *    "Thae Yong-ho", "Tae Yong Ho" and "THAE Yongho" share the key "thae yongho"; "Ri Il-gyu" and "Lee Il-kyu" "lee ilgyu".
 * 3. Any other name keys on its lower-cased words, surname last: "Maxim Kuzminov" -> "maxim kuzminov".
 * 4. Two names with different keys are still one person when their surnames key alike and natural's Jaro-Winkler
 *    similarity of the folded given names is at least 0.92: "Kim Chol-song" ~ "Kim Chol-sung" (0.94) are one person;
 *    "Kim Jong-un" ~ "Kim Jong-nam" (0.91) and "Kim Jong-un" ~ "Kim Jong-il" (0.87) are not.
 * 5. A word is a Korean surname when it is in the knowledge's surname list or in a variant group. Only the list's
 *    surnames may stand alone as a back reference ("Thae said"); the group-only spellings are also English words or
 *    given-name syllables ("An", "So", "Song", "Jong"), so alone they count only after a full name with that surname.
 */
import JaroWinklerDistance from "natural/lib/natural/distance/jaro-winkler_distance.js";
import builtInSurnames from "../data/surnames.json";
import variantGroups from "../data/surname-variants.json";
import { compiledFrom, type Knowledge } from "../data/index.js";

/** Given names at least this similar (after folding) under the same surname are one person spelt two ways. */
export const SAME_GIVEN_NAME = 0.92;

const groupKey = new Map<string, string>();
for (const group of variantGroups) {
  const key = (group[0] ?? "").toLowerCase();
  for (const spelling of group) groupKey.set(spelling.toLowerCase(), key);
}
for (const surname of builtInSurnames) if (!groupKey.has(surname.toLowerCase())) groupKey.set(surname.toLowerCase(), surname.toLowerCase());

/** One romanised Korean syllable: optional initial, vowel with its glide, optional final consonant. */
const SYLLABLE = "(?:kk|tt|pp|ss|jj|ch|sh|[bcdghjklmnprstwy])?(?:yae|yeo|yeu|wae|ae|eo|eu|oe|ui|wa|wo|we|wi|ya|yo|yu|ye|oo|ee|ou|[aeiouy])(?:ng|[nmlkgpt])?";
const oneSyllable = new RegExp(`^${SYLLABLE}$`, "i");
const twoSyllables = new RegExp(`^${SYLLABLE}${SYLLABLE}$`, "i");

/** "Yong", "ho", "Kyu": one romanised syllable. */
export function isKoreanSyllable(word: string): boolean {
  return oneSyllable.test(word);
}

/** "Yongho", "Ilgyu": a given name written as one word of exactly two syllables ("Yoon" reads as one, so it is not). */
export function isKoreanGivenName(word: string): boolean {
  return twoSyllables.test(word) && !oneSyllable.test(word);
}

const surnamesOf = compiledFrom((knowledge: Knowledge) => {
  const all = new Set(groupKey.keys());
  for (const surname of knowledge.surnames) all.add(surname.toLowerCase());
  return all;
});

/** "Thae", "Ri", "Pak", "An": a Korean surname in any usual romanisation (case-insensitive). */
export function isKoreanSurname(word: string, knowledge: Knowledge): boolean {
  return surnamesOf(knowledge).has(word.toLowerCase());
}

/** Every spelling that counts as a Korean surname, for matchers compiled from the knowledge. */
export function koreanSurnames(knowledge: Knowledge): ReadonlySet<string> {
  return surnamesOf(knowledge);
}

/** The surname's identity: its variant group ("Ri", "Yi" -> "lee"), else the word itself in lower case. */
export function surnameKey(surname: string): string {
  const plain = plainWord(surname);
  return groupKey.get(plain) ?? plain;
}

const FOLDS: readonly [RegExp, string][] = [
  [/sh/g, "s"],
  [/ch/g, "j"],
  [/k/g, "g"],
  [/t/g, "d"],
  [/p/g, "b"],
  [/r/g, "l"],
  [/eo/g, "o"],
  [/eu/g, "u"],
  [/oo/g, "u"],
  [/ee|ui/g, "i"],
];

function foldGiven(given: string): string {
  let folded = plainWord(given).replace(/[^a-z]/g, "");
  for (const [pattern, replacement] of FOLDS) folded = folded.replace(pattern, replacement);
  return folded;
}

/** Lower case, breves and accents dropped ("Ŏ" -> "o"), possessive and edge punctuation removed. */
function plainWord(word: string): string {
  return word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
}

interface NameParts {
  surname: string;
  given: string;
  korean: boolean;
}

function partsOf(name: string): NameParts {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = plainWord(words[0] ?? "");
  if (groupKey.has(first) && words.length > 1 && words.slice(1).every((word) => /^[\p{L}'’-]+$/u.test(word))) {
    return { surname: groupKey.get(first) ?? first, given: foldGiven(words.slice(1).join("")), korean: true };
  }
  if (words.length === 1) return { surname: surnameKey(first), given: "", korean: groupKey.has(first) };
  return { surname: plainWord(words.at(-1) ?? ""), given: words.slice(0, -1).map(plainWord).join(" "), korean: false };
}

/** Romanisation-insensitive identity key: "Thae Yong-ho", "Tae Yong Ho" and "THAE Yongho" all give "thae yongho". */
export function personKey(name: string): string {
  const { surname, given, korean } = partsOf(name);
  if (!given) return surname;
  return korean ? `${surname} ${given}` : `${given} ${surname}`;
}

/** Same person: equal keys, or surnames keyed alike and given names within Jaro-Winkler 0.92 ("Chol-song" ~ "Chol-sung"). */
export function samePerson(a: string, b: string): boolean {
  const left = partsOf(a);
  const right = partsOf(b);
  if (left.surname !== right.surname || !left.given || !right.given) return personKey(a) === personKey(b);
  if (left.given === right.given) return true;
  return JaroWinklerDistance(left.given, right.given) >= SAME_GIVEN_NAME;
}

/** The surname of a full name as written: the first word of a Korean name, else the last word. */
export function surnameOf(name: string): string {
  const words = name.trim().split(/\s+/);
  const first = words[0] ?? "";
  return partsOf(name).korean ? first : (words.at(-1) ?? first);
}

/** Does a surname-only mention ("Thae", "Tae", "Shigemura") fit this full name? */
export function surnameMatches(surname: string, fullName: string): boolean {
  return surnameKey(surname) === partsOf(fullName).surname;
}
