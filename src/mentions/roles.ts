// Role mentions: titles from data/roles.json and occupation nouns the tagger knows, with the seniority and service words
// before them kept ("senior colonel", "air force generals") and nationality words dropped ("senior North Korean diplomat"
// -> "senior diplomat"); positions such as "No. 2 man"; a word inside an organisation's name ("General Bureau") is no role.
import type { RoleCategory } from "../contract.js";
import grammar from "../data/grammar.json";
import { alternation, compiledFrom, type Knowledge } from "../data/index.js";
import { placeTable } from "../normalise/places.js";
import { findTitleForms, roleTable, saysOnlyOccupation } from "../normalise/roles.js";
import type { OrganisationMention, RoleMention, Sentence, Token } from "../types.js";
import { findOrganisations, insideOrganisation } from "./organisations.js";

/** "No. 2 man at the embassy", "number two official": a position, whose category comes from its noun or its body. */
const POSITION = /(?<![\p{L}])(?:[Nn]o\.\s*|[Nn]umber\s+)(?:\d+|two|three)\s+(?:man|woman|person|official|officer|diplomat)(?![\p{L}])|(?<![\p{L}])second-in-command(?![\p{L}])/gu;
const RULES = {
  title: "role/title",
  occupation: "role/occupation",
  position: "role/position",
  categoryOfTitle: "role/category-title",
  categoryOfQualifier: "role/category-qualifier",
  categoryOfOrganisation: "role/category-organisation",
  categoryOfLeader: "role/category-leader-staff",
} as const;
/** A name after a title ("official Kim") does not make the title a modifier. */
const PROPER_TAGS = ["ProperNoun", "Person", "Pronoun", "Value"];
/** Tags of a capitalised word that makes a title before it part of a proper name ("Captain America", "General Motors"). */
const NAME_PART_TAGS = ["Country", "City", "Region", "Organization"];
/** Words that open a noun phrase, so an adjective-like title after them is its head ("a private", "the general's"). */
const DETERMINER_TAGS = ["Determiner", "Value", "Possessive"];
/** Words that may follow an adjective-like title heading its phrase: "a private who", "the general said", "a major in". */
const AFTER_HEAD_TAGS = ["Preposition", "Conjunction", "QuestionWord", "PastTense", "Adverb", "Copula", "Modal", "Determiner", "Pronoun"];
/** Between a title and the body it belongs to: "at", "of the", "with North Korea's notorious", "of the Eritrean". */
const TO_BODY = /^\s+(?:of|at|in|with|from|for|under)\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}(?:['’]s)?\s+)?(?:\p{Ll}[\p{L}-]*\s+)?$/u;
/** How far back seniority, nationality and service words are looked for. */
const LOOK_BACK = 60;

interface RolePatterns {
  modifierBefore: RegExp;
  qualifierBefore: RegExp;
  demonymBefore: RegExp;
}

const rolePatterns = compiledFrom((knowledge: Knowledge): RolePatterns => {
  const { modifiers, qualifiers } = roleTable(knowledge);
  const demonyms = [...placeTable(knowledge).demonyms.values()].flatMap((name) => name.forms);
  const before = (forms: readonly string[], flags: string) => new RegExp(`(?<![\\p{L}\\p{N}'’.-])(${alternation(forms)})\\s+$`, flags);
  return {
    modifierBefore: before(modifiers, "iu"),
    qualifierBefore: before([...qualifiers.keys()], "iu"),
    demonymBefore: before(demonyms, "u"),
  };
});

/** What stands before a title in its noun phrase, found by walking back from it. */
interface Lead {
  /** Offset into the sentence where the phrase starts. */
  start: number;
  /** Seniority, service and field words kept in the title, in text order. */
  kept: string[];
  /** The category of the service word nearest the title. */
  qualifier: RoleCategory | null;
  /** A body named right before the title ("KGB colonel", "MSS officials"). */
  organisation: OrganisationMention | null;
}

interface Candidate {
  /** Offsets into the sentence of the title word(s) themselves. */
  at: number;
  end: number;
  written: string;
  /** The table's title, or null for an occupation noun the table does not know. */
  base: string | null;
  plural: boolean;
  rule: string;
}

/** The role titles of one sentence, in text order. */
export function findRoles(sentence: Sentence, knowledge: Knowledge): RoleMention[] {
  const table = roleTable(knowledge);
  // compromise leaves an empty token where it expands a contraction ("d'affaires").
  const tokens = "tokens" in sentence ? (sentence.tokens as Token[]).filter((token) => token.text !== "") : [];
  const bodies = findOrganisations(sentence, knowledge).map((body) => ({ ...body, start: body.start - sentence.start, end: body.end - sentence.start }));
  const covered: [number, number][] = [];
  const candidates: Candidate[] = [];
  for (const found of findTitleForms(sentence.text, knowledge)) {
    const [at, written] = afterBody(found.start, sentence.text.slice(found.start, found.end), bodies);
    covered.push([at, at + written.length]);
    const form = at === found.start ? found.form : written.toLowerCase().replace(/\s+/g, " ");
    const base = table.forms.get(form);
    if (!base || table.notRoles.has(base)) continue;
    candidates.push({ at, end: at + written.length, written, base, plural: table.plurals.has(form), rule: RULES.title });
  }
  for (const token of tokens) {
    const candidate = occupationAt(token, sentence, table, covered);
    if (candidate) candidates.push(candidate);
  }
  const mentions: RoleMention[] = [];
  for (const candidate of candidates) {
    const mention = roleMention(candidate, sentence, knowledge, tokens, bodies);
    if (mention) mentions.push(mention);
  }
  for (const match of sentence.text.matchAll(POSITION)) {
    const at = match.index ?? 0;
    const end = at + match[0].length;
    if (insideOrganisation(sentence, knowledge, sentence.start + at, sentence.start + end)) continue;
    const body = bodyAfter(sentence.text, end, bodies);
    const category = body?.memberCategory ?? "unknown";
    mentions.push({
      kind: "role",
      start: sentence.start + at,
      end: sentence.start + end,
      text: match[0],
      sentence: sentence.index,
      rule: RULES.position,
      title: match[0].replace(/\s+/g, " "),
      category,
      plural: false,
      categoryRule: category === "unknown" ? RULES.categoryOfTitle : RULES.categoryOfOrganisation,
    });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * A title that begins inside a named body keeps only the words after it: "dancer" in "Bolshoi Ballet dancer"; a kind of
 * body stays in the title ("North Korean restaurant workers").
 */
function afterBody(at: number, written: string, bodies: readonly OrganisationMention[]): [number, string] {
  const body = bodies.find((candidate) => candidate.canonical !== null && candidate.start < at && at < candidate.end && candidate.end < at + written.length);
  if (!body) return [at, written];
  const rest = written.slice(body.end - at);
  const gap = rest.length - rest.trimStart().length;
  return [body.end + gap, rest.trimStart()];
}

/** A person noun the tagger calls an occupation ("saxophonist", "lawyer") that the table does not list. */
function occupationAt(token: Token, sentence: Sentence, table: ReturnType<typeof roleTable>, covered: readonly [number, number][]): Candidate | null {
  if (!token.tags.has("Actor") || !token.tags.has("Noun") || token.tags.has("Hyphenated") || token.tags.has("Person")) return null;
  const at = token.start - sentence.start;
  if (covered.some(([start, end]) => start < at + token.text.length && at < end)) return null;
  const written = token.text.replace(/['’]s?$/, "");
  if (token.tags.has("ProperNoun") && !/^\p{Ll}/u.test(written)) return null;
  const word = written.toLowerCase();
  if (table.forms.has(word) || table.modifiers.includes(word) || table.qualifiers.has(word)) return null;
  return { at, end: at + written.length, written, base: null, plural: token.tags.has("Plural"), rule: RULES.occupation };
}

function roleMention(
  candidate: Candidate,
  sentence: Sentence,
  knowledge: Knowledge,
  tokens: readonly Token[],
  bodies: readonly OrganisationMention[],
): RoleMention | null {
  const table = roleTable(knowledge);
  const { at, end, written, base } = candidate;
  if (insideOrganisation(sentence, knowledge, sentence.start + at, sentence.start + end)) return null;
  if (!standsAsNoun(tokens, sentence.start + end)) return null;
  const capitalised = /^\p{Lu}/u.test(written);
  const next = tokenFrom(tokens, sentence.start + end);
  const nameFollows = next !== undefined && /^\p{Lu}/u.test(next.text) && !NAME_PART_TAGS.some((tag) => next.tags.has(tag));
  if (capitalised && partOfName(tokens, sentence.start + at, next)) return null;
  if (base && table.capitalOnly.has(base) && !(capitalised && nameFollows)) return null;
  const lead = leadBefore(sentence, at, knowledge, bodies);
  if (base && table.adjectives.has(base) && !headsNounPhrase(candidate, lead, tokens, sentence, capitalised && nameFollows)) return null;
  const own = base ? (table.categories.get(base) ?? "unknown") : "unknown";
  const { category, categoryRule } = servesLeader(sentence.text, end) && own === "unknown" ? { category: "government" as const, categoryRule: RULES.categoryOfLeader } : categoryOf(own, lead, bodyAfter(sentence.text, end, bodies));
  const title = [...lead.kept, written].join(" ").replace(/\s+/g, " ").toLowerCase();
  const start = sentence.start + lead.start;
  return {
    kind: "role",
    start,
    end: sentence.start + end,
    text: sentence.text.slice(lead.start, end),
    sentence: sentence.index,
    rule: candidate.rule,
    title,
    category,
    plural: candidate.plural,
    categoryRule,
  };
}

/**
 * Walks back from a title over the words of its noun phrase: seniority words and service or field words are kept
 * ("former senior", "air force", "missile"), nationality words and a body's name are passed over ("North Korean", "KGB").
 */
function leadBefore(sentence: Sentence, at: number, knowledge: Knowledge, bodies: readonly OrganisationMention[]): Lead {
  const patterns = rolePatterns(knowledge);
  const { qualifiers } = roleTable(knowledge);
  const text = sentence.text;
  const lead: Lead = { start: at, kept: [], qualifier: null, organisation: null };
  for (let step = 0; step < 8; step++) {
    const before = text.slice(Math.max(0, lead.start - LOOK_BACK), lead.start);
    const qualifier = patterns.qualifierBefore.exec(before);
    const qualifierStart = lead.start - (qualifier?.[0].length ?? 0);
    // A service word ending a longer name ("Syrian air force", "Bolshoi Ballet") belongs to that body.
    if (qualifier?.[1] && !bodies.some((body) => body.start < qualifierStart && qualifierStart < body.end)) {
      lead.kept.unshift(qualifier[1]);
      lead.start = qualifierStart;
      const category = qualifiers.get(qualifier[1].toLowerCase().replace(/\s+/g, " "));
      if (category && category !== "unknown") lead.qualifier ??= category;
      continue;
    }
    const body = bodies.find((candidate) => candidate.end <= lead.start && lead.start - candidate.end <= 3 && /^[\s()]+$/.test(text.slice(candidate.end, lead.start)));
    if (body) {
      lead.start = body.start;
      lead.organisation ??= body;
      continue;
    }
    const modifier = patterns.modifierBefore.exec(before);
    if (modifier?.[1]) {
      lead.kept.unshift(modifier[1]);
      lead.start -= modifier[0].length;
      continue;
    }
    const demonym = patterns.demonymBefore.exec(before);
    if (demonym) {
      lead.start -= demonym[0].length;
      continue;
    }
    break;
  }
  return lead;
}

/**
 * A title's own category when it says one outright; an occupation's yields to the service word or the body before it
 * ("army doctor", "KGB officer"); a bare title ("official") takes the body it belongs to ("an official at Room 39").
 */
function categoryOf(own: RoleCategory, lead: Lead, after: OrganisationMention | null): { category: RoleCategory; categoryRule: string } {
  const fromBody = (body: OrganisationMention | null) => (body?.memberCategory && body.memberCategory !== "unknown" ? body.memberCategory : null);
  if (!saysOnlyOccupation(own)) return { category: own, categoryRule: RULES.categoryOfTitle };
  if (lead.qualifier) return { category: lead.qualifier, categoryRule: RULES.categoryOfQualifier };
  const before = fromBody(lead.organisation);
  if (before) return { category: before, categoryRule: RULES.categoryOfOrganisation };
  if (own !== "unknown") return { category: own, categoryRule: RULES.categoryOfTitle };
  const body = fromBody(after);
  if (body) return { category: body, categoryRule: RULES.categoryOfOrganisation };
  return { category: "unknown", categoryRule: RULES.categoryOfTitle };
}

/**
 * "adviser to Venezuelan President Nicolas Maduro", "an aide to the prime minister": a generic title on the staff of a
 * head of state or government is in government.
 */
function servesLeader(text: string, end: number): boolean {
  const match = TO_LEADER.exec(text.slice(end, end + LOOK_BACK));
  return match !== null && LEADER_TITLES.has(match[1]!.toLowerCase().replace(/\s+/g, " "));
}

const LEADER_TITLES: ReadonlySet<string> = new Set(grammar.leaderTitles);
/** "to the", "to Venezuelan", "to Russia's", then the leader's title. */
const TO_LEADER = new RegExp(`^\\s+to\\s+(?:the\\s+)?(?:(?:former|late|then)\\s+)?(?:\\p{Lu}[\\p{L}.-]*(?:['’]s)?\\s+){0,2}(${alternation(grammar.leaderTitles)})\\b`, "iu");

/** The body a title belongs to, named right after it: "official at Room 39", "member of the General Bureau". */
function bodyAfter(text: string, end: number, bodies: readonly OrganisationMention[]): OrganisationMention | null {
  return bodies.find((body) => body.start >= end && body.start - end <= LOOK_BACK && TO_BODY.test(text.slice(end, body.start))) ?? null;
}

/**
 * A word that is also an adjective ("general", "private") is a title when plural, capitalised before a name, or heading
 * its noun phrase after a determiner, number or seniority word with no noun or verb stem after it ("a general strike",
 * "a major blow").
 */
function headsNounPhrase(candidate: Candidate, lead: Lead, tokens: readonly Token[], sentence: Sentence, beforeName: boolean): boolean {
  if (beforeName || candidate.plural) return true;
  const next = tokenFrom(tokens, sentence.start + candidate.end);
  if (next && /^\p{Ll}/u.test(next.text) && !AFTER_HEAD_TAGS.some((tag) => next.tags.has(tag))) return false;
  if (lead.start < candidate.at) return true;
  const previous = [...tokens].reverse().find((token) => token.end <= sentence.start + candidate.at);
  return previous !== undefined && (DETERMINER_TAGS.some((tag) => previous.tags.has(tag)) || /['’]s$/.test(previous.text));
}

/** "Captain America", "General Motors": a capitalised title the tagger reads as part of a place or company name. */
function partOfName(tokens: readonly Token[], at: number, next: Token | undefined): boolean {
  const own = tokens.find((token) => token.start === at);
  if (own?.tags.has("Organization")) return true;
  return next !== undefined && /^\p{Lu}/u.test(next.text) && NAME_PART_TAGS.some((tag) => next.tags.has(tag));
}

function tokenFrom(tokens: readonly Token[], end: number): Token | undefined {
  return tokens.find((token) => token.start >= end && token.start - end <= 1);
}

/**
 * With compromise's tags at hand, a title word the tagger does not call a noun is no role when a noun
 * follows ("official figures") or "to" precedes ("to guard"); alone ("an official who") it still is one.
 */
function standsAsNoun(tokens: readonly Token[], end: number): boolean {
  const at = tokens.findIndex((token) => token.start < end && end <= token.end + 1);
  const head = tokens[at];
  if (!head) return true;
  const next = tokens[at + 1];
  const modifies = !head.tags.has("Noun") && next !== undefined && next.start - head.end <= 1 && next.tags.has("Noun") && !PROPER_TAGS.some((tag) => next.tags.has(tag));
  const verb = head.tags.has("Verb") && !head.tags.has("Noun") && tokens[at - 1]?.normal === "to";
  return !modifies && !verb;
}
