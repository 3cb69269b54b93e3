// Reads a record's slots from the clause around its trigger: organisation, origin, destination, timeframe, companions.
import type { ExplainedField, Place, Timeframe } from "../contract.js";
import { alternation } from "../data/index.js";
import type { DateMention, OrganisationMention, PlaceMention, Source, Trigger } from "../types.js";
import { fromMention, mentionsOf, tokenAt, type SentenceView } from "./draft.js";
import { bare, COMPANIONS, isReportingVerb } from "./grammar.js";
import { clauseEnd, type Subject } from "./subjects.js";

export interface ClauseSlots {
  organisation: OrganisationMention | null;
  origin: Place | null;
  destination: Place | null;
  timeframe: Timeframe | null;
  companions: string[];
  /** The rule and words behind each filled slot. */
  sources: Partial<Record<ExplainedField, Source>>;
}

/** Rule ids of the slot choices below. */
const SLOT_RULES = {
  destinationToward: "destination/toward",
  destinationArrival: "destination/arrival-place",
  destinationFinalLeg: "destination/final-leg",
  originFrom: "origin/from",
  originAt: "origin/at-after-trigger",
  originBefore: "origin/at-before-trigger",
  originHost: "origin/organisation-host",
  originPosting: "origin/posting",
  organisation: "organisation/clause",
  timeframeAfter: "timeframe/clause-after-trigger",
  timeframeBefore: "timeframe/clause-before-trigger",
  companions: "companions/with-family",
} as const;

/** Prepositions after a trigger that name where the person went, or where they left from. */
const TOWARD = new Set(["to", "into", "toward", "towards", "for"]);
const AWAY = new Set(["from"]);
/** "in Beijing", "at the embassy": where they were (or, after an arrival, where they came). */
const AT = new Set(["in", "at", "posted"]);
/** "posted in Beijing", "stationed in Vladivostok": a posting names the origin wherever it stands in the sentence. */
const POSTED = "posted";
const POSTING_VERBS = new Set(["stationed", "based", "posted", "working", "worked", "living", "serving", "assigned", "dispatched", "sent"]);
/** Words between a preposition and a place name: "in a Chinese city Ningbo", "in the port of Nampo". */
const PLACE_LEAD = new Set(["city", "town", "port", "capital", "province", "region", "village", "county", "country", "of"]);
/** How far after the trigger an "in X" still says where the person was ("absconded in Russia"). */
const AT_REACH = 60;

const companionPattern = new RegExp(
  `\\bwith\\s+(?:his|her|their)\\s+((?:${alternation(COMPANIONS)}(?:\\s*,\\s*|\\s+and\\s+(?:his|her|their\\s+)?)?)+)`,
  "i",
);

export function readSlots(view: SentenceView, trigger: Trigger, subject: Subject | null): ClauseSlots {
  const triggerToken = tokenAt(view, trigger.start);
  const end = view.sentence.tokens[clauseEnd(view, triggerToken)]?.start ?? view.sentence.end;
  const from = subject ? Math.min(subject.start, subject.clauseStart) : trigger.start;
  const places = usablePlaces(view, from, end);
  const arrival = trigger.arrival;
  const before = places.filter((mention) => mention.end <= trigger.start);
  const after = places.filter((mention) => mention.start >= (arrival ? trigger.start : trigger.end));
  const sources: ClauseSlots["sources"] = {};
  const chosen: { origin?: Place; destination?: Place } = {};
  const choose = (field: "origin" | "destination", place: Place, source: Source) => {
    chosen[field] = place;
    sources[field] = source;
  };
  const fromPlace = (field: "origin" | "destination", mention: PlaceMention, rule: string) => choose(field, mention.place, fromMention(rule, mention));

  for (const mention of after) {
    const preposition = prepositionBefore(view, mention);
    if (chosen.destination && TOWARD.has(preposition) && isFinalLeg(view, mention)) fromPlace("destination", mention, SLOT_RULES.destinationFinalLeg);
    else if (!chosen.destination && TOWARD.has(preposition)) fromPlace("destination", mention, SLOT_RULES.destinationToward);
    else if (!chosen.origin && AWAY.has(preposition)) fromPlace("origin", mention, SLOT_RULES.originFrom);
    else if (AT.has(preposition) && arrival && !chosen.destination) fromPlace("destination", mention, SLOT_RULES.destinationArrival);
    else if (AT.has(preposition) && !chosen.origin && mention.start - trigger.end < AT_REACH) fromPlace("origin", mention, SLOT_RULES.originAt);
  }
  const organisation = pickOrganisation(view, from, end);
  if (organisation) sources.organisation = fromMention(SLOT_RULES.organisation, organisation);
  if (!chosen.origin) {
    const placeBefore = before.find((mention) => AT.has(prepositionBefore(view, mention)) || AWAY.has(prepositionBefore(view, mention)));
    const posting = () => usablePlaces(view, view.sentence.start, view.sentence.end).find((mention) => prepositionBefore(view, mention) === POSTED);
    if (placeBefore) fromPlace("origin", placeBefore, SLOT_RULES.originBefore);
    else if (organisation?.host) choose("origin", organisation.host, fromMention(SLOT_RULES.originHost, organisation));
    else {
      const posted = posting();
      if (posted) fromPlace("origin", posted, SLOT_RULES.originPosting);
    }
  }
  const timeframe = pickTimeframe(view, trigger, from, end);
  if (timeframe) sources.timeframe = fromMention(timeframe.start >= trigger.end ? SLOT_RULES.timeframeAfter : SLOT_RULES.timeframeBefore, timeframe);
  const companions = readCompanions(view, trigger.end, end);
  if (companions) sources.companions = { rule: SLOT_RULES.companions, start: companions.start, end: companions.end };

  return {
    organisation,
    origin: chosen.origin ?? null,
    destination: chosen.destination ?? null,
    timeframe: timeframe?.timeframe ?? null,
    companions: companions?.words ?? [],
    sources,
  };
}

/** "to cross into Laos, then onward to South Korea": a later leg of the journey says where it ends. */
const FINAL_LEG = /\b(?:then|onward|onwards|eventually|finally|later|before\s+(?:heading|going|travelling|traveling|moving)|en\s+route)\s+(?:\w+\s+){0,2}$/i;

function isFinalLeg(view: SentenceView, mention: PlaceMention): boolean {
  const lead = view.sentence.text.slice(Math.max(0, mention.start - view.sentence.start - 40), mention.start - view.sentence.start);
  return FINAL_LEG.test(lead.replace(/\b(?:to|into|toward|towards)\s+(?:the\s+)?$/i, ""));
}

/** Places that can be a record's origin or destination: not part of an organisation's name, not a possessive. */
function usablePlaces(view: SentenceView, from: number, to: number): PlaceMention[] {
  const organisations = mentionsOf(view, "organisation");
  return mentionsOf(view, "place", from, to).filter((mention) => {
    const inside = organisations.some((org) => mention.start >= org.start && mention.end <= org.end && !isHost(org, mention));
    const following = view.sentence.text.slice(mention.end - view.sentence.start, mention.end - view.sentence.start + 2);
    return !inside && !/^['’]s/.test(following) && !/^-/.test(following) && !isAttributive(view, mention);
  });
}

/** "the North Korea military's bureau", "a China policy": a place naming a noun after it is no location. */
function isAttributive(view: SentenceView, mention: PlaceMention): boolean {
  const next = view.sentence.tokens[tokenAt(view, mention.end)];
  if (!next || next.start !== mention.end + 1) return false;
  return next.tags.has("Noun") && !next.tags.has("Date") && !next.tags.has("ProperNoun") && !next.tags.has("Pronoun");
}

function isHost(organisation: OrganisationMention, place: PlaceMention): boolean {
  return organisation.host !== null && organisation.host.name === place.place.name;
}

function prepositionBefore(view: SentenceView, mention: PlaceMention): string {
  const tokens = view.sentence.tokens;
  const first = tokenAt(view, mention.start);
  let index = first - 1;
  while (index >= 0 && first - index <= 4 && isPlaceLead(tokens[index])) index--;
  const word = bare(tokens[index]);
  if ((word === "in" || word === "at") && POSTING_VERBS.has(bare(tokens[index - 1]))) return POSTED;
  return word;
}

function isPlaceLead(token: SentenceView["sentence"]["tokens"][number] | undefined): boolean {
  if (!token) return false;
  return token.tags.has("Determiner") || token.tags.has("Adjective") || token.tags.has("Demonym") || PLACE_LEAD.has(bare(token));
}

/** The defector's body: the nearest named or typed one in the clause, never a media outlet or a reporting agency. */
function pickOrganisation(view: SentenceView, from: number, to: number): OrganisationMention | null {
  const candidates = mentionsOf(view, "organisation", from, to).filter(
    (mention) => mention.type !== "media" && !(mention.country === "KR" && mention.type !== "restaurant"),
  );
  return candidates.find((mention) => mention.canonical !== null) ?? candidates[0] ?? null;
}

/** The date of the event: inside the clause after the trigger first, else before it; never the date a source spoke. */
function pickTimeframe(view: SentenceView, trigger: Trigger, from: number, to: number): DateMention | null {
  const dates = mentionsOf(view, "date", from, to).filter((mention) => !afterReportingVerb(view, mention.start));
  const after = dates.find((mention) => mention.start >= trigger.end);
  const before = dates.filter((mention) => mention.end <= trigger.start).at(-1);
  return after ?? before ?? null;
}

function afterReportingVerb(view: SentenceView, start: number): boolean {
  const tokens = view.sentence.tokens;
  const index = tokenAt(view, start);
  for (let i = index - 1; i >= Math.max(0, index - 2); i--) {
    if (isReportingVerb(tokens[i])) return true;
  }
  return false;
}

/** "with his wife and child" -> ["wife", "child"]; "with his family members" -> ["family"]. */
function readCompanions(view: SentenceView, from: number, to: number): { words: string[]; start: number; end: number } | null {
  const clause = view.sentence.text.slice(from - view.sentence.start, to - view.sentence.start);
  const match = companionPattern.exec(clause);
  if (!match?.[1]) return null;
  const words = match[1]
    .split(/\s*,\s*|\s+and\s+/i)
    .map((part) => part.replace(/^(?:his|her|their)\s+/i, "").trim().toLowerCase().replace(/^family members$/, "family"))
    .filter((part) => part.length > 0);
  const start = from + match.index;
  return words.length > 0 ? { words, start, end: start + match[0].length } : null;
}
