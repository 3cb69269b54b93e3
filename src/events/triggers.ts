// Finds defection trigger words in a tagged sentence and checks the frame that weak or ambiguous words need.
import { alternation, compiledFrom, prefixAlternation, type Knowledge, type TriggerEntry } from "../data/index.js";
import grammar from "../data/grammar.json";
import type { AnalysedSentence, Token } from "../types.js";

export interface TriggerCandidate {
  entry: TriggerEntry;
  start: number;
  end: number;
  text: string;
  /** Index of the trigger's first token in `sentence.tokens`. */
  token: number;
}

interface TriggerMatcher {
  pattern: RegExp;
  entryByForm: Map<string, TriggerEntry>;
}

const PERSON_NOUNS: ReadonlySet<string> = new Set(grammar.personNouns);

/** Words that are nouns as often as verbs: they count only where compromise tagged them as verbs. */
const AMBIGUOUS_VERB_FORMS = new Set(["defect", "defects", "desert", "deserts", "escape", "escapes", "cross", "crosses", "crossing", "swim", "swimming", "sail", "sails", "fly", "flies", "flying"]);

/** Kinds of place or border a movement goes to, from or across. */
const PLACE_WORDS = alternation(grammar.placeWords);
/** A kind of place, or a stretch of one: "the heavily armed border", "the eastern section of the demarcation line". */
const PLACE_PHRASE = `(?:[\\w-]+\\s+){0,2}(?:of\\s+the\\s+(?:[\\w-]+\\s+){0,2})?${PLACE_WORDS}\\b`;
/** Where a movement goes: a capitalised place, or a kind of place or border, after a preposition. */
const weakFrame = new RegExp(
  `^[^.!?]{0,60}?\\b(?:to|into|from|across|in|for|via|through|toward|towards|over|onto|aboard)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[A-Z]|${PLACE_PHRASE})|^\\s+ashore\\b`,
);
/** Or the place itself as the object: "fled North Korea", "crossed the military demarcation line", "deserted his unit". */
const weakObject = new RegExp(
  `^\\s+(?:the\\s+)?(?:North|South|[A-Z][\\w-]*|regime|homeland|(?:an?\\s+)?${PLACE_PHRASE}|(?:his|her|their)\\s+(?:[\\w-]+\\s+)?(?:country|homeland|post|unit|posts|ship|vessel)\\b)`,
);
/** "flew his MiG-17", "commandeered a MiG-29 jetfighter", "sailed a fishing boat": the craft, then where it went. */
const vehicle = /^\s+(?:his|her|their|a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:MiG|MIG|Mig|jet|jetfighter|fighter|plane|aircraft|helicopter|bomber|airliner|glider|boat|ship|vessel|yacht|raft|speedboat|dinghy|frigate|destroyer|submarine|trawler|warship|canoe|kayak|tank)(?:-\d+)?\b/;
/** "went missing over the weekend", "disappeared from her dormitory", "during the Games": where or when they went. */
const occasion = /^\s+(?:during|after|at|from|over|while|on\s+the\s+eve|before)\b/i;
/** "disappeared with his family": gone with one's own people, which is how a flight is told, not a loss. */
const withKin = new RegExp(`^\\s+(?:along\\s+)?with\\s+(?:his|her|their)\\s+(?:[\\w-]+\\s+)?${alternation(grammar.companions)}\\b`, "i");
/** Trigger forms that carry their own preposition: "came to", "arrived in", "landed at". */
const ENDS_IN_PREPOSITION = /\s(?:to|in|at|into)$/;
/** "refused to return", "refused to return home", "stayed behind in Canada" — but not "refused to return the keys". */
const stayObject = /^\s+(?:the|a|an|his|her|their|its|this|that|these|those|some|any)\s+(?!(?:[\w-]+\s+)?(?:country|homeland)\b)/i;

const triggerMatcher = compiledFrom((knowledge: Knowledge): TriggerMatcher => {
  const entryByForm = new Map<string, TriggerEntry>();
  for (const entry of knowledge.triggers) {
    for (const form of entry.forms) entryByForm.set(form.toLowerCase().replace(/\s+/g, " "), entry);
  }
  // Factored by shared prefixes, the forms (lower-case words) are tried one branch per letter: the same longest match
  // as the flat alternation, in about half the time of a scan.
  return { pattern: new RegExp(`\\b${prefixAlternation([...entryByForm.keys()])}\\b`, "gi"), entryByForm };
});

export function findTriggerCandidates(sentence: AnalysedSentence, knowledge: Knowledge): TriggerCandidate[] {
  const { pattern, entryByForm } = triggerMatcher(knowledge);
  const candidates: TriggerCandidate[] = [];
  for (const match of sentence.text.matchAll(pattern)) {
    const form = match[0].toLowerCase().replace(/\s+/g, " ");
    const entry = entryByForm.get(form);
    if (!entry) continue;
    const start = sentence.start + (match.index ?? 0);
    const end = start + match[0].length;
    const token = sentence.tokens.findIndex((candidate) => candidate.end > start);
    if (token < 0) continue;
    if (AMBIGUOUS_VERB_FORMS.has(form) && (insideName(sentence, token) || (!isVerb(sentence.tokens[token]) && !actsAfterPerson(sentence, token)))) continue;
    if (entry.strength === "weak" && entry.form === "verb" && !hasFrame(sentence, end, entry.frame ?? "movement", form)) continue;
    candidates.push({ entry, start, end, text: match[0], token });
  }
  return candidates;
}

/**
 * "Cuban minister defects", "Soviet pilot deserts": after a word for a person and at the end of its clause, a word
 * compromise took for a plural noun is the verb of a headline.
 */
function actsAfterPerson(sentence: AnalysedSentence, index: number): boolean {
  const before = sentence.tokens[index - 1];
  const after = sentence.tokens[index + 1];
  const personTag = before !== undefined && (before.tags.has("Actor") || before.tags.has("Person") || before.tags.has("FirstName") || before.tags.has("LastName"));
  const person = personTag || PERSON_NOUNS.has(before?.normal ?? "");
  return person && !(after?.tags.has("Noun") && !after.tags.has("Preposition"));
}

/**
 * "awarded the Victoria Cross", "the Red Cross", "the Western Desert": in running text a capitalised noun-or-verb word
 * straight after another capitalised word ends a name. Title-cased lines ("Cuban Minister Defects") are left to the tags.
 */
function insideName(sentence: AnalysedSentence, index: number): boolean {
  const token = sentence.tokens[index];
  const before = sentence.tokens[index - 1];
  if (!token || !before || !CAPITALISED.test(token.text) || !CAPITALISED.test(before.text)) return false;
  if (sentence.headline) return false;
  const words = sentence.tokens.filter((candidate) => /^\p{L}/u.test(candidate.text));
  const capitalised = words.filter((candidate) => CAPITALISED.test(candidate.text)).length;
  return capitalised < words.length * TITLE_CASED_SHARE;
}

const CAPITALISED = /^\p{Lu}/u;
/** Above this share of capitalised words a line is title-cased, so capitals say nothing about names. */
const TITLE_CASED_SHARE = 0.6;

function isVerb(token: Token | undefined): boolean {
  return token !== undefined && (token.tags.has("Verb") || token.tags.has("Infinitive"));
}

/**
 * "fled to Seoul", "escaped from a restaurant", "absconded in Russia", "fled North Korea", "flew his MiG to Taiwan".
 * A form that ends in its own preposition ("came to", "arrived in") takes the place straight after it: "had come to
 * be with them ... go back to the palace" is no arrival.
 */
function hasFrame(sentence: AnalysedSentence, triggerEnd: number, frame: NonNullable<TriggerEntry["frame"]>, form: string): boolean {
  const after = sentence.text.slice(triggerEnd - sentence.start);
  if (ENDS_IN_PREPOSITION.test(form)) return weakObject.test(after);
  const movement = (text: string) => weakFrame.test(text) || weakObject.test(text);
  if (frame === "away") return movement(after) || occasion.test(after) || withKin.test(after);
  if (frame === "vehicle") {
    const craft = vehicle.exec(after);
    return craft !== null && movement(after.slice(craft[0].length));
  }
  return movement(after) || (frame === "stay" && !stayObject.test(after));
}
