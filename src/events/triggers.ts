// Finds defection trigger words in a tagged sentence and checks the frame that weak or ambiguous words need.
import { alternation, compiledFrom, escapeForm, prefixAlternation, type Knowledge, type TriggerEntry } from "../data/index.js";
import calendar from "../data/calendar.json";
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
  /** Forms with a gap ("asked … for asylum"), each matched whole against what the pattern found. */
  gapped: { pattern: RegExp; entry: TriggerEntry }[];
}

const PERSON_NOUNS: ReadonlySet<string> = new Set(grammar.personNouns);

/** Words that are nouns as often as verbs: they count only where compromise tagged them as verbs. */
const AMBIGUOUS_VERB_FORMS = new Set(["defect", "defects", "desert", "deserts", "escape", "escapes", "cross", "crosses", "crossing", "swim", "swimming", "sail", "sails", "fly", "flies", "flying"]);

/** Kinds of place or border a movement goes to, from or across. */
const PLACE_WORDS = alternation(grammar.placeWords);
/** A kind of place, or a stretch of one: "the heavily armed border", "the eastern section of the demarcation line". */
const PLACE_PHRASE = `(?:[\\w-]+\\s+){0,2}(?:of\\s+the\\s+(?:[\\w-]+\\s+){0,2})?${PLACE_WORDS}\\b`;
/** Capitalised words that name a day or a month, not a place: "crossed the front in January". */
const CALENDAR_NAME = `(?:${alternation([...calendar.months.map((forms) => forms[0] ?? ""), ...calendar.weekdays])})\\b`;
/** Where a movement goes: a capitalised place, or a kind of place or border, after a preposition. */
const weakFrame = new RegExp(
  `^[^.!?]{0,60}?\\b(?:to|into|from|across|in|for|via|through|toward|towards|over|onto|aboard)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:(?!${CALENDAR_NAME})[A-Z]|${PLACE_PHRASE})|^\\s+ashore\\b`,
);
/** Or the place itself as the object: "fled North Korea", "crossed the military demarcation line", "deserted his unit". */
const weakObject = new RegExp(
  `^\\s+(?:the\\s+)?(?:North|South|[A-Z][\\w-]*|regime|homeland|(?:an?\\s+)?${PLACE_PHRASE}|(?:his|her|their)\\s+(?:[\\w-]+\\s+)?(?:country|homeland|post|unit|posts|ship|vessel)\\b)`,
);
/** A determiner or small number, then up to two modifiers, before the craft: "his", "two armoured", "a fishing". */
const CRAFT_LEAD = "(?:(?:his|her|their|a|an|the|two|three|four|several)\\s+)?(?:[\\w-]+\\s+){0,2}?";
/**
 * "flew his MiG-17", "commandeered a MiG-29 jetfighter", "sailed a fishing boat", "flew his Mi-8": the craft, named by
 * kind or by a model designation, then where it went.
 */
const craft = new RegExp(`^\\s+${CRAFT_LEAD}(?:${alternation(grammar.craft)}s?|[A-Z][A-Za-z]{0,2}-\\d{1,3}[A-Z]?)(?:-\\d+)?\\b`);
/**
 * "drove two armoured vehicles across the bridge": a road vehicle is a frame only for driving, since a car stolen or
 * a bus hijacked to a town is crime news.
 */
const roadVehicle = new RegExp(`^\\s+${CRAFT_LEAD}(?:${alternation(grammar.roadVehicles)})s?\\b`);
/** "went missing over the weekend", "disappeared from her dormitory", "during the Games": where or when they went. */
const occasion = /^\s+(?:during|after|at|from|over|while|on\s+the\s+eve|before)\b/i;
/** "disappeared with his family": gone with one's own people, which is how a flight is told, not a loss. */
const withKin = new RegExp(`^\\s+(?:along\\s+)?with\\s+(?:\\w+\\s+of\\s+)?(?:his|her|their)\\s+(?:[\\w-]+\\s+)?${alternation(grammar.companions)}\\b`, "i");
/** Nothing more in the clause: "have gone missing, officials said", "went missing." */
const CLAUSE_ENDS = /^\s*(?:[,.;:!?”"]|$|(?:and|but)\b)/;
/** A date straight after: "went into hiding in 2019", "went missing on Friday", "went missing last week". */
const whenNext = new RegExp(`^\\s+(?:(?:on|in|since)\\s+)?(?:(?:early|late|mid)[\\s-]+)?(?:\\d{4}\\b|${CALENDAR_NAME}|(?:last|this|earlier)\\s|yesterday\\b|overnight\\b)`);
/** "spotted in a small boat off Fukaura", "found adrift near the sea border": where a boat was seen. */
const offShore = new RegExp(`^\\s+(?:off|near)\\s+(?:the\\s+)?(?:[A-Z]|${PLACE_PHRASE})`);
/** "admitted to Seoul National University", "came to St Mary's Hospital": an institution is no country reached. */
const INSTITUTION = /^\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}(?:University|College|Hospital|School|Academy|Institute|Clinic|Seminary)\b/;
/** Trigger forms that carry their own preposition: "came to", "arrived in", "landed at". */
const ENDS_IN_PREPOSITION = /\s(?:to|in|at|into)$/;
/** "refused to return", "refused to return home", "stayed behind in Canada" — but not "refused to return the keys". */
const stayObject = /^\s+(?:the|a|an|his|her|their|its|this|that|these|those|some|any)\s+(?!(?:[\w-]+\s+)?(?:country|homeland)\b)/i;

const triggerMatcher = compiledFrom((knowledge: Knowledge): TriggerMatcher => {
  const entryByForm = new Map<string, TriggerEntry>();
  for (const entry of knowledge.triggers) {
    for (const form of entry.forms) entryByForm.set(form.toLowerCase().replace(/\s+/g, " "), entry);
  }
  const literal = [...entryByForm.keys()].filter((form) => !form.includes("…"));
  const gappedForms = knowledge.triggers.flatMap((entry) => entry.forms.filter((form) => form.includes("…")).map((form) => ({ form, entry })));
  const gapped = gappedForms.map(({ form, entry }) => ({ pattern: new RegExp(`^${escapeForm(form)}$`, "i"), entry }));
  // Factored by shared prefixes, the literal forms (lower-case words) are tried one branch per letter: the same longest
  // match as the flat alternation, in about half the time of a scan. Forms with a gap come first, as the longer reading.
  const branches = [...(gappedForms.length > 0 ? [alternation(gappedForms.map(({ form }) => form))] : []), prefixAlternation(literal)];
  return { pattern: new RegExp(`\\b(?:${branches.join("|")})\\b`, "gi"), entryByForm, gapped };
});

export function findTriggerCandidates(sentence: AnalysedSentence, knowledge: Knowledge): TriggerCandidate[] {
  const { pattern, entryByForm, gapped } = triggerMatcher(knowledge);
  const candidates: TriggerCandidate[] = [];
  for (const match of sentence.text.matchAll(pattern)) {
    const form = match[0].toLowerCase().replace(/\s+/g, " ");
    const entry = entryByForm.get(form) ?? gapped.find((candidate) => candidate.pattern.test(match[0]))?.entry;
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
  if (ENDS_IN_PREPOSITION.test(form)) return weakObject.test(after) && !INSTITUTION.test(after);
  const movement = (text: string) => weakFrame.test(text) || weakObject.test(text) || withKin.test(text);
  if (frame === "sighted") return movement(after) || CLAUSE_ENDS.test(after) || whenNext.test(after) || offShore.test(after);
  if (frame === "away" || frame === "missing") return movement(after) || occasion.test(after) || (frame === "missing" && (CLAUSE_ENDS.test(after) || whenNext.test(after)));
  if (frame === "vehicle" || frame === "road") {
    const taken = (frame === "vehicle" ? craft : roadVehicle).exec(after);
    return taken !== null && movement(after.slice(taken[0].length));
  }
  return movement(after) || (frame === "stay" && !stayObject.test(after));
}
