// Aggregate figures about defectors: counts of people over a period, in sentences about defection, that no group
// record holds; each with its qualifier, its subject as worded and the period read from its own clause.
import type { StatisticRecord, Timeframe } from "../contract.js";
import { alternation } from "../data/index.js";
import { isUsable } from "../events/index.js";
import numbers from "../data/numbers.json";
import lexicon from "../data/statistics.json";
import { mentionsOf, tokenAt, type DateMention, type Draft, type NumberMention, type SentenceView } from "./draft.js";
import { bare, COMPANIONS, GROUP_NOUNS, headWord, RELATIVE_PRONOUNS, VERB_GROUP_WORDS } from "./grammar.js";
import { span } from "./span.js";
import type { Token } from "../types.js";

/** A figure as read, with the rule that found its subject (kept internal: the public record has no rule field). */
interface Figure {
  statistic: StatisticRecord;
  rule: string;
  /** "a sharp drop from 229 ...": the figure compared with, not the one the sentence reports. */
  comparison: boolean;
  /** "39 males", "783 of them": a part of a figure already read. */
  part: boolean;
}

/** Who the last sentences counted and over which period; later sentences point back to it ("The total includes ..."). */
interface Context {
  subject: string;
  timeframe: Timeframe | null;
  sentence: number;
  /** True when a figure was read there, false when only "the number of X" was named. */
  figure: boolean;
}

interface Subject {
  text: string;
  rule: string;
  /** Offset where the subject's words end, when they follow the figure ("15 defectors| were arrested"). */
  end: number | null;
  /** A part of a figure already read: takes that figure's period when it names none. */
  part: boolean;
  /** Read from a figure already accepted, so it needs no evidence of aggregation of its own. */
  inherited: boolean;
  /** Counts a population ("defectors", "North Koreans"), not people of some trade or body ("workers", "players"). */
  nation: boolean;
}

/**
 * Why a sentence may hold a figure: a defection trigger, a pointer back to a figure ("The total includes ..."), a
 * sentence right after a figure that goes on counting, or a crossing or arrival verb ("34,000 have settled in the South").
 * The last two take only people named after the figure, over a period.
 */
type Standing = "defection" | "continuation" | "passage" | "movement";

/** The rules that find a figure's subject; each figure carries the id of the one that read it. */
const COUNTED_NOUN = "statistic/counted-noun";
const FIGURE_OF = "statistic/figure-of";
const SENTENCE_SUBJECT = "statistic/sentence-subject";
const SHARE = "statistic/share";
const PREDICATE = "statistic/predicate";
const PART_OF = "statistic/part-of";
const LIST_ITEM = "statistic/list-item";
const POINTS_BACK = "statistic/points-back";
const BARE_FIGURE = "statistic/bare-figure";
/** Subjects a sentence names itself, which is all a sentence without a defection trigger may count. */
const OWN_SUBJECTS: ReadonlySet<string> = new Set([COUNTED_NOUN, FIGURE_OF, SENTENCE_SUBJECT]);

/** A sentence counts what one of the last two sentences counted only when it opens by pointing back to it. */
const CONTEXT_REACH = 2;
/** "the 31,000 defectors in the South": a definite figure this large is a population, not a group the text singled out. */
const POPULATION_SIZE = 1000;
/** Tokens a subject phrase may run to: "North Korean defectors who had settled in the South". */
const SUBJECT_REACH = 14;
/** Words before the head noun of a counted phrase: "North Korean female defectors". */
const MODIFIER_REACH = 5;
/** Characters between a figure and the date of its period: "1,036 North Koreans having come ... in the first nine months". */
const PERIOD_REACH = 100;

const QUALIFIER = alternation(Object.values(numbers.qualifiers).flat());
const anyOf = (list: readonly string[]) => alternation(list);
const POPULATION = new Set(lexicon.populationNouns);
const BREAKDOWN = new Set(lexicon.breakdownNouns);
const OTHER_COUNTED = new Set(lexicon.otherCounted);
const DEFINITE_OPENING = /^(?:the|its|their)$/;
const DEFECTION_WORD = new RegExp(`^(?:${anyOf(lexicon.defectionStems)})`, "i");
const REFUGEE_WORD = new RegExp(`\\b(?:${anyOf(lexicon.refugeeWords)})\\b`, "i");
const FIGURE_VERB = new RegExp(`^(?:${anyOf(lexicon.figureVerbs)})$`, "i");
const YEAR_MODIFIES = new RegExp(`^\\s+(?:${anyOf(numbers.yearModifies)})\\b`, "i");
/** "rose by 200", "escorted by two fighters": a change or the agent of something done, not a head count. */
const CHANGE_BEFORE = new RegExp(`\\bby\\s+(?:${QUALIFIER}\\s+)?$`, "i");
const STANDING_NOW = new RegExp(`\\b(?:${anyOf(lexicon.standingNow)})\\b`, "i");
/** "..., the lowest monthly figure on record", "the largest number since 2017": the sentence remarks on a tally. */
const FIGURE_REMARK = new RegExp(
  `\\b(?:the|a)\\s+(?:[\\w-]+\\s+){0,2}?(?:${anyOf(lexicon.superlatives)})\\s+(?:[\\w-]+\\s+){0,2}?(?:${anyOf(lexicon.figureNouns)})\\b`,
  "i",
);
const PEOPLE = new Set(lexicon.peopleNouns);
/** Agent nouns name people: "officers", "footballers", "dissidents", "servicemen" ("containers" never reach here). */
const PEOPLE_SUFFIX = new RegExp(`(?:${anyOf(lexicon.peopleSuffixes)})$`);
const TRAILING_WORDS = new Set(lexicon.trailingWords);
const TEMPORAL = new RegExp(`^(?:${anyOf(lexicon.temporalPrepositions)})\\b`, "i");
const AGGREGATE = new RegExp(`\\b(?:${anyOf(lexicon.aggregateWords)})\\b`, "i");
const COUNTING = new RegExp(`\\b(?:${anyOf(lexicon.countingWords)})\\b`, "i");
const MOVEMENT = new RegExp(`\\b(?:${anyOf(lexicon.movementWords)})\\b`, "i");
const OTHER_EVENT_BEFORE = new RegExp(`\\b(?:${anyOf(lexicon.otherEvents)})\\b`, "i");
const OTHER_EVENT_AFTER = new RegExp(`^\\s+(?:[\\w-]+\\s+){0,2}?(?:${anyOf(lexicon.otherEvents)})\\b`, "i");
const PROJECTION_BEFORE = new RegExp(`\\b(?:${anyOf(lexicon.projectionWords)})\\b`, "i");
const PROJECTION_AFTER = new RegExp(`^\\s+(?:(?:is|are)\\s+)?(?:${anyOf(lexicon.projectionWords)})\\b`, "i");
const THRESHOLD_AFTER = new RegExp(`^(?:-[\\w-]+)?\\s+(?:${anyOf(lexicon.thresholdNouns)})\\b`, "i");
const INTRODUCER_BEFORE = new RegExp(`\\b(?:${anyOf(lexicon.groupIntroducers)})\\s+(?:${QUALIFIER}\\s+)?$`, "i");
const DEFINITE_BEFORE = new RegExp(`\\b(?:${anyOf(lexicon.definiteBefore)})\\s+(?:${QUALIFIER}\\s+)?$`, "i");
const OCCASION_AFTER = new RegExp(
  `^[^,;]*?\\b(?:during|at|after|before|while\\s+\\w+ing\\s+(?:in|at))\\s+(?:a|an|the|their|its)\\s+(?:[\\w-]+\\s+){0,3}?(?:${anyOf(lexicon.occasions)})\\b`,
  "i",
);
/** "a dozen members of the national team", "workers at a restaurant in Ningbo": people of one body, not a tally. */
const SPECIFIC_BODY = new RegExp(`\\b(?:of|from|at|aboard|on\\s+board)\\s+(?:the|a|an|their|its)\\s+(?:[\\w-]+\\s+){0,3}?(?:${anyOf(lexicon.bodies)})\\b`, "i");
/** "22 people were aboard", "the 31 on board": the people of one vessel. */
const ABOARD_AFTER = new RegExp(`^\\s+(?:[\\w-]+\\s+){0,2}?(?:${anyOf(lexicon.aboardWords)})\\b`, "i");
/** "Since the start of the civil war, ...", "However, in 2019, ...": an opening adverbial that scopes over the sentence. */
const OPENING_ADVERBIAL = new RegExp(`^\\W*(?:(?:${anyOf(lexicon.discourseOpeners)}),?\\s+)?(?:${anyOf(lexicon.adverbialOpeners)})\\b[^,;]*,`, "i");
/** "27 of the 31 people on board": a part of a group the text has already singled out. */
const PARTITIVE_AFTER = /^\s+(?:out\s+)?of\s+(?:the|its|their)\s+(?!total\b)/i;
/** "five in Washington", "four in both San Francisco and Chicago": the place of an item in a list by place. */
const PLACE_ITEM = /^\s+(?:each\s+)?in\s+(both\s+|each\s+of\s+)?((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*)*)(?:\s+and\s+((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*)*))?/;
/** What may follow a figure that names no people of its own: "2,804 for 2008", "five in Washington", "603 have been". */
const ELLIPTICAL_AFTER = new RegExp(`^(?:\\s*(?:[,;.:)]|--|—|–|[-–]\\s*\\d|$)|\\s+(?:${anyOf(lexicon.ellipticalFollowers)})\\b)`, "i");
const PART_OPENING = /^\W*(?:of|among)\s+(?:them|these|those|whom|the\s+total|that\s+number)\b/i;
const PART_AFTER = /^\s+of\s+(?:them|these|those|whom|the\s+total)\b/i;
// No clause break after the marker; a comma inside a figure ("1,106") is none.
const BREAKDOWN_BEFORE = new RegExp(`\\b(?:${anyOf(lexicon.breakdownMarkers)})\\b(?:[^,;]|[,;](?!\\s))*$`, "i");
const SHARE_BEFORE = new RegExp(`\\b(?:${anyOf(lexicon.shareMarkers)})\\s+(?:${QUALIFIER}\\s+)?$`, "i");
const COMPARISON_BEFORE = new RegExp(`\\b(?:${anyOf(lexicon.comparisonBefore)})\\s+(?:${QUALIFIER}\\s+)?$`, "i");
const COPULA_AFTER = new RegExp(`^\\s+(?:${anyOf(lexicon.copulas)})\\s+`, "i");
const EXISTENTIAL_BEFORE = new RegExp(`\\bthere\\s+(?:${anyOf(lexicon.copulas)}|ha(?:ve|s|d)\\s+been)\\s+(?:\\w+\\s+){0,2}$`, "i");
/** "17 players and the team doctor": a group with a single member named alongside is one party that left together. */
const MEMBER_ALONGSIDE = /^\s+(?:and|plus|along\s+with|together\s+with)\s+(?:the|a|an|their|his|her|its)\s+([\w-]+)(?:\s+([\w-]+))?/i;
const INCLUDING_AFTER = /^,?\s+(?:including|among\s+them)\b/i;
const OPENER = new RegExp(
  `^\\W*(?:(?:${anyOf(lexicon.openerPronouns)})\\b|(?:the|this|that|its|their)\\s+(?:[\\w-]+\\s+){0,3}?(?:${anyOf(lexicon.figureNouns)})\\b|of\\s+(?:these|them|those|whom|the\\s+total)\\b)`,
  "i",
);
const FIGURE_NOUN_OF = new RegExp(`\\b(?:(?:the|a|its|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:${anyOf(lexicon.figureNouns)})|(defections))\\s+of\\s+`, "gi");
/** "since 2011", "since the start of the war", "since taking power" run to now; "since 13 workers arrived" is a clause. */
const SINCE_PERIOD = new RegExp(`\\bsince\\s+(?!(?:${QUALIFIER}\\s+)?(?:\\d|(?:${anyOf(Object.keys(numbers.words))}|a\\s+dozen)\\b))`, "i");
/** "the ministry said Friday", "reported on Monday": the day of the report, not of the figure. */
const REPORT_BEFORE = new RegExp(
  `\\b(?:${anyOf(lexicon.reportingVerbs)})\\s+(?:(?:[A-Z][\\w.’'-]*|reporters|journalists|lawmakers)\\s+){0,2}(?:on\\s+|late\\s+|early\\s+)?$`,
);
/** "SEOUL, April 3 (Yonhap) --", "date 2013-12-16": the story's own date before it begins. */
const DATELINE = /^(?:[A-Z][A-Z .'-]+(?:,[^.]{0,30}?)?\s*(?:\([^)]*\)\s*)?(?:--|—|–)\s|\W*(?:[Dd]ate|[Pp]ublished|[Uu]pdated|[Pp]osted)\b)/;
const SPAN_OPENING = /\b(?:between|from)\s+$/i;
/** "in the year to March", "the 12 months through June": the date ends a period that starts at no date of its own. */
const PERIOD_END = /\b(?:year|years|months|weeks|period|quarter|half)\s+(?:to|through|until|till|ending(?:\s+in)?)\s+$/i;
const SPAN_LINK = /^\s*(?:and|to|through|until|-|–)\s*$/i;
/** A comma or semicolon before a space, or a dash: the end of a clause ("2,553" has no space after its comma). */
const CLAUSE_BREAK = /[,;](?=\s)|\s--\s|—|–/g;
/** Punctuation between two tokens that closes a phrase: "refugees, including", "America -- five". */
const PHRASE_BREAK = /[,;:](?!\d)|[()[\]]|--|—|–/;

/**
 * Every aggregate figure in the sentences read, in text order.
 *
 * @example findStatistics(views, drafts, "SEOUL -- Last year, 1,047 North Korean defectors came to South Korea.")
 * // [{ value: 1047, qualifier: "exact", subject: "North Korean defectors",
 * //    timeframe: { text: "Last year", start: "2019-01-01", end: "2019-12-31", precision: "year" }, evidence: { ... } }]
 */
export function findStatistics(views: readonly SentenceView[], records: readonly Draft[], original: string): StatisticRecord[] {
  return readFigures(views, records, original).map((figure) => figure.statistic);
}

function readFigures(views: readonly SentenceView[], records: readonly Draft[], original: string): Figure[] {
  const framed = records.length > 0 || views.some(speaksOfDefection);
  // "11,000 refugees had fled in 24 hours": a story of refugees fleeing a war counts no defectors unless it speaks of defection.
  if (!framed && views.some((view) => REFUGEE_WORD.test(view.sentence.text))) return [];
  const groupCounts = countsOfGroupRecords(records);
  const figures: Figure[] = [];
  let context: Context | null = null;
  for (const view of views) {
    // Headlines restate the body's figures; counting them again would double them.
    if (view.sentence.headline) continue;
    const live = context && view.sentence.index - context.sentence <= CONTEXT_REACH ? context : null;
    const read = readSentence(view, live, { groupCounts: groupCounts.get(view.sentence.index) ?? new Set(), framed, original });
    figures.push(...read.figures);
    context = read.context ?? context;
  }
  return figures;
}

function speaksOfDefection(view: SentenceView): boolean {
  return view.triggers.some((trigger) => isUsable(trigger) && DEFECTION_WORD.test(trigger.text));
}

/** The count of each group record, by the sentences it was built from: that count is the record's, not a statistic. */
function countsOfGroupRecords(records: readonly Draft[]): Map<number, Set<number>> {
  const counts = new Map<number, Set<number>>();
  for (const record of records) {
    if (record.introduction !== "group" || record.count === null) continue;
    for (const sentence of record.evidence) counts.set(sentence, (counts.get(sentence) ?? new Set<number>()).add(record.count));
  }
  return counts;
}

interface SentenceReading {
  view: SentenceView;
  standing: Standing;
  context: Context | null;
  /** "the number of North Koreans fleeing to the South": what the sentence says it counts. */
  counted: Subject | null;
  dates: DateMention[];
  /** "between 1961 and 1988", "in the year to March": dates that bound a period but are not one. */
  spans: DateMention[];
  groupCounts: ReadonlySet<number>;
  /** The story speaks of defection or holds a record. */
  framed: boolean;
  original: string;
}

function readSentence(
  view: SentenceView,
  context: Context | null,
  story: Pick<SentenceReading, "groupCounts" | "framed" | "original">,
): { figures: Figure[]; context: Context | null } {
  const standing = standingOf(view, context);
  if (standing === null || countsOtherPeople(view)) return { figures: [], context: null };
  const spans = spanEnds(view);
  const dates = mentionsOf(view, "date").filter((date) => !spans.includes(date) && isPeriodCandidate(view, date));
  const reading: SentenceReading = { view, standing, context, counted: countedByFigureNoun(view), dates, spans, ...story };
  const figures: Figure[] = [];
  const counts = mentionsOf(view, "number").filter((number) => !reading.dates.some((date) => number.start >= date.start && number.end <= date.end));
  counts.forEach((number, index) => {
    const previous = figures.filter((figure) => !figure.comparison).at(-1) ?? null;
    figures.push(...readFigure(reading, number, previous, boundsOf(view, counts, index)));
  });
  const main = figures.find((figure) => !figure.comparison && !figure.part);
  const index = view.sentence.index;
  if (main) return { figures, context: { subject: main.statistic.subject, timeframe: main.statistic.timeframe, sentence: index, figure: true } };
  if (figures.length > 0 && context) return { figures, context: { ...context, sentence: index } };
  if (reading.counted && standing === "defection") return { figures, context: { subject: reading.counted.text, timeframe: null, sentence: index, figure: false } };
  return { figures, context: null };
}

/** Where the figure's own stretch of the sentence begins and ends: after the previous count, before the next one. */
function boundsOf(view: SentenceView, counts: readonly NumberMention[], index: number): { from: number; to: number } {
  const previous = counts[index - 1];
  let next = index + 1;
  const text = view.sentence.text;
  const offset = view.sentence.start;
  // "1,000-1,500": the two ends of a range share the period that follows them.
  while (counts[next] && /^\s*[-–]\s*$/.test(text.slice((counts[next - 1]?.end ?? 0) - offset, (counts[next]?.start ?? 0) - offset))) next++;
  return { from: previous?.end ?? view.sentence.start, to: counts[next]?.start ?? view.sentence.end };
}

function standingOf(view: SentenceView, context: Context | null): Standing | null {
  const text = view.sentence.text;
  const usable = view.triggers.filter(isUsable);
  // "About 300 defectors attended the rally": a crowd of defectors is no tally of defections unless it counts them.
  const counting = COUNTING.test(text) || MOVEMENT.test(text) || mentionsOf(view, "date").some((date) => periodKind(date.timeframe) !== "event");
  if (usable.some((trigger) => trigger.form !== "agent") || (usable.length > 0 && counting)) return "defection";
  if (context && OPENER.test(text)) return "continuation";
  if (context?.figure && view.sentence.index - context.sentence === 1 && COUNTING.test(text)) return "passage";
  return MOVEMENT.test(text) && usable.length === view.triggers.length ? "movement" : null;
}

/** "fled with his wife and two sons", "their three children": someone's own relatives, who come along, are no tally. */
function countsOwnKin(subject: Subject, before: string): boolean {
  return KIN.has(headWord(subject.text)) && OWN_KIN_BEFORE.test(before);
}

const KIN: ReadonlySet<string> = new Set(COMPANIONS);
const OWN_KIN_BEFORE = /\b(?:his|her|their|with)\s+(?:[\w-]+\s+){0,3}?$/i;

/** "Some 575 inmates were missing while 262 escapees had since been captured": the sentence counts other people. */
function countsOtherPeople(view: SentenceView): boolean {
  const tokens = view.sentence.tokens;
  return mentionsOf(view, "number").some((number) => {
    const first = tokenAt(view, number.end);
    return tokens.slice(first, first + 3).some((token) => OTHER_COUNTED.has(bare(token)));
  });
}

function readFigure(
  reading: SentenceReading,
  number: NumberMention,
  previous: Figure | null,
  bounds: { from: number; to: number },
): Figure[] {
  const { view, context, standing } = reading;
  const text = view.sentence.text;
  const before = clauseBefore(view, number.start);
  const after = text.slice(number.end - view.sentence.start);
  if (THRESHOLD_AFTER.test(after) || CHANGE_BEFORE.test(before) || PROJECTION_BEFORE.test(before) || OTHER_EVENT_BEFORE.test(before)) return [];
  const subject = subjectOf(reading, number, previous, before, after);
  // A story that never speaks of defection counts only whole peoples on the move: "40,000 East Germans fled".
  if (!subject || (!reading.framed && !subject.nation)) return [];
  if (countsOwnKin(subject, before)) return [];
  const afterSubject = subject.end === null ? after : text.slice(subject.end - view.sentence.start);
  if (PROJECTION_AFTER.test(afterSubject) || OTHER_EVENT_AFTER.test(afterSubject)) return [];

  const comparison = COMPARISON_BEFORE.test(before);
  const date = periodOf(view, number, reading.dates, bounds, comparison);
  const clause = clauseAround(view, number);
  const kind = date ? periodKind(date.timeframe) : null;
  const periodic = kind === "aggregate" || reading.spans.some((end) => clause.includes(end.text));
  // What makes a figure a tally, by the structure of its sentence: "the number of X", a period that runs or spans,
  // "there have been", "since ...", a population as it stands, or a figure already read that it is part of.
  const tallied =
    subject.inherited ||
    subject.rule === FIGURE_OF ||
    kind === "running" ||
    reading.spans.some((end) => clause.includes(end.text)) ||
    SINCE_PERIOD.test(clause) ||
    EXISTENTIAL_BEFORE.test(before) ||
    (number.value >= POPULATION_SIZE && STANDING_NOW.test(clause));
  // Words that call it one: "the number", "in total", "the lowest monthly figure".
  const called = AGGREGATE.test(clause) || FIGURE_REMARK.test(text);
  const weak = number.qualifier !== "exact" && standing === "defection" && subject.nation && COUNTING.test(text);
  // A group the text singles out ("a group of 20", "17 players and the team doctor", "22 people were aboard") is one
  // party, whatever words sum it up; only the structure of a tally outweighs that.
  const singledOut =
    INTRODUCER_BEFORE.test(before) ||
    PARTITIVE_AFTER.test(after) ||
    INCLUDING_AFTER.test(afterSubject) ||
    OCCASION_AFTER.test(afterSubject) ||
    ABOARD_AFTER.test(afterSubject) ||
    SPECIFIC_BODY.test(subject.text) ||
    SPECIFIC_BODY.test(clauseOf(afterSubject)) ||
    hasMemberAlongside(afterSubject);
  if (singledOut && !(tallied && kind !== "event")) return [];
  // A group record's count is the record's, unless the sentence calls it a tally: "A total of 40 arrived in January alone".
  if (reading.groupCounts.has(number.value) && !tallied && !called) return [];
  // A single day or month dates one event, unless the sentence calls the figure a tally ("the number ... rose to 2,300 in September").
  if (kind === "event" && !tallied && !called) return [];
  // "the 13 defectors" points back to a group, unless its own clause gives a period ("of the 535 who sought asylum in
  // 2015") or it counts a population as it stands ("the 31,000 defectors now living in the South").
  const periodInPhrase = periodic && date !== null && subject.end !== null && date.start - subject.end <= 5;
  const strong = tallied || called || periodic;
  if (DEFINITE_BEFORE.test(before) && !periodInPhrase && !((tallied || called) && number.value >= POPULATION_SIZE)) return [];
  if (!(strong || weak)) return [];
  if ((standing === "passage" || standing === "movement") && !subject.inherited && !OWN_SUBJECTS.has(subject.rule)) return [];

  const timeframe = date?.timeframe ?? (subject.part && !comparison ? (previous?.statistic.timeframe ?? context?.timeframe ?? null) : null);
  return placesOf(view, number, subject).map((place) => ({
    statistic: {
      value: number.value,
      qualifier: number.qualifier,
      subject: place,
      timeframe,
      evidence: span(reading.original, view.sentence.start, view.sentence.end),
    },
    rule: subject.rule,
    comparison,
    part: subject.part,
  }));
}

/**
 * Who the figure counts, by the first rule that reads it: the people named right after it ("135 North Korean
 * defectors"), the part named by a copula or a share ("444 were women", "women accounting for 783"), a part or an item
 * of a figure already read ("117 of them", "2,804 for 2008"), what the sentence says it counts ("the number of X
 * reached 1,086"), or what the sentence points back to ("The figure has averaged 1,000").
 */
function subjectOf(reading: SentenceReading, number: NumberMention, previous: Figure | null, before: string, after: string): Subject | null {
  const { view, context } = reading;
  const antecedent = previous?.statistic.subject ?? context?.subject ?? null;
  const breakdown = antecedent !== null && (BREAKDOWN_BEFORE.test(before) || PART_OPENING.test(view.sentence.text));
  const named = countedPhrase(view, number.end, number.end);
  if (named) return { text: named.text, rule: COUNTED_NOUN, end: named.end, part: breakdown, inherited: breakdown, nation: named.nation || breakdown };

  const share = SHARE_BEFORE.exec(before);
  const sharer = share ? nounPhraseBefore(view, number.start - before.length + share.index) : null;
  if (sharer) return { text: sharer, rule: SHARE, end: null, part: antecedent !== null, inherited: antecedent !== null, nation: antecedent !== null };

  const copula = COPULA_AFTER.exec(after);
  const predicate = copula ? countedPhrase(view, number.end + copula[0].length, number.end) : null;
  if (predicate) {
    const part = antecedent !== null;
    return { text: predicate.text, rule: PREDICATE, end: predicate.end, part, inherited: part, nation: predicate.nation || part };
  }

  if (antecedent !== null && PART_AFTER.test(after)) return { text: antecedent, rule: PART_OF, end: null, part: true, inherited: true, nation: true };
  // The rules below give a subject to a bare figure; "3 reasons" is no bare figure.
  const next = view.sentence.tokens[tokenAt(view, number.end)];
  if (!ELLIPTICAL_AFTER.test(after) && !(next?.tags.has("Verb") && !next.tags.has("Gerund"))) return null;
  if (previous) return { text: previous.statistic.subject, rule: LIST_ITEM, end: null, part: true, inherited: true, nation: true };
  if (reading.counted) return { ...reading.counted, end: null };
  const opening = openingSubject(view, number);
  if (opening) return opening;
  if (context && (breakdown || OPENER.test(view.sentence.text))) {
    return { text: context.subject, rule: POINTS_BACK, end: null, part: breakdown, inherited: true, nation: true };
  }
  return bareFigure(view, number);
}

/** "Arrivals fell to 67 in 2021": the people the sentence opens with, when its verb comes before the figure. */
function openingSubject(view: SentenceView, number: NumberMention): Subject | null {
  const tokens = view.sentence.tokens;
  const first = DEFINITE_OPENING.test(bare(tokens[0])) ? 1 : 0;
  const start = tokens[first];
  if (!start || start.end > number.start) return null;
  const phrase = countedPhrase(view, start.start, start.start);
  const verb = phrase ? tokens[tokenAt(view, phrase.end)] : undefined;
  if (!phrase || !verb || !FIGURE_VERB.test(bare(verb)) || verb.start > number.start) return null;
  return { text: phrase.text, rule: SENTENCE_SUBJECT, end: null, part: false, inherited: false, nation: phrase.nation };
}

/** "eight in 2013", "20 already this year" in a sentence about defectors: the figure counts what its trigger names. */
function bareFigure(view: SentenceView, number: NumberMention): Subject | null {
  const following = view.sentence.text.slice(number.end - view.sentence.start);
  const dated = mentionsOf(view, "date").some((date) => date.start >= number.end && /^\s*(?:in|for|during|already|so\s+far)?\s*$/i.test(following.slice(0, date.start - number.end)));
  const trigger = view.triggers.find((candidate) => candidate.form !== "verb" && isUsable(candidate));
  return dated && trigger ? { text: trigger.text, rule: BARE_FIGURE, end: null, part: false, inherited: false, nation: true } : null;
}

/**
 * "14 defections in America -- five in Washington, four in both San Francisco and Chicago": an item of a list by
 * place counts the same people in its own place, and "in both X and Y" is one figure for each.
 */
function placesOf(view: SentenceView, number: NumberMention, subject: Subject): string[] {
  if (subject.rule !== LIST_ITEM) return [subject.text];
  const place = PLACE_ITEM.exec(view.sentence.text.slice(number.end - view.sentence.start));
  if (!place?.[2]) return [subject.text];
  const base = subject.text.replace(/\s+in\s+[A-Z].*$/, "");
  const places = place[1] && place[3] ? [place[2], place[3]] : [place[2]];
  return places.map((name) => `${base} in ${name.replace(/\.$/, "")}`);
}

/**
 * The figure's clause with the sentence's opening adverbial, which scopes over all of it: "Since the start of the war,
 * dozens of officers including some 40 generals have defected" is a running total; ", bringing the number ..." is not
 * part of "Nine members ... have disappeared".
 */
function clauseAround(view: SentenceView, number: NumberMention): string {
  const text = view.sentence.text;
  const before = clauseBefore(view, number.start);
  const start = number.start - view.sentence.start - before.length;
  const opening = OPENING_ADVERBIAL.exec(text);
  const lead = opening && opening[0].length <= start ? opening[0] : "";
  return lead + before + number.text + clauseOf(text.slice(number.end - view.sentence.start));
}

/** The text up to the first comma, semicolon or dash. */
function clauseOf(text: string): string {
  const end = text.search(CLAUSE_BREAK);
  return end < 0 ? text : text.slice(0, end);
}

/** The text of the clause up to `offset`: from the last comma, semicolon or dash before it. */
function clauseBefore(view: SentenceView, offset: number): string {
  const text = view.sentence.text.slice(0, offset - view.sentence.start);
  const cuts = [...text.matchAll(CLAUSE_BREAK)];
  const last = cuts.at(-1);
  return last ? text.slice(last.index + last[0].length) : text;
}

/** "the number of North Koreans fleeing to the South", "defections of disaffected senior officials". */
function countedByFigureNoun(view: SentenceView): Subject | null {
  const text = view.sentence.text;
  for (const match of text.matchAll(FIGURE_NOUN_OF)) {
    const from = view.sentence.start + match.index + match[0].length;
    const phrase = countedPhrase(view, from, from, true);
    if (!phrase) continue;
    const words = match[1] ? text.slice(match.index, phrase.end - view.sentence.start) : phrase.text;
    return { text: words, rule: FIGURE_OF, end: null, part: false, inherited: false, nation: phrase.nation || match[1] !== undefined };
  }
  return null;
}

/**
 * The people phrase that starts at `from`: modifiers, a plural people noun as head, then a "from"/"of"/"in"
 * phrase and a relative or participle clause ("North Korean defectors who resettled in the South"), cut before
 * a date, a period word, another figure or the next finite verb. Null when the head counts no people.
 */
function countedPhrase(view: SentenceView, from: number, figureEnd: number, pronounHead = false): { text: string; end: number; nation: boolean } | null {
  const tokens = view.sentence.tokens;
  const first = tokenAt(view, from);
  let head = -1;
  let i = first;
  for (; i < tokens.length && i < first + MODIFIER_REACH; i++) {
    const token = tokens[i] as Token;
    // "the number of those to abscond": a pronoun heads the phrase on its own.
    if (pronounHead && i === first && bare(token) === "those") {
      head = i;
      break;
    }
    if ((i > first && breaksBefore(view, i)) || !isNounish(token) || token.start < figureEnd) break;
    if (isPeopleNoun(view, token)) head = i;
    else if (head >= 0) return null;
  }
  if (head < 0) return null;
  const end = extendPhrase(view, head);
  const start = tokens[first]?.start ?? from;
  const nation = isPopulationNoun(tokens[head] as Token);
  return { text: view.sentence.text.slice(start - view.sentence.start, end - view.sentence.start), end, nation };
}

/** "women refugees accounting for": the people phrase that ends right before `offset`. */
function nounPhraseBefore(view: SentenceView, offset: number): string | null {
  const tokens = view.sentence.tokens;
  const last = tokenAt(view, offset) - 1;
  const head = tokens[last];
  if (!head || !isPeopleNoun(view, head)) return null;
  let first = last;
  while (first > 0 && first > last - MODIFIER_REACH && isNounish(tokens[first - 1] as Token) && !breaksBefore(view, first)) first--;
  return view.sentence.text.slice((tokens[first]?.start ?? 0) - view.sentence.start, head.end - view.sentence.start);
}

/** End offset of the phrase headed at token `head`, with its prepositional phrase and its relative or participle clause. */
function extendPhrase(view: SentenceView, head: number): number {
  const tokens = view.sentence.tokens;
  const places = mentionsOf(view, "place");
  const dates = mentionsOf(view, "date");
  const numbers = mentionsOf(view, "number");
  const stops = (i: number) => {
    const token = tokens[i];
    if (!token || breaksBefore(view, i) || i > head + SUBJECT_REACH) return true;
    const rest = view.sentence.text.slice(token.start - view.sentence.start);
    return TEMPORAL.test(rest) || dates.some((date) => date.start === token.start) || numbers.some((number) => number.start === token.start);
  };
  let end = (tokens[head] as Token).end;
  let i = head + 1;
  const preposition = bare(tokens[i]);
  const placeNext = places.some((place) => place.start === tokens[i + 1]?.start);
  if ((preposition === "from" || preposition === "of" || ((preposition === "in" || preposition === "to") && placeNext)) && !stops(i)) {
    i++;
    const inPhrase = (token: Token | undefined) => token && !token.tags.has("Verb") && !token.tags.has("Conjunction") && !RELATIVE_PRONOUNS.has(bare(token));
    while (!stops(i) && inPhrase(tokens[i])) end = (tokens[i++] as Token).end;
  }
  // "defectors now living in the South": an adverb may stand before the participle.
  if (tokens[i]?.tags.has("Adverb") && tokens[i + 1]?.tags.has("Gerund")) i++;
  const opener = tokens[i];
  const clause = opener && !stops(i) && (RELATIVE_PRONOUNS.has(bare(opener)) || opener.tags.has("Gerund") || (bare(opener) === "to" && tokens[i + 1]?.tags.has("Verb")));
  if (clause) {
    // The clause's own verb group ("who have defected", "having come") is kept; the next verb is the sentence's own.
    let verbSeen = false;
    for (let first = i; !stops(i); i++) {
      const token = tokens[i] as Token;
      if (token.tags.has("Verb") && !token.tags.has("Particle")) {
        const previous = tokens[i - 1];
        const joined = i === first || VERB_GROUP_WORDS.has(bare(previous)) || previous?.tags.has("Adverb") || RELATIVE_PRONOUNS.has(bare(previous));
        if (verbSeen && !joined) break;
        verbSeen = true;
      }
      end = token.end;
    }
  }
  // "North Koreans who sought asylum in South Korea in| 2015": the phrase ends at its last content word.
  let last = tokens.findIndex((token) => token.end === end);
  while (last > head && TRAILING_WORDS.has(bare(tokens[last]))) end = (tokens[--last] as Token).end;
  return end;
}

function breaksBefore(view: SentenceView, i: number): boolean {
  const token = view.sentence.tokens[i];
  const previous = view.sentence.tokens[i - 1];
  if (!token || !previous) return false;
  return PHRASE_BREAK.test(view.sentence.text.slice(previous.end - view.sentence.start, token.start - view.sentence.start));
}

function isNounish(token: Token): boolean {
  const tags = token.tags;
  if (tags.has("Determiner") || tags.has("Preposition") || tags.has("Pronoun") || tags.has("Conjunction") || tags.has("Value")) return false;
  if (tags.has("Verb") && !tags.has("Noun")) return false;
  return tags.has("Noun") || tags.has("Adjective") || tags.has("ProperNoun") || /^[A-Z]/.test(token.text);
}

/** A plural noun for people: "defectors", "women", "Cubans", "MSS officials", "doctors" (not "vehicles" or "models"). */
function isPeopleNoun(view: SentenceView, token: Token): boolean {
  const word = bare(token);
  if (isPopulationNoun(token) || BREAKDOWN.has(word) || GROUP_NOUNS.has(word)) return true;
  const plural = token.tags.has("Plural") || /[a-z]s$/.test(word);
  if (!plural) return false;
  if (PEOPLE.has(word) || PEOPLE_SUFFIX.test(word) || token.tags.has("Actor")) return true;
  return mentionsOf(view, "role").some((role) => role.end === token.end);
}

/** People counted as a population: "defectors", "escapees", "North Koreans", "Eritreans" (not "workers" or "players"). */
function isPopulationNoun(token: Token): boolean {
  if (POPULATION.has(bare(token))) return true;
  const plural = token.tags.has("Plural") || /[a-z]s$/.test(token.normal);
  return plural && (token.tags.has("Demonym") || /^[A-Z][a-z]+(?:ans|ese|is)$/.test(token.text));
}

function hasMemberAlongside(afterSubject: string): boolean {
  const member = MEMBER_ALONGSIDE.exec(afterSubject);
  if (!member) return false;
  // "and their families" adds people; "and the team doctor" adds one.
  return ![member[1], member[2]].some((word) => word !== undefined && (/s$/i.test(word) || BREAKDOWN.has(word.toLowerCase())));
}

/** A date that can be a figure's period: not the dateline, not the day something was said, not a year naming an occasion. */
function isPeriodCandidate(view: SentenceView, date: DateMention): boolean {
  const text = view.sentence.text;
  const before = text.slice(0, date.start - view.sentence.start);
  const dateline = DATELINE.exec(text);
  if (dateline && date.end - view.sentence.start <= dateline.index + dateline[0].length + 12 && !/[a-z]{4,}\s+$/.test(before)) return false;
  // "after the 1976 games"
  return !REPORT_BEFORE.test(before) && !(date.timeframe.precision === "year" && YEAR_MODIFIES.test(text.slice(date.end - view.sentence.start)));
}

/**
 * "between 1961 and 1988", "from January to September", "in the year to March": dates that bound a period the date
 * finder did not read as one; either alone would misstate it.
 */
function spanEnds(view: SentenceView): DateMention[] {
  const text = view.sentence.text;
  const dates = mentionsOf(view, "date");
  return dates.flatMap((date, index) => {
    const next = dates[index + 1];
    if (!next) return [];
    const lead = text.slice(0, date.start - view.sentence.start);
    const link = text.slice(date.end - view.sentence.start, next.start - view.sentence.start);
    return SPAN_OPENING.test(lead) && SPAN_LINK.test(link) ? [date, next] : [];
  }).concat(dates.filter((date) => PERIOD_END.test(text.slice(0, date.start - view.sentence.start))));
}

/**
 * The period a figure covers: the date after it in its own clause ("18 in 2014", "135 ... during the first quarter"),
 * else the nearest date before it since the previous figure ("Last year, 1,047 ...", "peaked in 2009 with 2,914");
 * a figure compared with ("down from 1,127 a year earlier") has only its own, not the one it is compared to.
 */
function periodOf(
  view: SentenceView,
  number: NumberMention,
  dates: readonly DateMention[],
  bounds: { from: number; to: number },
  comparison: boolean,
): DateMention | null {
  const text = view.sentence.text;
  const offset = view.sentence.start;
  const after = dates.find(
    (date) =>
      date.start >= number.end &&
      date.start < bounds.to &&
      date.start - number.end <= PERIOD_REACH &&
      !PHRASE_BREAK.test(text.slice(number.end - offset, date.start - offset)),
  );
  if (after || comparison) return after ?? null;
  return dates.filter((date) => date.end <= number.start && date.start >= bounds.from).at(-1) ?? null;
}

/** A single day or month is the date of one event; a year, a quarter, a running total is the period of a tally. */
function periodKind(timeframe: Timeframe): "event" | "aggregate" | "running" {
  if (/\b(?:since|so\s+far|to\s+date|as\s+of|until)\b/i.test(timeframe.text) || (timeframe.start === null && timeframe.end !== null)) return "running";
  if (timeframe.start === null || timeframe.end === null) return /\b(?:years?|decades?|\d{4}s?|recent)\b/i.test(timeframe.text) ? "aggregate" : "event";
  const days = (Date.parse(timeframe.end) - Date.parse(timeframe.start)) / 86_400_000;
  return timeframe.precision === "year" || days > 31 ? "aggregate" : "event";
}
