// Reads a record's slots from the clause around its trigger: organisation, origin, destination, timeframe, companions.
import type { Place, Timeframe } from "../contract.js";
import { alternation } from "../data/index.js";
import type { OrganisationMention, PlaceMention, Trigger } from "../types.js";
import { mentionsOf, tokenAt, type SentenceView } from "./draft.js";
import { bare, COMPANIONS, isReportingVerb } from "./grammar.js";
import { clauseEnd, type Subject } from "./subjects.js";

export interface ClauseSlots {
  organisation: OrganisationMention | null;
  origin: Place | null;
  destination: Place | null;
  timeframe: Timeframe | null;
  companions: string[];
}

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
/** Triggers whose "in X" is where they arrived, not where they were. */
const ARRIVAL_RULES = new Set(["trigger/seek-asylum", "trigger/arrive-in-the-south"]);

const companionPattern = new RegExp(
  `\\bwith\\s+(?:his|her|their)\\s+((?:${alternation(COMPANIONS)}(?:\\s*,\\s*|\\s+and\\s+(?:his|her|their\\s+)?)?)+)`,
  "i",
);

export function readSlots(view: SentenceView, trigger: Trigger, subject: Subject | null): ClauseSlots {
  const triggerToken = tokenAt(view, trigger.start);
  const end = view.sentence.tokens[clauseEnd(view, triggerToken)]?.start ?? view.sentence.end;
  const from = subject ? Math.min(subject.start, subject.clauseStart) : trigger.start;
  const places = usablePlaces(view, from, end);
  const arrival = ARRIVAL_RULES.has(trigger.rule);
  const before = places.filter((mention) => mention.end <= trigger.start);
  const after = places.filter((mention) => mention.start >= (arrival ? trigger.start : trigger.end));

  let origin: Place | null = null;
  let destination: Place | null = null;
  for (const mention of after) {
    const preposition = prepositionBefore(view, mention);
    if (destination === null && TOWARD.has(preposition)) destination = mention.place;
    else if (origin === null && AWAY.has(preposition)) origin = mention.place;
    else if (AT.has(preposition) && arrival && destination === null) destination = mention.place;
    else if (AT.has(preposition) && origin === null && mention.start - trigger.end < AT_REACH) origin = mention.place;
  }
  const organisation = pickOrganisation(view, from, end);
  origin ??= before.find((mention) => AT.has(prepositionBefore(view, mention)) || AWAY.has(prepositionBefore(view, mention)))?.place ?? null;
  origin ??= organisation?.host ?? null;
  origin ??= usablePlaces(view, view.sentence.start, view.sentence.end).find((mention) => prepositionBefore(view, mention) === POSTED)?.place ?? null;

  return {
    organisation,
    origin,
    destination,
    timeframe: pickTimeframe(view, trigger, from, end),
    companions: readCompanions(view.sentence.text.slice(trigger.end - view.sentence.start, end - view.sentence.start)),
  };
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
function pickTimeframe(view: SentenceView, trigger: Trigger, from: number, to: number): Timeframe | null {
  const dates = mentionsOf(view, "date", from, to).filter((mention) => !afterReportingVerb(view, mention.start));
  const after = dates.find((mention) => mention.start >= trigger.end);
  const before = dates.filter((mention) => mention.end <= trigger.start).at(-1);
  return (after ?? before)?.timeframe ?? null;
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
function readCompanions(clause: string): string[] {
  const match = companionPattern.exec(clause);
  if (!match?.[1]) return [];
  return match[1]
    .split(/\s*,\s*|\s+and\s+/i)
    .map((part) => part.replace(/^(?:his|her|their)\s+/i, "").trim().toLowerCase().replace(/^family members$/, "family"))
    .filter((part) => part.length > 0);
}
