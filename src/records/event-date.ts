// When the defection happened, from the dates of the trigger's clause: never the copy's dateline, the day a source
// spoke or a video was posted (unless people tell their own wish to defect), a date of the subject's past told in a
// relative clause, or the period of a ranking ("the second to defect in the last week").
import type { Timeframe } from "../contract.js";
import slotWords from "../data/slots.json";
import { DATELINE_RULE, UNDATED_SPAN_RULES } from "../normalise/timeframe/index.js";
import type { Source, Token, Trigger } from "../types.js";
import { fromMention, mentionsOf, tokenAt, type DateMention, type SentenceView } from "./draft.js";
import { ANCHOR_VERBS, bare, isReportingVerb, PLURAL_PRONOUNS, RELATIVE_PRONOUNS, SINGULAR_PRONOUNS } from "./grammar.js";
import { charAfterToken, type SlotWindow } from "./slot-window.js";

const TIMEFRAME_RULES = {
  after: "timeframe/clause-after-trigger",
  before: "timeframe/clause-before-trigger",
  circumstance: "timeframe/circumstance-clause",
  acrossClauseEnd: "timeframe/date-across-clause-end",
  opening: "timeframe/opening-date",
  ownWish: "timeframe/own-wish-told",
  retoldArrest: "timeframe/retold-arrest",
  earlierStage: "timeframe/group-sentence-before-arrival",
} as const;

const VAGUE_DATE_RULES: ReadonlySet<string> = new Set(UNDATED_SPAN_RULES);
const PUBLISHING_WORDS: ReadonlySet<string> = new Set(slotWords.publishingWords);
const ORDINALS: ReadonlySet<string> = new Set(slotWords.ordinals);
const WISH_VERBS: ReadonlySet<string> = new Set(slotWords.wishVerbs);
const ARREST_VERBS: ReadonlySet<string> = new Set(slotWords.arrestVerbs);
/** Before an arrest verb: a relative clause or a word that sets it before the story's own arrest ("was first detained"). */
const EARLIER_ARREST = new Set([...RELATIVE_PRONOUNS, "first", "once", "twice", "previously", "earlier", "already", "also", "again"]);
/** After the telling verb: "... that they hoped to", "officials on Tuesday they wished to" (no clause break between). */
const OWN_WISH = /^[^,;:]*?\b(?:that\s+)?(\w+)\s+(\w+)\s+to\s+$/i;
/** "As recently as", "but as late as", "as far back as": the words of degree before a date that opens a sentence. */
const DEGREE_OPENING = /^\W*(?:(?:but|and|yet|only|even)\s+)?as\s+\w+(?:\s+\w+)?\s+as\s+$/i;
/** Nothing but a conjunction or a bare preposition before a date that opens a sentence: "But on Tuesday, ...". */
const BARE_OPENING = /^\W*(?:(?:but|and|yet)\s+)?(?:(?:in|on|at)\s+)?$/i;
/** How many words before a date a reporting or publishing word still claims it: "in a video posted Wednesday". */
const REPORT_REACH = 3;
/** How many words a ranking phrase may run before its "to defect": "the second North Korean soldier to defect". */
const RANKING_REACH = 8;

export interface EventDate {
  timeframe: Timeframe;
  source: Source;
}

/** The date of the event: inside the clause after the trigger first, else before it, else in a "while ..." clause. */
export function pickTimeframe(view: SentenceView, trigger: Trigger, window: SlotWindow): EventDate | null {
  if (isRanking(view, trigger)) return null;
  const clauseEnd = closingDateEnd(view, window.end);
  const ownWish = tellsOwnWish(view, trigger, window);
  const from = openingDateStart(view, window);
  const dates = mentionsOf(view, "date", from, Math.max(clauseEnd, window.circumstanceEnd)).filter(
    (mention) => mention.rule !== DATELINE_RULE && (ownWish || !isReportDate(view, trigger, mention)) && !isGovernedNounDate(view, trigger, mention),
  );
  const inClause = dates.filter((mention) => mention.end <= clauseEnd);
  const after = inClause.find((mention) => mention.start >= trigger.end);
  if (after) return { timeframe: after.timeframe, source: fromMention(after.end > window.end ? TIMEFRAME_RULES.acrossClauseEnd : TIMEFRAME_RULES.after, after) };
  const before = inClause
    .filter((mention) => mention.end <= trigger.start && !inRelativeClause(view, mention, trigger, window) && (ownWish || !datesTelling(view, mention, trigger, window)))
    .at(-1);
  if (before) return { timeframe: before.timeframe, source: fromMention(ownWish ? TIMEFRAME_RULES.ownWish : before.start < window.from ? TIMEFRAME_RULES.opening : TIMEFRAME_RULES.before, before) };
  const circumstance = window.circumstanceDates ? dates.find((mention) => mention.start >= window.end) : undefined;
  return circumstance ? { timeframe: circumstance.timeframe, source: fromMention(TIMEFRAME_RULES.circumstance, circumstance) } : null;
}

/**
 * "As recently as last week, a judoka disappeared in Tokyo", "But last week, two musicians defected": a date that
 * opens the sentence, alone or after words of degree or a conjunction, and is set off by a comma right before the
 * subject dates the subject's clause; its "as" or "but" opens no clause of its own. "As in 2014, a diplomat defected"
 * compares with another year and is left alone.
 */
function openingDateStart(view: SentenceView, window: SlotWindow): number {
  const text = view.sentence.text;
  const start = view.sentence.start;
  const date = mentionsOf(view, "date", start, window.from).at(-1);
  if (!date || !/^\s*,\s*$/.test(text.slice(date.end - start, window.from - start))) return window.from;
  const lead = text.slice(0, date.start - start);
  return DEGREE_OPENING.test(lead) || BARE_OPENING.test(lead) ? start : window.from;
}

/**
 * "She crossed into Hungary the night before with six others": a date whose closing "before" or "after" the clause
 * boundary took for a subordinator belongs to the clause, unless an object follows it ("three days before the final"
 * is counted from another event).
 */
function closingDateEnd(view: SentenceView, end: number): number {
  const across = view.byKind.date.find((mention) => mention.start < end && mention.end > end);
  if (!across) return end;
  const next = view.sentence.tokens[tokenAt(view, across.end)];
  const object = next !== undefined && ["Determiner", "Noun", "Pronoun", "Adjective", "Value", "Possessive"].some((tag) => next.tags.has(tag));
  return object ? end : across.end;
}

/**
 * "Police arrested three activists that day, including Tony Chung": for a person whose flight ended in arrest, a
 * sentence that retells the arrest dates the event with the date after its verb, up to the next comma. An arrest told
 * in a relative clause or set before the story's own ("who was first detained in 2019") is another one.
 */
export function pickArrestDate(view: SentenceView): EventDate | null {
  const tokens = view.sentence.tokens;
  const verb = tokens.findIndex((token, index) => token.tags.has("Verb") && ARREST_VERBS.has(bare(token)) && !tokens.slice(Math.max(0, index - 3), index).some((before) => EARLIER_ARREST.has(bare(before))));
  const arrest = tokens[verb];
  if (!arrest) return null;
  const date = mentionsOf(view, "date", arrest.end, nextBreak(view, arrest.end)).find((mention) => mention.rule !== DATELINE_RULE);
  return date ? { timeframe: date.timeframe, source: fromMention(TIMEFRAME_RULES.retoldArrest, date) } : null;
}

/**
 * "Nine refugees were picked up by the coastguard in September. They arrived in Seoul last month.": the sentence that
 * brought in the group an arrival is told of dates an earlier stage of the journey, and a flight is dated by when it
 * began. Its date after the group's verb, up to a comma or a reporting verb; null when none, or when it falls after
 * `arrival`, the arrival's own date.
 */
export function pickEarlierStageDate(view: SentenceView, groupEnd: number, arrival: Timeframe | null): EventDate | null {
  const tokens = view.sentence.tokens;
  const text = view.sentence.text;
  // The main verb, past an aside set off by commas ("Nine refugees, including three children, were picked up").
  const aside = (token: Token) => (text.slice(groupEnd - view.sentence.start, token.start - view.sentence.start).match(/,/g)?.length ?? 0) % 2 === 1;
  const verb = tokens.find((token) => token.start >= groupEnd && token.tags.has("Verb") && !aside(token));
  if (!verb) return null;
  const telling = tokens.find((token) => token.start > verb.end && isReportingVerb(token))?.start ?? Infinity;
  const date = mentionsOf(view, "date", verb.end, Math.min(nextBreak(view, verb.end), telling)).find((mention) => mention.rule !== DATELINE_RULE);
  if (!date || (arrival?.start && date.timeframe.start && date.timeframe.start > arrival.start)) return null;
  return { timeframe: date.timeframe, source: fromMention(TIMEFRAME_RULES.earlierStage, date) };
}

/** Where the next comma, semicolon or colon after `offset` stands, or the sentence's end; "2:30 a.m." and "1,500" break nothing. */
function nextBreak(view: SentenceView, offset: number): number {
  const found = view.sentence.text.slice(offset - view.sentence.start).search(/[,;:](?!\d)/);
  return found < 0 ? view.sentence.end : offset + found;
}

/**
 * Whether a timeframe found for the same event says more than the one a record holds: a dated one over a span with
 * no date ("late last month" over "recently", "June 18" over "the last week"), a narrower one inside the other
 * ("1985" over "the 1980s", "Thursday" over "the past year"). `rule` is the date mention rule behind each.
 */
export function saysMoreThan(candidate: Timeframe, candidateRule: string | undefined, current: Timeframe, currentRule: string | undefined): boolean {
  const vague = (rule: string | undefined) => rule !== undefined && VAGUE_DATE_RULES.has(rule);
  if (vague(currentRule) && !vague(candidateRule)) return true;
  if (vague(candidateRule)) return false;
  if (!candidate.start || !candidate.end || !current.start || !current.end) return false;
  const inside = current.start <= candidate.start && candidate.end <= current.end;
  return inside && (candidate.start !== current.start || candidate.end !== current.end);
}

/**
 * "a source said Wednesday", "in a video posted Wednesday", "A report Saturday by": the date of the telling; but in
 * "said he defected Wednesday" the trigger stands between and claims it.
 */
function isReportDate(view: SentenceView, trigger: Trigger, mention: DateMention): boolean {
  const tokens = view.sentence.tokens;
  const index = tokenAt(view, mention.start);
  for (let i = index - 1; i >= Math.max(0, index - REPORT_REACH); i--) {
    const token = tokens[i];
    if (token && token.start < trigger.end && token.end > trigger.start) return false;
    if (isReportingVerb(token) || PUBLISHING_WORDS.has(bare(token))) return true;
    if (!token || /[,;:]/.test(charAfterToken(view, token))) return false;
  }
  return false;
}

/**
 * "Earlier this month, two sailors said they hoped to defect", "The fishermen told officials on Tuesday that they
 * wished to defect": people who tell their own wish to defect do so as they tell it, so the telling's date is the
 * event's. What others report of a wish ("officials said two sailors hoped to defect") is dated by the report.
 */
function tellsOwnWish(view: SentenceView, trigger: Trigger, window: SlotWindow): boolean {
  const tokens = view.sentence.tokens;
  const telling = tokens.find((token) => token.start >= window.subjectEnd && token.end <= trigger.start && isReportingVerb(token));
  if (!telling || [...mentionsOf(view, "person", window.subjectEnd, telling.start), ...mentionsOf(view, "role", window.subjectEnd, telling.start)].length > 0) return false;
  const told = view.sentence.text.slice(telling.end - view.sentence.start, trigger.start - view.sentence.start);
  const wish = OWN_WISH.exec(told);
  const teller = (wish?.[1] ?? "").toLowerCase();
  return wish !== null && WISH_VERBS.has((wish[2] ?? "").toLowerCase()) && (SINGULAR_PRONOUNS.has(teller) || PLURAL_PRONOUNS.has(teller));
}

/**
 * "Speaking on Monday, the defector said he had fled", "On Saturday, officials said a pilot defected": before the
 * subject of a flight told in reported speech, a date is the telling's.
 */
function datesTelling(view: SentenceView, mention: DateMention, trigger: Trigger, window: SlotWindow): boolean {
  if (mention.end > window.subjectStart) return false;
  return view.sentence.tokens.some((token) => token.start >= window.subjectEnd && token.end <= trigger.start && isReportingVerb(token));
}

/**
 * "would neither confirm nor deny Gil's defection Saturday", "announced his defection on Friday": a date after a
 * defection noun that a verb governs dates the verb; "made a rare defection on Friday" and "his defection in 1985"
 * date the defection.
 */
function isGovernedNounDate(view: SentenceView, trigger: Trigger, mention: DateMention): boolean {
  if (trigger.form !== "noun" || mention.start < trigger.end) return false;
  if (/\b(?:in|during)\s+$/i.test(view.sentence.text.slice(0, mention.start - view.sentence.start))) return false;
  const governor = governingVerb(view, tokenAt(view, trigger.start));
  return governor !== undefined && (isReportingVerb(governor) || !ANCHOR_VERBS.has(bare(governor)));
}

/** The verb whose object a noun is: back over its determiner, a possessor and modifiers ("deny Gil's defection"). */
function governingVerb(view: SentenceView, noun: number): Token | undefined {
  const tokens = view.sentence.tokens;
  const people = mentionsOf(view, "person");
  for (let index = noun - 1; index >= Math.max(0, noun - 6); index--) {
    const token = tokens[index];
    if (!token) return undefined;
    if (people.some((person) => person.start <= token.start && token.end <= person.end + 2)) continue;
    if (token.tags.has("Verb")) return token;
    const modifier = token.tags.has("Determiner") || token.tags.has("Adjective") || token.tags.has("Possessive") || /['’]s$/.test(token.text) || token.tags.has("ProperNoun");
    if (!modifier) return undefined;
  }
  return undefined;
}

/**
 * "Nadia Comaneci, the Romanian athlete who in 1976 earned the first perfect scores, has fled": a date inside a
 * relative clause that closes before the trigger belongs to that clause's verb.
 */
function inRelativeClause(view: SentenceView, mention: DateMention, trigger: Trigger, window: SlotWindow): boolean {
  const tokens = view.sentence.tokens;
  const index = tokenAt(view, mention.start);
  let relative = -1;
  for (let i = index - 1; i >= 0 && (tokens[i]?.start ?? 0) >= window.subjectStart; i--) {
    if (RELATIVE_PRONOUNS.has(bare(tokens[i]))) {
      relative = i;
      break;
    }
  }
  if (relative < 0) return false;
  const rest = view.sentence.text.slice(mention.end - view.sentence.start, trigger.start - view.sentence.start);
  return /[,;]/.test(rest);
}

/**
 * "the second North Korean to defect in the last week", "not the first soldier to have defected in the past year":
 * the period ranks the person among others; it is no date of their own flight.
 */
function isRanking(view: SentenceView, trigger: Trigger): boolean {
  const tokens = view.sentence.tokens;
  let index = tokenAt(view, trigger.start) - 1;
  if (bare(tokens[index]) === "have") index--;
  if (bare(tokens[index]) !== "to") return false;
  for (let i = index - 1; i >= Math.max(0, index - RANKING_REACH); i--) {
    const token = tokens[i];
    if (!token) return false;
    if (ORDINALS.has(bare(token)) || token.tags.has("Superlative") || token.tags.has("Ordinal")) return bare(tokens[i - 1]) === "the" || tokens[i - 1]?.tags.has("Possessive") === true;
    if (token.tags.has("Verb")) return false;
  }
  return false;
}
