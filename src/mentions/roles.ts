// Role mentions: titles from data/roles.json with their seniority words kept ("senior colonel", "mid-level diplomat"),
// and positions such as "No. 2 man"; a word inside an organisation's name ("General Bureau") is not a role.
import { alternation, compiledFrom, type Knowledge } from "../data/index.js";
import { placeTable } from "../normalise/places.js";
import { roleCategoryOf, roleTable } from "../normalise/roles.js";
import type { AnalysedSentence, RoleMention, Sentence } from "../types.js";
import { insideOrganisation } from "./organisations.js";

/** "No. 2 man at the embassy", "number two official": a position, whose category comes from its noun or its body. */
const POSITION = /(?<![\p{L}])(?:[Nn]o\.\s*|[Nn]umber\s+)(?:\d+|two|three)\s+(?:man|woman|person|official|officer|diplomat)(?![\p{L}])|(?<![\p{L}])second-in-command(?![\p{L}])/gu;
const TITLE_RULE = "role/title";
/** A name after a title ("official Kim") does not make the title a modifier. */
const PROPER_TAGS = ["ProperNoun", "Person", "Pronoun", "Value"];

const rolePattern = compiledFrom((knowledge: Knowledge) => {
  const { forms, modifiers } = roleTable(knowledge);
  const demonyms = [...placeTable(knowledge).demonyms.values()].flatMap((name) => name.forms);
  return new RegExp(
    `(?<![\\p{L}\\p{N}-])((?:${alternation(modifiers)}\\s+)*)(?:${alternation(demonyms)}\\s+)?(${alternation([...forms.keys()])})(?![\\p{L}\\p{N}-])`,
    "giu",
  );
});

/** The role titles of one sentence, in text order. */
export function findRoles(sentence: Sentence, knowledge: Knowledge): RoleMention[] {
  const { forms, capitalOnly } = roleTable(knowledge);
  const mentions: RoleMention[] = [];
  const add = (offset: number, text: string, title: string, rule: string) => {
    const start = sentence.start + offset;
    const end = start + text.length;
    if (insideOrganisation(sentence, knowledge, start, end)) return;
    if (rule === TITLE_RULE && !standsAsNoun(sentence, end)) return;
    const category = roleCategoryOf(title, knowledge);
    mentions.push({ kind: "role", start, end, text, sentence: sentence.index, rule, title, category });
  };
  for (const match of sentence.text.matchAll(rolePattern(knowledge))) {
    const [whole, seniority = "", written = ""] = match;
    const at = match.index ?? 0;
    const base = forms.get(written.toLowerCase()) ?? written.toLowerCase();
    if (capitalOnly.has(base) && !(/^\p{Lu}/u.test(written) && /^\s+\p{Lu}/u.test(sentence.text.slice(at + whole.length)))) continue;
    const title = `${seniority.trim().replace(/\s+/g, " ")} ${written}`.trim().toLowerCase();
    add(at, whole, title, TITLE_RULE);
  }
  for (const match of sentence.text.matchAll(POSITION)) {
    add(match.index ?? 0, match[0], match[0].replace(/\s+/g, " "), "role/position");
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * With compromise's tags at hand, a title word the tagger does not call a noun is no role when a noun
 * follows ("official figures") or "to" precedes ("to guard"); alone ("an official who") it still is one.
 */
function standsAsNoun(sentence: Sentence, end: number): boolean {
  if (!("tokens" in sentence)) return true;
  const tokens = (sentence as AnalysedSentence).tokens;
  const at = tokens.findIndex((token) => token.start < end && end <= token.end + 1);
  const head = tokens[at];
  if (!head) return true;
  const next = tokens[at + 1];
  const modifies = !head.tags.has("Noun") && next !== undefined && next.start - head.end <= 1 && next.tags.has("Noun") && !PROPER_TAGS.some((tag) => next.tags.has(tag));
  const verb = head.tags.has("Verb") && !head.tags.has("Noun") && tokens[at - 1]?.normal === "to";
  return !modifies && !verb;
}
