// Person mentions: Korean names in their romanisations (compromise splits "Yong-ho", so they have their own rule),
// other names from compromise's person tags with titles stripped, and surname-only back references.
import honorifics from "../data/honorifics.json";
import { inLexicon } from "../analysis/index.js";
import { compiledFrom, type Knowledge } from "../data/index.js";
import stopwords from "../data/name-stopwords.json";
import { isKoreanGivenName, isKoreanSyllable, koreanSurnames, personKey, surnameKey, surnameOf } from "../normalise/names.js";
import type { AnalysedSentence, PersonMention, Token } from "../types.js";

/** Rule ids; a surname alone is kept without an earlier full name only when it is a standalone Korean surname. */
const PERSON_RULES = {
  koreanName: "person/korean-name",
  taggedName: "person/tagged-name",
  koreanSurname: "person/korean-surname",
  surname: "person/surname",
} as const;

const titles: ReadonlySet<string> = new Set(honorifics);
const notNameWords: ReadonlySet<string> = new Set(stopwords);
/** A capitalised token with one of these tags is a place, body, date or function word, never part of a name. */
const NOT_NAME_TAGS = ["Place", "Country", "City", "Region", "Organization", "Month", "WeekDay", "Date", "Demonym", "Pronoun", "Determiner", "Preposition", "Conjunction", "Value"];
/** Korean given names only: compromise reads "Park Geun" as a place, so its vaguer Place tag is not trusted here. */
const NOT_GIVEN_TAGS = ["Country", "City", "Month", "WeekDay", "Date"];
/** After a surname that is also an English word ("So", "Go", "An"), a given name tagged like this is just English. */
const FUNCTION_TAGS = ["Pronoun", "Determiner", "Preposition", "Conjunction", "Verb", "Adverb", "Adjective", "Modal"];
/** Tags of words that are never names, whatever a name elsewhere in the text. */
const CLOSED_CLASS_TAGS = ["Pronoun", "Determiner", "Preposition", "Conjunction", "Modal"];
const PERSON_TAGS = ["Person", "FirstName", "LastName", "MaleName", "FemaleName"];
/** A capitalised word of a name, or one joined to an Arabic article or a lower-case particle ("al-Nuaimi", "bin-Salman"). */
const CAPITALISED = /^(?:(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|abu|ben)-)?\p{Lu}[\p{Ll}'’.-]*$/u;
/** The same particles when the tokeniser splits them off at the hyphen ("al" "-" "Nuaimi"). */
const PARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|abu|ben)$/i;
const POSSESSIVE = /['’]s$/;
/** What may separate two words of one name: spaces, or a full stop and spaces after an abbreviated title ("Dr. Kim"). */
const NAME_GAP = /^[ \u00a0]+$/;
const TITLE_GAP = /^\.?[ \u00a0]+$/;

interface Compiled {
  /** Zero-width scan so a failed candidate ("President Park" -> "Park Geun-hye") never hides the next one. */
  koreanName: RegExp;
  surnames: ReadonlySet<string>;
  standalone: ReadonlySet<string>;
  places: ReadonlySet<string>;
  /** Head words of role titles: a capitalised run right after one is a name ("pitcher Yulieski Gurriel"). */
  roleWords: ReadonlySet<string>;
}

const compiled = compiledFrom((knowledge: Knowledge): Compiled => {
  const surnames = koreanSurnames(knowledge);
  const forms = [...surnames]
    .sort((a, b) => b.length - a.length)
    .flatMap((surname) => [surname[0]!.toUpperCase() + surname.slice(1), surname.toUpperCase()]);
  const given = "\\p{Lu}\\p{Ll}+(?:[-‐‑]\\p{L}\\p{Ll}*|[ \\u00a0]+\\p{Lu}\\p{Ll}+)?|\\p{Lu}+(?:[-‐‑]\\p{Lu}+|[ \\u00a0]+\\p{Lu}+)";
  const koreanName = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?=((${forms.join("|")})[ \\u00a0]+(${given}))(?![\\p{L}]))`, "gu");
  const places = new Set<string>();
  for (const place of knowledge.places) for (const name of [place.name, ...place.aliases]) places.add(name.toLowerCase());
  const roleWords = new Set(knowledge.roles.map((role) => role.title.toLowerCase().split(" ").at(-1) ?? role.title));
  return { koreanName, surnames, standalone: new Set(knowledge.surnames.map((name) => name.toLowerCase())), places, roleWords };
});

/**
 * People named in one sentence, in text order.
 * @example findPeople(analysed("Foreign Minister Ri Yong-ho met Professor Toshimitsu Shigemura."), knowledge)
 *   // [{ name: "Ri Yong-ho", key: "lee yongho", partial: false, ... }, { name: "Toshimitsu Shigemura", ... }]
 */
export function findPeople(sentence: AnalysedSentence, knowledge: Knowledge): PersonMention[] {
  const rules = compiled(knowledge);
  const found = koreanNames(sentence, rules);
  const taken = (token: Token) => found.some((mention) => token.start < mention.end && mention.start < token.end);
  found.push(...taggedNames(sentence, rules, taken));
  found.push(...surnamesAlone(sentence, rules, taken));
  return found.sort((a, b) => a.start - b.start);
}

function koreanNames(sentence: AnalysedSentence, rules: Compiled): PersonMention[] {
  const mentions: PersonMention[] = [];
  const pattern = rules.koreanName;
  pattern.lastIndex = 0;
  let reachedEnd = 0;
  for (let match = pattern.exec(sentence.text); match; match = pattern.exec(sentence.text)) {
    pattern.lastIndex = match.index + 1;
    const [, , surname = "", written = ""] = match;
    if (match.index < reachedEnd) continue;
    const standalone = rules.standalone.has(surname.toLowerCase());
    const given = givenName(written, standalone);
    if (!given) continue;
    const separator = match[1]!.length - surname.length - written.length;
    const start = sentence.start + match.index;
    const end = start + surname.length + separator + given.length;
    const strict = !standalone && !given.includes("-");
    if (tokensIn(sentence, end - given.length, end).some((token) => !plausibleGiven(token, rules, strict))) continue;
    if (rules.places.has(given.toLowerCase())) continue;
    mentions.push(mention(sentence, start, end, surname, false, PERSON_RULES.koreanName));
    reachedEnd = match.index + (end - start);
  }
  return mentions;
}

/** "Yong-ho", "Il Kyu", "Yongho" (two syllables), or null; a one-word given name needs an unambiguous surname. */
function givenName(written: string, standalone: boolean): string | null {
  const hyphenated = /^(\p{L}+)[-‐‑](\p{L}+)/u.exec(written);
  if (hyphenated) return isKoreanSyllable(hyphenated[1]!) && isKoreanSyllable(hyphenated[2]!) ? hyphenated[0] : null;
  const [first = "", second] = written.split(/[ \u00a0]+/);
  if (second !== undefined && isKoreanSyllable(first) && isKoreanSyllable(second)) return written;
  return standalone && isKoreanGivenName(first) ? first : null;
}

/** `strict` after a surname that is also an English word and without a hyphen: "So Do I" is not a name. */
function plausibleGiven(token: Token, rules: Compiled, strict: boolean): boolean {
  const word = token.normal.replace(POSSESSIVE, "");
  if (notNameWords.has(word) || rules.places.has(word)) return false;
  if (NOT_GIVEN_TAGS.some((tag) => token.tags.has(tag))) return false;
  return !strict || !FUNCTION_TAGS.some((tag) => token.tags.has(tag));
}

/** "Maxim Kuzminov", "Professor Toshimitsu Shigemura" -> "Toshimitsu Shigemura": capitalised runs that look like people. */
function taggedNames(sentence: AnalysedSentence, rules: Compiled, taken: (token: Token) => boolean): PersonMention[] {
  const mentions: PersonMention[] = [];
  const tokens = sentence.tokens;
  let i = 0;
  while (i < tokens.length) {
    const run: Token[] = [];
    while (
      i < tokens.length &&
      (run.length === 0 || adjacent(sentence, run.at(-1)!, tokens[i]!)) &&
      (runToken(tokens[i]!, rules, taken) ||
        (run.length > 0 && (joinedParticle(sentence, i, rules, taken) || restOfName(sentence, run.at(-1)!, tokens[i]!, rules, taken))))
    ) {
      run.push(tokens[i++]!);
    }
    if (run.length === 0) {
      i++;
      continue;
    }
    const firstOfRun = i - run.length;
    let titled = isTitle(tokens[firstOfRun - 1]);
    while (run.length > 0 && isTitle(run[0])) {
      run.shift();
      titled = true;
    }
    // A title word after a given name is the surname: "Travis King", "Stephen Bishop".
    const titleInside = (token: Token, at: number) => isTitle(token) && !token.tags.has("LastName") && !run[at - 1]?.tags.has("FirstName");
    if (run.length < 2 || run.length > 5 || run.some((token, at) => titleInside(token, at) || !(CAPITALISED.test(token.text) || PARTICLE.test(token.text)))) continue;
    const before = tokens[firstOfRun - 1];
    const described = before !== undefined && (before.tags.has("Actor") || rules.roleWords.has(before.normal)) && !CAPITALISED.test(before.text);
    const tagged = run.some((token) => PERSON_TAGS.some((tag) => token.tags.has(tag)));
    if (!(tagged || titled || described || describedAfter(sentence, run.at(-1)!, i, rules) || setOffAfterRole(sentence, firstOfRun, i, rules) || quoted(sentence, firstOfRun, i))) {
      continue;
    }
    const last = run.at(-1)!;
    const surname = last.text.replace(POSSESSIVE, "");
    const end = last.start + surname.length;
    mentions.push(mention(sentence, run[0]!.start, end, surname, false, PERSON_RULES.taggedName));
  }
  return mentions;
}

/**
 * "Maxim Kuzminov, a Russian pilot", "Gezar Pozsar, Comaneci's former choreographer", "Zdzislaw Rurarz, ambassador
 * who defected", "Shohreh Bayat, 34,": a comma, then a person noun, a title or an age.
 */
function describedAfter(sentence: AnalysedSentence, last: Token, next: number, rules: Compiled): boolean {
  const tokens = sentence.tokens;
  const first = tokens[next];
  if (!first || !/^,\s*$/.test(sentence.text.slice(last.end - sentence.start, first.start - sentence.start))) return false;
  // "Shohreh Bayat, 34, had feared arrest": news gives a person's age set off after the name.
  if (AGE_SET_OFF.test(sentence.text.slice(first.start - sentence.start))) return true;
  const person = (token: Token) => token.tags.has("Actor") || rules.roleWords.has(token.normal);
  if (!["a", "an", "the"].includes(first.normal) && !POSSESSIVE.test(first.text)) return person(first) && !CAPITALISED.test(first.text);
  return tokens.slice(next + 1, next + 4).some(person);
}

const AGE_SET_OFF = /^\d{1,3}\s*,/;

/** How many words back from a set-off name the person noun it renames may stand ("a member of the national side, X,"). */
const RENAMED_REACH = 8;

/** "a member of the Iranian national side, Saman Balaghi, had also sought asylum": set off by commas after a person noun. */
function setOffAfterRole(sentence: AnalysedSentence, first: number, next: number, rules: Compiled): boolean {
  const tokens = sentence.tokens;
  const before = tokens[first - 1];
  const start = tokens[first];
  const end = tokens[next - 1];
  const after = tokens[next];
  if (!before || !start || !end || !after) return false;
  const comma = (from: Token, to: Token) => /^,\s*$/.test(sentence.text.slice(from.end - sentence.start, to.start - sentence.start));
  if (!comma(before, start) || !comma(end, after)) return false;
  for (let index = first - 1; index >= Math.max(0, first - RENAMED_REACH); index--) {
    const token = tokens[index]!;
    if (index < first - 1 && /[,;:]/.test(sentence.text.slice(token.end - sentence.start, tokens[index + 1]!.start - sentence.start))) return false;
    if (!CAPITALISED.test(token.text) && (token.tags.has("Actor") || rules.roleWords.has(token.normal))) return true;
  }
  return false;
}

/** "said Gezar Pozsar", "Ivan Petrov told reporters": the one who speaks is a person. */
function quoted(sentence: AnalysedSentence, first: number, next: number): boolean {
  const before = sentence.tokens[first - 1]?.normal ?? "";
  const after = sentence.tokens[next]?.normal ?? "";
  return SPEECH_BEFORE.has(before) || SPEECH_AFTER.has(after);
}

const SPEECH_BEFORE: ReadonlySet<string> = new Set(["said", "says", "told", "added", "recalled", "explained", "wrote"]);
const SPEECH_AFTER: ReadonlySet<string> = new Set(["said", "says", "told", "recalled", "explained", "wrote", "added"]);

function runToken(token: Token, rules: Compiled, taken: (token: Token) => boolean): boolean {
  if (taken(token) || !CAPITALISED.test(token.text.replace(POSSESSIVE, ""))) return false;
  if (isTitle(token)) return true;
  const verbal = token.tags.has("Verb") && !PERSON_TAGS.some((tag) => token.tags.has(tag));
  return CAPITALISED.test(token.text) && !verbal && nameLike(token, rules);
}

function nameLike(token: Token, rules: Compiled): boolean {
  const word = token.normal.replace(POSSESSIVE, "");
  return !notNameWords.has(word) && !rules.places.has(word) && !NOT_NAME_TAGS.some((tag) => token.tags.has(tag));
}

function isTitle(token: Token | undefined): boolean {
  return token !== undefined && titles.has(token.normal.replace(/\.$/, ""));
}

/**
 * Tokens of one name are separated by spaces only: "Kuzminov, Belenko" is two names. A hyphen joins "al" and
 * "Nuaimi", and the halves of a compound name that compromise splits ("Hans-Joachim", "Lloyd-Webber").
 */
function adjacent(sentence: AnalysedSentence, left: Token, right: Token): boolean {
  const gap = sentence.text.slice(left.end - sentence.start, right.start - sentence.start);
  if (gap === "-") return PARTICLE.test(left.text) || (left.tags.has("Hyphenated") && CAPITALISED.test(right.text));
  return NAME_GAP.test(gap) || (isTitle(left) && TITLE_GAP.test(gap));
}

/**
 * After a word tagged as a name, the rest of the name: a capitalised word whose only verb reading is compromise's
 * guess from its ending (it is not in the lexicon: "Li Ming", "Chen Ping"), or the second half of a hyphenated given
 * name, even one that is also a place ("Jean-Pierre", "Marie-Florence").
 */
function restOfName(sentence: AnalysedSentence, previous: Token, token: Token, rules: Compiled, taken: (token: Token) => boolean): boolean {
  if (taken(token) || !CAPITALISED.test(token.text) || !PERSON_TAGS.some((tag) => previous.tags.has(tag))) return false;
  if (previous.tags.has("Hyphenated") && sentence.text.slice(previous.end - sentence.start, token.start - sentence.start) === "-") return true;
  return token.tags.has("Verb") && !inLexicon(token.normal.replace(POSSESSIVE, "")) && nameLike(token, rules);
}

/** "Ahmed al-Nuaimi": a particle inside a name, joined by a hyphen to the capitalised word after it. */
function joinedParticle(sentence: AnalysedSentence, index: number, rules: Compiled, taken: (token: Token) => boolean): boolean {
  const particle = sentence.tokens[index];
  const next = sentence.tokens[index + 1];
  return particle !== undefined && next !== undefined && PARTICLE.test(particle.text) && adjacent(sentence, particle, next) && runToken(next, rules, taken);
}

/**
 * "Thae", "Mr Kim", "Shigemura's": a capitalised word that may be a surname standing alone. Standalone Korean
 * surnames, and any Korean surname after a title, are kept even with no full name before them; the rest only when
 * `linkPartialMentions` finds an earlier full name with that surname.
 */
function surnamesAlone(sentence: AnalysedSentence, rules: Compiled, taken: (token: Token) => boolean): PersonMention[] {
  const mentions: PersonMention[] = [];
  sentence.tokens.forEach((token, index) => {
    const word = /^(\p{Lu}[\p{Ll}\p{Lu}]*?)(?:['’]s)?$/u.exec(token.text)?.[1];
    if (!word || taken(token) || isTitle(token) || (word.length > 1 && word === word.toUpperCase() && !rules.surnames.has(word.toLowerCase()))) return;
    const lower = word.toLowerCase();
    const korean = rules.surnames.has(lower);
    const titled = isTitle(sentence.tokens[index - 1]);
    // "An unidentified official", "So far", "Do you": a surname spelling used as a function word is no name. Other
    // surnames count only when an earlier full name bears them, so a guessed tag ("Gordievsky" as an adjective) is no bar.
    if (!titled && (korean ? FUNCTION_TAGS : CLOSED_CLASS_TAGS).some((tag) => token.tags.has(tag))) return;
    if (korean && (titled || rules.standalone.has(lower))) {
      mentions.push(mention(sentence, token.start, token.start + word.length, word, true, PERSON_RULES.koreanSurname));
    } else if (korean || nameLike(token, rules)) {
      mentions.push(mention(sentence, token.start, token.start + word.length, word, true, PERSON_RULES.surname));
    }
  });
  return mentions;
}

function tokensIn(sentence: AnalysedSentence, start: number, end: number): Token[] {
  return sentence.tokens.filter((token) => token.start < end && start < token.end);
}

function mention(sentence: AnalysedSentence, start: number, end: number, surname: string, partial: boolean, rule: string): PersonMention {
  const text = sentence.text.slice(start - sentence.start, end - sentence.start);
  const name = text.replace(/\s+/g, " ");
  return { kind: "person", start, end, text, sentence: sentence.index, rule, name, key: personKey(name), surname, partial };
}

/**
 * Over a whole document's person mentions in text order, each surname-only mention takes the `name` and `key` of the
 * nearest earlier full mention whose surname matches ("Thae" after "Thae Yong-ho", "Tae" too); one that matches none
 * is kept only if it is a standalone Korean surname ("Mr Kim"), as itself.
 */
export function linkPartialMentions(mentions: readonly PersonMention[]): PersonMention[] {
  const linked: PersonMention[] = [];
  // The latest full mention of each surname: the nearest earlier one, looked up instead of searched for.
  const latestBySurname = new Map<string, PersonMention>();
  for (const person of mentions) {
    if (!person.partial) {
      latestBySurname.set(surnameKey(person.surname ?? surnameOf(person.name)), person);
      linked.push(person);
      continue;
    }
    const antecedent = latestBySurname.get(surnameKey(person.surname ?? person.text));
    if (antecedent) linked.push({ ...person, name: antecedent.name, key: antecedent.key });
    else if (person.rule === PERSON_RULES.koreanSurname) linked.push(person);
  }
  return linked;
}
