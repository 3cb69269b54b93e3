// Text normalisation for comparing gold and predicted values: romanisation-insensitive names, word-level phrases.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NAME_SEPARATORS = /[\s\-\u2010-\u2015'\u2018\u2019.]+/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** "Thae Yong-ho", "thae yongho" and "Thae Yong Ho" all become "thaeyongho". */
export function normaliseName(name: string): string {
  return stripMarks(name).toLowerCase().replace(NAME_SEPARATORS, "");
}

/** Lower-case words separated by single spaces: "Workers' Party's  Room 39" -> "workers party s room 39". */
export function normalisePhrase(phrase: string): string {
  return stripMarks(phrase).toLowerCase().replace(NON_WORD, " ").trim();
}

/** A normalised phrase without one leading word from `words` ("the", "in", ...). */
export function withoutLeadingWord(phrase: string, words: ReadonlySet<string>): string {
  const space = phrase.indexOf(" ");
  return space > 0 && words.has(phrase.slice(0, space)) ? phrase.slice(space + 1) : phrase;
}

/** Whether either normalised phrase is the other or holds it as whole words ("senior official" / "official"). */
export function eitherContainsWords(a: string, b: string): boolean {
  if (a === "" || b === "") return false;
  const paddedA = ` ${a} `;
  const paddedB = ` ${b} `;
  return paddedA.includes(paddedB) || paddedB.includes(paddedA);
}

// Naive on purpose: companions are a handful of kinship nouns, and the scorer must not depend on a lexicon.
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = { children: "child", wives: "wife", men: "man", women: "woman" };

/** "sons" -> "son", "children" -> "child", "two grown sons" -> "two grown son": only the last word changes. */
export function singularise(phrase: string): string {
  const words = normalisePhrase(phrase).split(" ");
  const last = words.pop() ?? "";
  return [...words, singularWord(last)].join(" ");
}

function singularWord(word: string): string {
  const irregular = IRREGULAR_PLURALS[word];
  if (irregular) return irregular;
  if (word.length > 3 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 2 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

function stripMarks(text: string): string {
  return text.normalize("NFD").replace(COMBINING_MARKS, "");
}
