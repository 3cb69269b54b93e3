// Finds who a trigger is about: the subject noun phrase of its clause, classified as named, individual, group or generic.
import grammar from "../data/grammar.json";
import honorifics from "../data/honorifics.json";
import { MONTH_PATTERN } from "../normalise/timeframe/index.js";
import type { Token, Trigger } from "../types.js";
import { mentionStartingAt, mentionsOf, tokenAt, type Introduction, type PersonMention, type RoleMention, type SentenceView } from "./draft.js";
import {
  ANCHOR_VERBS,
  ANOTHER,
  bare,
  DEFINITE,
  GROUP_INTRODUCERS,
  genderOf,
  GROUP_NOUNS,
  INDEFINITE,
  isDeterminer,
  isReportingVerb,
  PERSON_NOUNS,
  PLURAL_PRONOUNS,
  RELATIVE_PRONOUNS,
  SINGULAR_PRONOUNS,
  SUBORDINATORS,
  VERB_GROUP_WORDS,
  verbGroupStart,
} from "./grammar.js";

export interface Subject {
  introduction: Introduction;
  /** The rule that recognised the phrase ("subject/appositive-role"). */
  rule: string;
  /** The noun phrase as worded, determiner to head. */
  start: number;
  end: number;
  person: PersonMention | null;
  role: RoleMention | null;
  count: number | null;
  /** Where the clause that holds the subject begins; slots are read from here on. */
  clauseStart: number;
}

/** A phrase that names people only vaguely ("officials", "more elites", "dozens of defectors"): no record. */
export interface VagueSubject {
  vague: string;
}

/** The subject rule for each way of introducing a defector. */
const INTRODUCTION_RULES: Record<Introduction, string> = {
  named: "subject/named",
  pronoun: "subject/pronoun",
  indefinite: "subject/indefinite",
  another: "subject/another",
  definite: "subject/definite",
  group: "subject/group",
  partitive: "subject/partitive",
  headline: "subject/headline",
  listed: "subject/listed",
};
const VAGUE_RULES = {
  pluralRole: "subject/vague-plural-role",
  bareRole: "subject/vague-bare-role",
  group: "subject/vague-group",
  pluralNoun: "subject/vague-plural-noun",
  agent: "subject/vague-agent",
  ownedCraft: "subject/owned-craft",
} as const;

/** Rule ids of the subjects found past the clause's first noun phrase, or by its owner. */
const SUBJECT_RULES = {
  nameInApposition: "subject/name-in-apposition",
  adjunctVerb: "subject/adjunct-verb",
  indefiniteNational: "subject/indefinite-national",
  coordinatedName: "subject/coordinated-name",
  namedOwner: "subject/named-owner",
} as const;

/** The people listed after the copula of "Among those who defected are ...". */
const LIST_VERBS = new Set(["are", "were", "include", "included", "includes"]);
/** How far after the trigger the list's verb may stand ("who have defected in recent months are"). */
const LIST_VERB_REACH = 12;

/** A trigger with no subject phrase at all. */
export const NO_SUBJECT_RULE = "subject/none";

export function isVague(found: Subject | VagueSubject | null | undefined): found is VagueSubject {
  return found !== null && found !== undefined && "vague" in found;
}

/** "Ri Il Kyu, a political counsellor at ...": how far after a name its description may start. */
const APPOSITION_REACH = 40;

/** An -ing form modifies a noun phrase of at most this many tokens before it ("elite members defecting"). */
const PARTICIPLE_REACH = 3;

/** Groups larger than this are aggregate figures, not people who fled together. */
const LARGEST_GROUP = 100;

/**
 * "Among North Koreans who have defected in recent months are a missile scientist, a naval officer and a
 * mathematician", "Those who fled include two colonels and a general": a trigger in a relative clause on a vague
 * group, with a list after the copula, is about each person listed.
 */
export function listedSubjects(view: SentenceView, trigger: Trigger): Subject[] {
  const tokens = view.sentence.tokens;
  const at = tokenAt(view, trigger.start);
  const group = verbGroupStart(tokens, at);
  if (!RELATIVE_PRONOUNS.has(bare(tokens[group - 1]))) return [];
  let verb = at + 1;
  while (verb < Math.min(tokens.length, at + LIST_VERB_REACH) && !LIST_VERBS.has(bare(tokens[verb]))) verb++;
  if (!LIST_VERBS.has(bare(tokens[verb]))) return [];
  // "The soldiers who fled include a general and three colonels": the members of a group already told of.
  if (DEFINITE.has(bare(tokens[clauseBoundary(view, group - 1)])) && bare(tokens[clauseBoundary(view, group - 1)]) !== "those") return [];
  const listed: Subject[] = [];
  let item = verb + 1;
  while (item < tokens.length) {
    const found = itemAt(view, item, verb + 1);
    // Each one listed is a person of their own: "listed" keeps coreference from merging them with each other.
    if (found) listed.push(found.introduction === "named" ? found : { ...found, introduction: "listed", rule: INTRODUCTION_RULES.listed });
    let next = found ? tokenAt(view, found.end) : item + 1;
    while (next < tokens.length && !/,/.test(charAfter(view, next - 1)) && bare(tokens[next]) !== "and") {
      if (/[;:]/.test(charAfter(view, next - 1))) return listed;
      next++;
    }
    item = bare(tokens[next]) === "and" ? next + 1 : next;
  }
  return listed;
}

/**
 * "John Smith and Ahmed Ali defected", "Capt. Ivan Orlov and Lt. Pavel Sokolov fled": a name coordinated with a named
 * subject, before the verb, is a second person who did the same; "Kim and his wife fled" names family, not a partner.
 */
export function coordinatedNames(view: SentenceView, subject: Subject, trigger: Trigger): Subject[] {
  if (subject.introduction !== "named" || subject.person === null) return [];
  const text = view.sentence.text;
  const partners: Subject[] = [];
  let end = subject.end;
  for (const person of mentionsOf(view, "person", subject.end, trigger.start)) {
    if (person.partial || partners.length >= COORDINATED_NAMES) break;
    const gap = text.slice(end - view.sentence.start, titledNameStart(view, person) - view.sentence.start);
    if (!/^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(gap)) break;
    partners.push({ ...subject, start: person.start, end: person.end, person, role: appositiveRole(view, person), rule: SUBJECT_RULES.coordinatedName });
    end = person.end;
  }
  const rest = text.slice(end - view.sentence.start, trigger.start - view.sentence.start);
  // The names must run up to the verb: "Kim and Lee, who met Park, defected" leaves Park out.
  return /^\s*(?:,\s*)?(?:(?:also|both|have|has|had|reportedly|allegedly|recently)\s+)*$/i.test(rest) ? partners : [];
}

/** How many names may be coordinated with a subject. */
const COORDINATED_NAMES = 6;

/** How many words into a list item its person may start ("a [naval officer]", "two [Syrian] colonels"). */
const ITEM_REACH = 3;

function itemAt(view: SentenceView, item: number, clauseStart: number): Subject | undefined {
  // ", which handles leader Kim Jong-un's funds": a clause inside the list is no item of it.
  const first = view.sentence.tokens[item];
  if (!first || RELATIVE_PRONOUNS.has(bare(first)) || SUBORDINATORS.has(bare(first)) || first.tags.has("Verb")) return undefined;
  for (let i = item; i < Math.min(view.sentence.tokens.length, item + ITEM_REACH); i++) {
    const found = candidateAt(view, i, clauseStart);
    if (found !== undefined) return isVague(found) ? undefined : found;
  }
  return undefined;
}

/** Who the trigger is about; a vague phrase says why it is no one in particular; null when there is no subject. */
export function findSubject(view: SentenceView, trigger: Trigger): Subject | VagueSubject | null {
  const t = tokenAt(view, trigger.start);
  if (trigger.form === "agent") return agentSubject(view, t);
  if (trigger.form === "noun") return nounSubject(view, t);
  const subject = clauseSubject(view, t);
  // Only a defection verb makes a national of an unknown noun: "a North Korean vessel crossed" is a boat.
  return subject === null && !trigger.weak ? indefiniteNational(view, t) : subject;
}

/**
 * "Nine refugees were picked up by the coastguard. They arrived in Seoul last month.": the group a sentence opens
 * with, which a "they" in the sentences after can stand for; null when the sentence opens with no counted group.
 */
export function openingGroup(view: SentenceView): Subject | null {
  const subject = firstCandidate(view, 0, view.sentence.tokens.length);
  return subject !== null && !isVague(subject) && subject.introduction === "group" && subject.count !== null && subject.count > 1 ? subject : null;
}

/** "A senior official at the spy agency defected", "Thae, a diplomat, defected", "the official who defected". */
function clauseSubject(view: SentenceView, verb: number): Subject | VagueSubject | null {
  const tokens = view.sentence.tokens;
  const group = verbGroupStart(tokens, verb);
  const before = tokens[group - 1];
  if (before && RELATIVE_PRONOUNS.has(bare(before))) return antecedent(view, group - 1);
  if (before && isParticipleAfterNoun(view, verb, group)) {
    return nearestCandidate(view, group, Math.max(clauseBoundary(view, group), group - PARTICIPLE_REACH));
  }
  const start = clauseBoundary(view, group);
  const subject = firstCandidate(view, start, group) ?? headlineSubject(view, start, group);
  if (!isVague(subject) && subject?.introduction === "pronoun" && start > 0) return mainClauseSubject(view, start, subject) ?? subject;
  if (subject === null || isVague(subject)) return nameInApposition(view, group) ?? (subject === null ? adjunctSubject(view, verb, group) : null) ?? subject;
  return subject;
}

/** The words that may open a name in apposition: "The soldier, identified as Ivan Korolev, ...". */
const NAMING_WORDS = String.raw`(?:(?:identified|named)\s+as\s+|named\s+|called\s+)?`;
/** What may stand between a title and a name in apposition. */
export const APPOSITION_GAP = new RegExp(`^\\s*,\\s*${NAMING_WORDS}$`, "i");
/** What may stand right before a name in apposition, whatever precedes the comma. */
const APPOSITION_OPENING = new RegExp(`,\\s*${NAMING_WORDS}$`, "i");

/**
 * Where a name begins with the title written on it: "Gen. Francisco Yanez" from "Gen.", "Colonel Ivan Petrov" from
 * "Colonel"; the name's own start when no title stands right before it.
 */
export function titledNameStart(view: SentenceView, person: PersonMention): number {
  const tokens = view.sentence.tokens;
  let first = tokenAt(view, person.start);
  const titleBefore = (index: number) =>
    HONORIFICS.has(bare(tokens[index - 1]).replace(/\.$/, "")) &&
    /^\.?\s+$/.test(view.sentence.text.slice(tokens[index - 1]!.end - view.sentence.start, tokens[index]!.start - view.sentence.start));
  while (first > 0 && titleBefore(first)) first--;
  const start = tokens[first]?.start ?? person.start;
  const title = mentionsOf(view, "role", view.sentence.start, start).at(-1);
  const gap = title ? view.sentence.text.slice(title.end - view.sentence.start, start - view.sentence.start) : "";
  return title && /^\s+$/.test(gap) ? title.start : start;
}

const HONORIFICS: ReadonlySet<string> = new Set(honorifics);

/**
 * "Iranian judoka, Saeid Mollaei, disappeared", "One of Cuba's top players, Cesar Prieto, has defected": a name set
 * off by commas right before the verb is who acts, however vaguely the words before it put it; a singular title just
 * before the name is theirs, and "The soldier, identified as Ivan Korolev, crossed" is still "the soldier" told of
 * before, now named.
 */
function nameInApposition(view: SentenceView, group: number): Subject | null {
  const verb = view.sentence.tokens[group];
  if (!verb) return null;
  const text = view.sentence.text;
  const offset = view.sentence.start;
  const person = mentionsOf(view, "person", offset, verb.start).at(-1);
  if (!person || person.partial) return null;
  // "..., Ivan Korolev, illegally crossed": an adverb may stand before the verb.
  let adverbs = group;
  while (adverbs > 0 && (view.sentence.tokens[adverbs - 1]?.start ?? 0) > person.end && view.sentence.tokens[adverbs - 1]?.tags.has("Adverb")) adverbs--;
  const afterName = view.sentence.tokens[adverbs]?.start ?? verb.start;
  if (!/^\s*,\s*$/.test(text.slice(person.end - offset, afterName - offset))) return null;
  const nameStart = titledNameStart(view, person);
  if (!APPOSITION_OPENING.test(text.slice(0, nameStart - offset))) return null;
  const title = mentionsOf(view, "role", offset, nameStart).at(-1);
  const role = title && !title.plural && APPOSITION_GAP.test(text.slice(title.end - offset, nameStart - offset)) ? title : null;
  const described = role ? roleSubject(view, role, 0) : null;
  if (described && !isVague(described) && described.introduction === "definite") return { ...described, person, rule: SUBJECT_RULES.nameInApposition };
  return { ...phrase(view, "named", person.start, person.end, { person, role }, clauseBoundary(view, tokenAt(view, person.start))), rule: SUBJECT_RULES.nameInApposition };
}

/** Words that open an adjunct whose -ing verb has no subject of its own: "after defecting", "on arriving in". */
const ADJUNCT_OPENERS: ReadonlySet<string> = new Set(["after", "before", "while", "since", "when", "upon", "on"]);
/** -ing verbs of an attempt, whose "to" verb is the flight: "while trying to cross". */
const ATTEMPT_VERBS: ReadonlySet<string> = new Set(["trying", "attempting", "seeking", "preparing", "planning"]);

/**
 * "The Albanian diplomat resigned in 1990 after defecting to Italy", "After fleeing to Austria, the pianist settled in
 * Vienna": an -ing verb straight after "after", "while" or "upon" shares the subject of the clause it hangs on, before
 * it or, when the adjunct opens the sentence, after its comma.
 */
function adjunctSubject(view: SentenceView, trigger: number, group: number): Subject | VagueSubject | null {
  const tokens = view.sentence.tokens;
  // "while trying to cross", "after attempting to flee": the attempt is the adjunct's verb.
  const attempt = group === trigger - 1 && bare(tokens[group]) === "to" && ATTEMPT_VERBS.has(bare(tokens[group - 1]));
  const verb = attempt ? group - 1 : trigger;
  const opener = verb - 1;
  if ((group !== trigger && !attempt) || !/ing$/.test(tokens[verb]?.normal ?? "") || !ADJUNCT_OPENERS.has(bare(tokens[opener]))) return null;
  if (opener > 0) {
    const subject = firstCandidate(view, clauseBoundary(view, opener), opener);
    // The adjunct's own words tell the defection: "resigned in 1990 after defecting in 1985" is dated 1985.
    return subject && !isVague(subject) && subjectOfVerbBefore(view, subject, opener)
      ? { ...subject, rule: SUBJECT_RULES.adjunctVerb, clauseStart: tokens[opener]?.start ?? subject.clauseStart }
      : null;
  }
  let comma = verb;
  while (comma < tokens.length && charAfter(view, comma) !== ",") comma++;
  const subject = comma < tokens.length ? firstCandidate(view, comma + 1, clauseEnd(view, comma + 1)) : null;
  return subject && !isVague(subject) ? { ...subject, rule: SUBJECT_RULES.adjunctVerb, clauseStart: tokens[opener]?.start ?? subject.clauseStart } : subject;
}

/**
 * "Chess master defects at Dutch tournament", "Soviet sailor jumps ship": a headline drops its article, so the words
 * right before its verb are the subject when they end in a person noun.
 */
function headlineSubject(view: SentenceView, start: number, verb: number): Subject | null {
  if (!view.sentence.headline || verb === 0) return null;
  const tokens = view.sentence.tokens;
  let first = verb - 1;
  if (!isPersonNoun(view, first)) return null;
  while (first > start && isModifier(tokens[first - 1]) && !/[,;:]/.test(charAfter(view, first - 1))) first--;
  const head = tokens[verb - 1];
  const from = tokens[first];
  if (!head || !from || isLabel(view, first)) return null;
  return phrase(view, "headline", from.start, head.end, {}, start);
}

function isModifier(token: Token | undefined): boolean {
  return token !== undefined && (token.tags.has("Adjective") || token.tags.has("Noun") || token.tags.has("ProperNoun")) && !token.tags.has("Pronoun");
}

/**
 * "A diplomat stationed in Vladivostok ... brought currency to Seoul when he defected": "he" is the main clause's
 * subject, if the two can be one person; "Pozsar's wife ... after he defected" is about the wife's owner; "two of the
 * sailors said they hoped to defect": "they" is the group that spoke.
 */
function mainClauseSubject(view: SentenceView, subordinateStart: number, pronoun: Subject): Subject | null {
  const subject = firstCandidate(view, 0, subordinateStart);
  if (!subject || isVague(subject) || subject.introduction === "pronoun") return null;
  // The group is who; the pronoun's own clause is what they did there.
  if (pronoun.count === null) return subject.count !== null && subject.count > 1 ? { ...subject, clauseStart: pronoun.clauseStart } : null;
  if (subject.count !== 1) return null;
  const spoken = genderOf(view.sentence.text.slice(pronoun.start - view.sentence.start, pronoun.end - view.sentence.start));
  const head = genderOf(view.sentence.text.slice(subject.start - view.sentence.start, subject.end - view.sentence.start).split(/\s+/).at(-1) ?? "");
  if (spoken === null || head === null || spoken === head) return subject;
  const owner = mentionStartingAt(view, "person", subject.start);
  return owner ? phrase(view, "named", owner.start, owner.end, { person: owner }, tokenAt(view, owner.start)) : null;
}

/** "elite members defecting": an -ing form right after a noun modifies that noun. */
function isParticipleAfterNoun(view: SentenceView, verb: number, group: number): boolean {
  const tokens = view.sentence.tokens;
  return group === verb && /ing$/.test(tokens[verb]?.normal ?? "") && Boolean(tokens[verb - 1]?.tags.has("Noun"));
}

/** Token index where the clause holding `index` begins (after a reporting verb, "that", a subordinator or ";"). */
function clauseBoundary(view: SentenceView, index: number): number {
  const tokens = view.sentence.tokens;
  let firstComma = -1;
  for (let i = index - 1; i >= 0; i--) {
    const word = bare(tokens[i]);
    if (SUBORDINATORS.has(word) && firstComma >= 0) return firstComma + 1;
    if (isReportingVerb(tokens[i]) || SUBORDINATORS.has(word) || word === "that") return i + 1;
    if (/[;:]/.test(charAfter(view, i))) return i + 1;
    if (opensCoordinatedClause(view, i)) return i + 1;
    if (charAfter(view, i) === ",") firstComma = i;
  }
  return 0;
}

/**
 * "A fisherman drifted south in December, and two soldiers walked across in January": ", and" or ", but" before a
 * new subject, after a clause with its own verb, starts a clause; "Kim, Lee, and Park defected" is one list.
 */
function opensCoordinatedClause(view: SentenceView, index: number): boolean {
  const tokens = view.sentence.tokens;
  const word = bare(tokens[index]);
  if ((word !== "and" && word !== "but") || index === 0 || charAfter(view, index - 1) !== ",") return false;
  const next = tokens[index + 1];
  if (!next || next.tags.has("Verb") || next.tags.has("Adverb") || VERB_GROUP_WORDS.has(bare(next))) return false;
  // A subject before the next verb: "and in 2019 the envoy went", not "and in May reached Seoul".
  let verb = index + 1;
  const last = Math.min(tokens.length, index + 1 + COORDINATION_REACH);
  while (verb < last && !tokens[verb]?.tags.has("Verb")) verb++;
  const subject = tokens.slice(index + 1, verb).some((token) => (token.tags.has("Noun") || token.tags.has("Pronoun")) && !token.tags.has("Date") && !token.tags.has("Value"));
  const before = tokens.slice(Math.max(0, index - COORDINATION_REACH), index);
  return subject && before.some((token) => token.tags.has("Verb") && !token.tags.has("Participle") && !VERB_GROUP_WORDS.has(bare(token)));
}

/** How many words either side of ", and" are read for the verbs that make it join two clauses; bounded, as clauses are. */
const COORDINATION_REACH = 24;

/** Token index where the clause from `index` ends (next subordinator, relative clause or sentence end). */
export function clauseEnd(view: SentenceView, index: number): number {
  const tokens = view.sentence.tokens;
  for (let i = index + 1; i < tokens.length; i++) {
    const word = bare(tokens[i]);
    if (SUBORDINATORS.has(word) || isReportingVerb(tokens[i]) || opensCoordinatedClause(view, i)) return i;
    if (word === "wake" && bare(tokens[i - 2]) === "in") return i - 2;
    if (/[;:]/.test(charAfter(view, i))) return i + 1;
  }
  return tokens.length;
}

function charAfter(view: SentenceView, index: number): string {
  const token = view.sentence.tokens[index];
  return token ? view.sentence.text.charAt(token.end - view.sentence.start) : "";
}

function antecedent(view: SentenceView, relative: number): Subject | VagueSubject | null {
  const start = clauseBoundary(view, relative);
  const found = nearestCandidate(view, relative, start);
  return found && !isVague(found) && found.person === null ? (appositiveOwner(view, found) ?? found) : found;
}

/**
 * "Oleg Gordievsky, a former KGB colonel who defected": the description set off by a comma after a name is that
 * person, so a relative clause on it is about the named person, who keeps the description's title.
 */
function appositiveOwner(view: SentenceView, description: Subject): Subject | null {
  const text = view.sentence.text;
  const owner = mentionsOf(view, "person", view.sentence.start, description.start).at(-1);
  if (!owner || owner.partial || !/^\s*,\s*$/.test(text.slice(owner.end - view.sentence.start, description.start - view.sentence.start))) return null;
  return { ...description, introduction: "named", rule: APPOSITIVE_OWNER_RULE, start: owner.start, person: owner, count: 1 };
}

const APPOSITIVE_OWNER_RULE = "subject/appositive-owner";

/** The leftmost candidate of the clause: its grammatical subject. */
function firstCandidate(view: SentenceView, from: number, to: number): Subject | VagueSubject | null {
  for (let i = from; i < to; i++) {
    const subject = candidateAt(view, i, from);
    if (subject !== undefined) return subject;
  }
  return null;
}

/** The candidate closest before `to`: the noun a participle or relative clause hangs on. */
function nearestCandidate(view: SentenceView, to: number, clauseStart: number): Subject | VagueSubject | null {
  let found: Subject | VagueSubject | null = null;
  for (let i = clauseStart; i < to; i++) {
    const subject = candidateAt(view, i, clauseStart);
    if (subject === undefined) continue;
    found = subject;
    // The words of a phrase just read ("Two [North Korean fishermen]") are not candidates of their own.
    if (!isVague(subject)) i = Math.max(i, tokenAt(view, subject.end) - 1);
  }
  return found;
}

/**
 * The noun phrase starting at token i, if it can be the defector: undefined when token i starts none,
 * vague when it does but names no one in particular ("officials", "more elites").
 */
function candidateAt(view: SentenceView, i: number, clauseStart: number): Subject | VagueSubject | undefined {
  const tokens = view.sentence.tokens;
  const token = tokens[i];
  if (!token) return undefined;
  const person = mentionStartingAt(view, "person", token.start);
  if (person && namesAThing(view, person)) return undefined;
  if (person && ownsCraft(view, person)) return { vague: VAGUE_RULES.ownedCraft };
  if (person) {
    return (
      possessedPerson(view, person, clauseStart) ?? phrase(view, "named", person.start, person.end, { person, role: appositiveRole(view, person) }, clauseStart)
    );
  }
  const word = bare(token);
  if (SINGULAR_PRONOUNS.has(word)) return phrase(view, "pronoun", token.start, token.end, {}, clauseStart);
  if (PLURAL_PRONOUNS.has(word)) return phrase(view, "pronoun", token.start, token.end, { count: null }, clauseStart);
  const partitive = partitiveAt(view, i, clauseStart);
  if (partitive !== undefined) return partitive;
  const group = groupAt(view, i, clauseStart) ?? countedByIntroducer(view, i, clauseStart);
  if (group !== undefined) return group;
  const role = mentionsOf(view, "role").find((mention) => tokenAt(view, mention.start) === i);
  if (role) {
    const named = mentionsOf(view, "person").find((person) => person.start > role.start && person.start - role.end <= 1);
    if (named && ownsCraft(view, named)) return { vague: VAGUE_RULES.ownedCraft };
    if (named) return phrase(view, "named", named.start, named.end, { person: named, role }, clauseStart);
    return roleSubject(view, role, clauseStart);
  }
  return personNounAt(view, i, clauseStart);
}

/** Tags of a noun that may follow a name without making it a modifier: another name, a date, a figure, a person. */
const NOT_A_THING = ["ProperNoun", "Pronoun", "Date", "Value", "Verb", "Actor", "Person"];

/**
 * "A Harry Potter concert is coming to Toronto", "the Kim Jong Un regime": a name straight before a common noun
 * that is no person says what the thing is about; the thing is the subject.
 */
function namesAThing(view: SentenceView, person: PersonMention): boolean {
  const last = tokenAt(view, person.end - 1);
  const next = view.sentence.tokens[last + 1];
  if (!next || /\S/.test(view.sentence.text.slice(person.end - view.sentence.start, next.start - view.sentence.start))) return false;
  const thing = next.tags.has("Noun") && !NOT_A_THING.some((tag) => next.tags.has(tag));
  return thing && !isPersonNoun(view, last + 1) && !mentionsOf(view, "role").some((role) => role.start <= next.start && next.start < role.end);
}

/**
 * "A North Korean woman who tried to flee", "a teenage boy", "a senior aide to leader Kim Jong Il", "Daughter of a
 * Cuban leader defects": a person with no title is still a person, and the head of the phrase is the one who acts,
 * not the person named in its "of" or "to" phrase.
 */
function personNounAt(view: SentenceView, i: number, clauseStart: number): Subject | undefined {
  const tokens = view.sentence.tokens;
  const token = tokens[i];
  if (!token) return undefined;
  const determiner = bare(token);
  const determined = INDEFINITE.has(determiner) || ANOTHER.has(determiner) || DEFINITE.has(determiner);
  if (!determined) {
    // A headline drops its articles: "Daughter of a Cuban leader defects".
    if (!view.sentence.headline || i !== clauseStart || !isPersonNoun(view, i) || isLabel(view, i)) return undefined;
    return phrase(view, "headline", token.start, token.end, {}, clauseStart);
  }
  // Up to three words between determiner and noun; a hyphenated compound ("24-year-old") is one word.
  let words = 0;
  for (let head = i + 1; head < tokens.length && words < PERSON_NOUN_REACH; head++) {
    const titled = mentionsOf(view, "role").some((role) => role.start <= (tokens[head]?.start ?? 0) && (tokens[head]?.end ?? 0) <= role.end);
    if (titled) return undefined;
    if (isPersonNoun(view, head) || demonymAsNoun(view, head)) {
      const introduction = ANOTHER.has(determiner) ? "another" : DEFINITE.has(determiner) ? "definite" : "indefinite";
      return phrase(view, introduction, token.start, tokens[head]?.end ?? token.end, {}, clauseStart);
    }
    if (hyphenatedToNext(view, head)) continue;
    words++;
    if (!tokens[head]?.tags.has("Adjective") && !tokens[head]?.tags.has("ProperNoun") && !tokens[head]?.tags.has("Noun")) return undefined;
  }
  return undefined;
}

const PERSON_NOUN_REACH = 3;

/** A token joined to the next by a hyphen: the two are one word ("24-year-old", "high-ranking"). */
function hyphenatedToNext(view: SentenceView, index: number): boolean {
  const token = view.sentence.tokens[index];
  const next = view.sentence.tokens[index + 1];
  return token !== undefined && next !== undefined && view.sentence.text.slice(token.end - view.sentence.start, next.start - view.sentence.start) === "-";
}

/** "[Newsmaker]", "Exclusive:": a bracketed or colon-ended label over a headline is no one. */
function isLabel(view: SentenceView, index: number): boolean {
  const token = view.sentence.tokens[index];
  if (!token) return false;
  const offset = view.sentence.start;
  return /[\[(]\s*$/.test(view.sentence.text.slice(0, token.start - offset)) || /^\s*[\]):]/.test(view.sentence.text.slice(token.end - offset));
}

/**
 * "Comaneci's former choreographer", "Kim's money manager": after a possessive name the person is the one it owns.
 * Undefined when no person noun follows the possessive ("Thae's defection").
 */
/** "Kim Jong Un's armoured train crossed into Russia": what crossed is the owner's craft, not the owner. */
function ownsCraft(view: SentenceView, owner: PersonMention): boolean {
  if (!/^['’]s\s/.test(view.sentence.text.slice(owner.end - view.sentence.start))) return false;
  const tokens = view.sentence.tokens;
  const first = tokenAt(view, owner.end + 2);
  for (let head = first; head < Math.min(tokens.length, first + 3); head++) {
    const token = tokens[head];
    if (!token) return false;
    if (CRAFT.has(bare(token).replace(/s$/, ""))) return true;
    // "armoured", "private": a modifier before the craft, however compromise reads a participle.
    if (!(token.tags.has("Adjective") || token.tags.has("Noun") || /(?:ed|en)$/.test(token.normal))) return false;
  }
  return false;
}

const CRAFT: ReadonlySet<string> = new Set([...grammar.craft, ...grammar.roadVehicles, ...grammar.convoys].map((word) => word.toLowerCase()));

function possessedPerson(view: SentenceView, owner: PersonMention, clauseStart: number): Subject | undefined {
  if (!/^['’]s\s/.test(view.sentence.text.slice(owner.end - view.sentence.start))) return undefined;
  const tokens = view.sentence.tokens;
  const first = tokenAt(view, owner.end + 2);
  for (let head = first; head < Math.min(tokens.length, first + 3); head++) {
    const token = tokens[head];
    if (!token) break;
    const role = mentionsOf(view, "role").find((mention) => mention.start <= token.start && token.end <= mention.end && mention.end === token.end);
    if (role || isPersonNoun(view, head)) return phrase(view, "definite", owner.start, token.end, { role: role ?? null }, clauseStart);
    if (!token.tags.has("Adjective") && !token.tags.has("Noun")) break;
  }
  return undefined;
}

/** "The North Korean is said to have escaped", "a Cuban who fled": a nationality word standing as the noun. */
function demonymAsNoun(view: SentenceView, index: number): boolean {
  const token = view.sentence.tokens[index];
  const next = view.sentence.tokens[index + 1];
  if (!token?.tags.has("Demonym") || token.tags.has("Plural")) return false;
  if (next === undefined || /[,;:]/.test(view.sentence.text.charAt(token.end - view.sentence.start))) return true;
  return RELATIVE_PRONOUNS.has(bare(next)) || ((next.tags.has("Verb") || next.tags.has("Adverb")) && !next.tags.has("Noun") && !next.tags.has("Adjective"));
}

/** A singular noun that names a person: one the grammar lists, or an occupation compromise knows. */
function isPersonNoun(view: SentenceView, index: number): boolean {
  const token = view.sentence.tokens[index];
  if (!token || token.tags.has("Plural")) return false;
  const word = bare(token);
  // "The national Intelligence Service": a word inside a body's name is no person.
  const inBody = mentionsOf(view, "organisation").some((body) => body.start <= token.start && token.end <= body.end && body.end > token.end);
  return !inBody && (PERSON_NOUNS.has(word) || (token.tags.has("Actor") && token.tags.has("Noun")));
}

function phrase(
  view: SentenceView,
  introduction: Introduction,
  start: number,
  end: number,
  parts: { person?: PersonMention; role?: RoleMention | null; count?: number | null },
  clauseStart: number,
): Subject {
  return {
    introduction,
    rule: INTRODUCTION_RULES[introduction],
    start,
    end,
    person: parts.person ?? null,
    role: parts.role ?? null,
    count: "count" in parts ? (parts.count ?? null) : 1,
    clauseStart: view.sentence.tokens[clauseStart]?.start ?? view.sentence.start,
  };
}

/** "Kim Chol-song, a third secretary at ...": a role right after the name, or right before it ("diplomat Thae"). */
export function appositiveRole(view: SentenceView, person: PersonMention): RoleMention | null {
  const roles = mentionsOf(view, "role");
  const after = roles.find((role) => role.start > person.end && role.start - person.end <= APPOSITION_REACH);
  const between = after ? view.sentence.text.slice(person.end - view.sentence.start, after.start - view.sentence.start) : "";
  // "Chen Yonglin, a first secretary at ...", "Chen Yonglin, 37, a first secretary at ...": the age is set off too.
  if (after && /^,\s*(?:\d{1,3}\s*,\s*)?(?:an?|the|one)?\s*(?:[\w'’-]+\s+){0,3}$/i.test(between)) return after;
  return roles.find((role) => role.end <= person.start && person.start - role.end <= 1) ?? null;
}

/** A role noun phrase: "A senior official", "Another diplomat", "the Army Politburo officer", "officials". */
function roleSubject(view: SentenceView, role: RoleMention, clauseStart: number): Subject | VagueSubject {
  const tokens = view.sentence.tokens;
  const head = tokenAt(view, role.end - 1);
  if (tokens[head]?.tags.has("Plural")) return { vague: VAGUE_RULES.pluralRole };
  const first = tokenAt(view, role.start);
  let determiner = first - 1;
  while (determiner >= clauseStart && determiner >= first - 5 && !isDeterminer(tokens[determiner])) {
    const token = tokens[determiner];
    // Participles stand as adjectives here: "An unidentified official", "a detained diplomat".
    const finiteVerb = token?.tags.has("Verb") && !/(?:ed|en|ing)$/.test(token.normal);
    if (!token || finiteVerb || token.tags.has("Preposition") || /[,;]/.test(charAfter(view, determiner))) break;
    if (isNamedOwner(view, token)) {
      const owned = phrase(view, view.sentence.headline ? "headline" : "definite", ownerStart(view, determiner, clauseStart), role.end, { role }, clauseStart);
      return { ...owned, rule: SUBJECT_RULES.namedOwner };
    }
    determiner--;
  }
  const word = bare(tokens[determiner]);
  const start = isDeterminer(tokens[determiner]) ? (tokens[determiner]?.start ?? role.start) : role.start;
  if (INDEFINITE.has(word)) return phrase(view, word === "one" ? "partitive" : "indefinite", start, role.end, { role }, clauseStart);
  if (ANOTHER.has(word)) return phrase(view, "another", start, role.end, { role }, clauseStart);
  if (DEFINITE.has(word)) return phrase(view, "definite", start, role.end, { role }, clauseStart);
  if (view.sentence.headline) return phrase(view, "headline", role.start, role.end, { role }, clauseStart);
  return { vague: VAGUE_RULES.bareRole };
}

/**
 * "Pyongyang's", "East Germany's", "the Kremlin's": a place or body in the possessive singles out the one who holds
 * its post, as "the" does; "Chelsea's captain" is no state's.
 */
function isNamedOwner(view: SentenceView, token: Token): boolean {
  if (!/^\p{Lu}[\p{L}.-]*['’]s$/u.test(token.text)) return false;
  // The name ends inside the word, before its "'s": "North Korea" in "North Korea's".
  const owns = (mention: { start: number; end: number }) => mention.end > token.start && mention.end <= token.end;
  return mentionsOf(view, "place").some(owns) || mentionsOf(view, "organisation").some((body) => body.type !== "media" && owns(body));
}

/**
 * Where the owner's name begins: "North Korea's deputy ambassador" from "North". Words of one name stand apart by
 * spaces, or a full stop and spaces ("St. Petersburg's"), so a dateline before it ("CARACAS - Venezuela's") is not
 * part of it.
 */
function ownerStart(view: SentenceView, owner: number, clauseStart: number): number {
  const tokens = view.sentence.tokens;
  let first = owner;
  const partOfName = (token: Token | undefined) => token !== undefined && /^\p{Lu}/u.test(token.text) && !token.tags.has("Date");
  const spaced = (left: Token, right: Token) => /^\.?\s+$/.test(view.sentence.text.slice(left.end - view.sentence.start, right.start - view.sentence.start));
  while (first > clauseStart && partOfName(tokens[first - 1]) && spaced(tokens[first - 1]!, tokens[first]!)) first--;
  return tokens[first]?.start ?? view.sentence.start;
}

/** "One of the defectors", "one of them". */
function partitiveAt(view: SentenceView, i: number, clauseStart: number): Subject | undefined {
  const tokens = view.sentence.tokens;
  if (bare(tokens[i]) !== "one" || bare(tokens[i + 1]) !== "of") return undefined;
  const head = bare(tokens[i + 2]) === "the" ? i + 3 : i + 2;
  const last = tokens[head];
  if (!last || !(GROUP_NOUNS.has(bare(last)) || bare(last) === "them")) return undefined;
  return phrase(view, "partitive", tokens[i]?.start ?? 0, last.end, {}, clauseStart);
}

/** How many words may stand between a number and the people it counts ("17 North Korean restaurant workers"). */
const GROUP_HEAD_REACH = 4;
/** How many words an "of" phrase after a group may run ("members of the Eritrean national football team"). */
const OF_PHRASE_REACH = 6;

/**
 * "a group of 17 North Koreans", "the 13 North Korean defectors", "two colonels", "seven out of a group of 15
 * officials" (seven), "two of the four sailors" (two), "17 players and the team doctor" (18).
 */
function groupAt(view: SentenceView, i: number, clauseStart: number): Subject | VagueSubject | undefined {
  const tokens = view.sentence.tokens;
  const token = tokens[i];
  const number = token && mentionStartingAt(view, "number", token.start);
  if (!number || !token) return undefined;
  const noun = peopleHeadAfter(view, tokenAt(view, number.end));
  if (noun === null) return undefined;
  // "a group of some 20 soldiers": the qualifier stands between the introducer and the number.
  const lead = view.sentence.text
    .slice(Math.max(0, token.start - view.sentence.start - 30), token.start - view.sentence.start)
    .toLowerCase()
    .replace(GROUP_QUALIFIER, "");
  const introducer = GROUP_INTRODUCERS.find((words) => lead.trimEnd().endsWith(words));
  const definite = bare(tokens[i - 1]) === "the";
  const joined = joinedPeople(view, noun);
  const count = number.value + joined.count;
  const end = joined.end ?? tokens[noun]?.end ?? number.end;
  const concrete =
    number.value > 1 &&
    count <= LARGEST_GROUP &&
    // "around seven officials" is an estimate, a figure; "a group of some 20 soldiers" is still one group.
    (number.qualifier === "exact" || (number.qualifier === "about" && introducer !== undefined)) &&
    (introducer !== undefined ||
      definite ||
      joined.count > 0 ||
      // "70 people have defected from embassies since June 4": a running count, wherever and whenever it began.
      (!RUNNING_COUNT.test(view.sentence.text.slice(end - view.sentence.start)) && (hasBody(view, end) || hasConcreteSetting(view))) ||
      !soundsLikeTally(view));
  if (!concrete) return { vague: VAGUE_RULES.group };
  const phraseStart = introducer
    ? findIntroducerStart(view, token.start, introducer)
    : definite
      ? (tokens[i - 1]?.start ?? token.start)
      : token.start;
  const headToken = tokens[noun];
  const role = headToken ? (mentionsOf(view, "role").find((mention) => mention.start <= headToken.start && headToken.end <= mention.end) ?? null) : null;
  return phrase(view, "group", phraseStart, end, { count, role }, clauseStart);
}

/**
 * "a family of nine crossed", "a party of 12 reached Seoul": a group word and its number with no people noun after it;
 * the number is the head. Undefined when a people noun follows ("a group of nine North Koreans" is `groupAt`'s).
 */
function countedByIntroducer(view: SentenceView, i: number, clauseStart: number): Subject | undefined {
  const tokens = view.sentence.tokens;
  const start = isDeterminer(tokens[i]) ? i + 1 : i;
  const words = `${bare(tokens[start])} ${bare(tokens[start + 1])}`;
  if (!GROUP_INTRODUCERS.includes(words)) return undefined;
  const number = tokens[start + 2] && mentionStartingAt(view, "number", tokens[start + 2]!.start);
  if (!number || number.value < 2 || number.value > LARGEST_GROUP || number.qualifier !== "exact") return undefined;
  if (peopleHeadAfter(view, tokenAt(view, number.end)) !== null) return undefined;
  // A headline's group is the story's, told again in the lead: the lead's words describe it.
  return phrase(view, view.sentence.headline ? "headline" : "group", tokens[i]!.start, number.end, { count: number.value }, clauseStart);
}

/**
 * The plural noun naming the people a number counts, within a few words ("North Korean restaurant workers"), past a
 * partitive "of the four" or "out of a group of 15"; null when the number counts something else.
 */
function peopleHeadAfter(view: SentenceView, from: number): number | null {
  const tokens = view.sentence.tokens;
  let index = from;
  if (bare(tokens[index]) === "out" && bare(tokens[index + 1]) === "of") index += 2;
  if (bare(tokens[index]) === "of") index += 1;
  // "three more Cuban players", "two other soldiers".
  if (/^(?:more|other|others|additional|further|remaining)$/.test(bare(tokens[index]))) index += 1;
  for (let reach = 0; index < tokens.length && reach <= GROUP_HEAD_REACH + 3; index++, reach++) {
    const token = tokens[index];
    if (!token) break;
    if (isPeopleNoun(view, index)) return index;
    const modifier = token.tags.has("Adjective") || token.tags.has("Noun") || token.tags.has("Value") || isDeterminer(token) || /^(?:group|of)$/.test(bare(token));
    if (!modifier || /[,;:]/.test(charAfter(view, index))) return null;
  }
  return null;
}

/** A plural noun that names people: a group noun, an occupation compromise knows, or a plural title. */
function isPeopleNoun(view: SentenceView, index: number): boolean {
  const token = view.sentence.tokens[index];
  if (!token) return false;
  const word = bare(token);
  if (GROUP_NOUNS.has(word)) return true;
  if (!token.tags.has("Plural")) return false;
  return token.tags.has("Actor") || PEOPLE_SUFFIX.test(word) || mentionsOf(view, "role").some((role) => role.start <= token.start && token.end <= role.end);
}

/** Plural words of people by their ending: fishermen, journalists, musicians. */
const PEOPLE_SUFFIX = /(?:men|ists|ians)$/;

/**
 * "17 players and the team doctor", "nine members of the team and the coach", "two pilots and three mechanics",
 * "12 women and one man".
 */
function joinedPeople(view: SentenceView, head: number): { count: number; end: number | null } {
  const tokens = view.sentence.tokens;
  let index = head + 1;
  if (bare(tokens[index]) === "of") {
    const stop = Math.min(tokens.length, index + OF_PHRASE_REACH);
    while (index < stop && bare(tokens[index]) !== "and" && !/[,;:]/.test(charAfter(view, index - 1))) index++;
  }
  if (bare(tokens[index]) !== "and") return { count: 0, end: null };
  const next = tokens[index + 1];
  const number = next && mentionStartingAt(view, "number", next.start);
  if (number && number.value !== 1) {
    const noun = peopleHeadAfter(view, tokenAt(view, number.end));
    return noun === null ? { count: 0, end: null } : { count: number.value, end: tokens[noun]?.end ?? null };
  }
  // "and the team doctor", "and one man": one more person.
  if (!number && !isDeterminer(next)) return { count: 0, end: null };
  for (let at = index + 2; at < Math.min(tokens.length, index + 2 + GROUP_HEAD_REACH); at++) {
    const token = tokens[at];
    if (!token) break;
    const person = token.tags.has("Singular") && (token.tags.has("Actor") || PERSON_NOUNS.has(bare(token)) || isRoleWord(view, at));
    if (person) return { count: 1, end: token.end };
    if (!token.tags.has("Noun") && !token.tags.has("Adjective")) break;
  }
  return { count: 0, end: null };
}

function isRoleWord(view: SentenceView, index: number): boolean {
  const token = view.sentence.tokens[index];
  return token !== undefined && mentionsOf(view, "role").some((role) => role.start <= token.start && token.end <= role.end);
}

/** "13 players from an Eritrean club side", "a dozen members of the national team": a group with a body is a team. */
function hasBody(view: SentenceView, end: number): boolean {
  const text = view.sentence.text;
  return mentionsOf(view, "organisation", end).some(
    (mention) => mention.type !== "media" && BODY_OF_GROUP.test(text.slice(end - view.sentence.start, mention.start - view.sentence.start)),
  );
}

const BODY_OF_GROUP = /^\s+(?:of|from|at|with)\s+(?:the\s+|an?\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,3}$/;

function findIntroducerStart(view: SentenceView, numberStart: number, introducer: string): number {
  const text = view.sentence.text.slice(0, numberStart - view.sentence.start);
  const at = text.toLowerCase().lastIndexOf(introducer);
  const article = /\b(?:a|an|the)\s+$/i.exec(text.slice(0, at));
  return view.sentence.start + (article ? article.index : at);
}

const GROUP_QUALIFIER = /\s*\b(?:some|about|around|roughly|nearly|almost|approximately|at least|more than|over|up to)\s*$/;

/**
 * "Eighteen officials defected in 2014", "70 people have defected since June", "the number rose to 20": a figure
 * dated by a year or a running period, or called a total, counts people over time; without any of that, "three
 * journalists deserted the state broadcaster" is one party that left together.
 */
function soundsLikeTally(view: SentenceView): boolean {
  const periods = mentionsOf(view, "date").some((mention) => mention.timeframe.precision === "year" || mention.timeframe.start === null || /\b(?:since|years?|months)\b/i.test(mention.text));
  return periods || TALLY_WORDS.test(view.sentence.text);
}

/** Words that make a figure a count kept over a period, not one party that left together. */
const RUNNING_COUNT = /\b(?:since|so far|to date|in all|in total|a total of|every year|each year|annually|per year|a year)\b/i;

const TALLY_WORDS = /\b(?:since|so far|in all|in total|total|number|figure|tally|record|annually|every year|each year|per year|a year|this year|last year|in recent years|rose|risen|fell|fallen|increased|decreased|declined|doubled|reached)\b/i;

/**
 * A group is an event, not a tally, when the sentence places it (a city or a named body), catches it, or dates it to
 * a day or a month ("on Monday", "in May"); tallies are dated by years ("18 in 2014", "last year").
 */
function hasConcreteSetting(view: SentenceView): boolean {
  const cities = mentionsOf(view, "place").some((mention) => mention.place.kind === "city");
  const bodies = mentionsOf(view, "organisation").some((mention) => mention.type === "restaurant" || mention.host !== null);
  const caught = view.triggers.some((trigger) => trigger.status !== "defected");
  const dated = mentionsOf(view, "date").some((mention) => isDayOrMonth(mention.timeframe, mention.text));
  return cities || bodies || caught || dated;
}

/** Unresolved without a reference date, "on Monday" or "in May" still dates a single event. */
const DAY_OR_MONTH_WORDS = new RegExp(
  `\\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|${MONTH_PATTERN}|yesterday|today|(?:last|this) (?:week|month))(?![a-z])`,
);

function isDayOrMonth(timeframe: { precision: string }, text: string): boolean {
  return timeframe.precision === "day" || timeframe.precision === "month" || DAY_OR_MONTH_WORDS.test(text);
}

/**
 * Whether the finite verb the adjunct follows is the subject's own: right after it, or after a clause set off by commas
 * ("Martinez, like many of her compatriots, finds herself in Bogota after ..."), not after a clause of its own ("the
 * route the defectors had taken before coming to ...").
 */
function subjectOfVerbBefore(view: SentenceView, subject: Subject, opener: number): boolean {
  const tokens = view.sentence.tokens;
  let finite = opener - 1;
  while (finite > 0 && !tokens[finite]?.tags.has("Verb")) finite--;
  let group = finite;
  const inVerbGroup = (token: Token | undefined) => token !== undefined && (VERB_GROUP_WORDS.has(bare(token)) || token.tags.has("Verb") || token.tags.has("Adverb"));
  while (group > 0 && inVerbGroup(tokens[group - 1])) group--;
  const before = tokens[group - 1];
  if (before === undefined || before.end < subject.end) return false;
  if (before.end === subject.end || charAfter(view, group - 1) === ",") return true;
  // "A North Korean man in his 20s was detained after crossing": a short phrase after the head is the subject's own.
  const after = tokenAt(view, subject.end);
  if (group - after > SUBJECT_MODIFIER_REACH) return false;
  const between = tokens.slice(after, group);
  const gap = view.sentence.text.slice(subject.end - view.sentence.start, before.end - view.sentence.start);
  return between[0]?.tags.has("Preposition") === true && !between.some((token) => token.tags.has("Verb")) && !/[,;]/.test(gap);
}

/** How many words a prepositional phrase after a subject's head may hold: "in his early 20s", "from the 5th Corps". */
const SUBJECT_MODIFIER_REACH = 5;

/** How many words may stand between "a" and the noun of a national ("a North Korean army solder"). */
const NATIONAL_REACH = 4;

/**
 * "On June 13, a North Korean solder defected", "An Albanian flautist defected": right before a defection verb, an
 * indefinite phrase that names a nationality is a person, whatever its noun (a rare occupation, a misspelling).
 */
function indefiniteNational(view: SentenceView, verb: number): Subject | null {
  const tokens = view.sentence.tokens;
  const group = verbGroupStart(tokens, verb);
  const head = tokens[group - 1];
  // compromise guesses an unknown "-ist" to be an adjective: "an Albanian oboist".
  if (!head || !(head.tags.has("Noun") || head.tags.has("Adjective")) || head.tags.has("Plural") || head.tags.has("Pronoun") || head.tags.has("Value") || head.tags.has("Date")) return null;
  let national = false;
  for (let first = group - 2; first >= Math.max(0, group - 2 - NATIONAL_REACH); first--) {
    const token = tokens[first];
    if (!token || /[,;:]/.test(charAfter(view, first))) return null;
    if (INDEFINITE.has(bare(token)) && bare(token) !== "one") {
      return national ? { ...phrase(view, "indefinite", token.start, head.end, {}, clauseBoundary(view, first)), rule: SUBJECT_RULES.indefiniteNational } : null;
    }
    if (!token.tags.has("Adjective") && !token.tags.has("Noun")) return null;
    national ||= token.tags.has("Demonym");
  }
  return null;
}

/** "Thae Yong-ho's defection", "the defection by the spy agency's official", "made a rare group defection". */
function nounSubject(view: SentenceView, noun: number): Subject | VagueSubject | null {
  const tokens = view.sentence.tokens;
  if (tokens[noun]?.tags.has("Plural")) return { vague: VAGUE_RULES.pluralNoun };
  const persons = mentionsOf(view, "person");
  const possessor = persons.find((person) => {
    const gap = view.sentence.text.slice(person.end - view.sentence.start, (tokens[noun]?.start ?? 0) - view.sentence.start);
    return /^['’]s\s+(?:[\w-]+\s+){0,3}$/.test(gap);
  });
  if (possessor) return phrase(view, "named", possessor.start, possessor.end, { person: possessor }, tokenAt(view, possessor.start));
  const next = bare(tokens[noun + 1]);
  if (next === "by" || next === "of") {
    const boundary = Math.min(clauseEnd(view, noun + 1), noun + 10);
    return nearestCandidate(view, boundary, noun + 2);
  }
  for (let i = noun - 1; i >= Math.max(0, noun - 5); i--) {
    if (ANCHOR_VERBS.has(bare(tokens[i]))) return clauseSubject(view, i);
  }
  return null;
}

/** "15 North Korean defectors were arrested", "One of the defectors was a member of ...". */
function agentSubject(view: SentenceView, agent: number): Subject | VagueSubject | null {
  const tokens = view.sentence.tokens;
  const start = Math.max(0, agent - 5);
  for (let i = start; i < agent; i++) {
    const partitive = partitiveAt(view, i, start);
    if (partitive) return partitive;
    const group = groupAt(view, i, clauseBoundary(view, i));
    if (group !== undefined && !isVague(group) && group.end >= (tokens[agent]?.end ?? 0)) return group;
  }
  return { vague: VAGUE_RULES.agent };
}
