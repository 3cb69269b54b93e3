// Where a defector left from and where they went, chosen among the places of the trigger's clause by the frame each
// stands in: a post, a venue or a place of arrest is an origin; a place reached or headed for is a destination; a place
// they were sent back to is neither.
import type { Place } from "../contract.js";
import { alternation } from "../data/index.js";
import slotWords from "../data/slots.json";
import { countryOfDemonym } from "../normalise/places.js";
import type { Source, Trigger } from "../types.js";
import { fromMention, mentionsOf, tokenAt, type OrganisationMention, type PlaceMention, type SentenceView } from "./draft.js";
import { bare, isReportingVerb, VERB_GROUP_WORDS } from "./grammar.js";
import { frameOf, openerIndex, saysArrest, type PlaceFrame } from "./place-frames.js";
import type { SlotWindow } from "./slot-window.js";

/** Rule ids of origin and destination choices. */
const MOVEMENT_RULES = {
  destinationReached: "destination/reached",
  destinationToward: "destination/toward",
  destinationFinalLeg: "destination/final-leg",
  destinationArrival: "destination/arrival-place",
  destinationWhere: "destination/where-clause",
  destinationHere: "destination/asked-here",
  destinationSince: "destination/since-flight",
  destinationResidence: "destination/lives-since",
  destinationGrantor: "destination/asylum-from",
  originPosting: "origin/posting",
  originVenue: "origin/event-venue",
  originArrest: "origin/place-of-arrest",
  originFrom: "origin/from",
  originAt: "origin/at-after-trigger",
  originBefore: "origin/at-before-trigger",
  originHost: "origin/organisation-host",
  originRefugeHost: "origin/refuge-host",
  originNative: "origin/native-country",
} as const;

export interface Movement {
  origin: Place | null;
  destination: Place | null;
  sources: { origin?: Source; destination?: Source };
}

interface Candidate {
  place: Place;
  source: Source;
  /** Lower is surer; ties go to the earlier place. */
  rank: number;
}

/** "defect", "defection", "defector": words whose "from" takes what is left as an allegiance (a state, a party). */
const ALLEGIANCE_WORD = /^defect/i;
const FACILITIES: ReadonlySet<string> = new Set(slotWords.facilityNouns);
/** How far after the trigger an "in X" still says where the person was ("absconded in Russia"). */
const AT_REACH = 60;

/** "to cross into Laos, then onward to South Korea": a later leg of the journey says where it ends. */
const FINAL_LEG = /\b(?:then|onward|onwards|eventually|finally|later|before\s+(?:heading|going|travelling|traveling|moving)|en\s+route)\s+(?:\w+\s+){0,2}$/i;
/** "announced in Miami Beach that he will seek asylum here": the place he spoke in is where he asks to stay. */
const HERE = /^\s+(?:[\w'’-]+\s+)?here\b/i;
/** "Russia's Amur Province", "eastern China's Zhejiang Province": an area the gazetteer lacks, named under its country. */
const POSSESSED_AREA = /^['’]s?\s+((?:\p{Lu}[\p{L}-]*\s+){1,3}(?:Province|Region|Oblast|Krai|Prefecture|County|State|District|province|region|oblast|prefecture|county|state|district))(?![\p{L}])/u;
/** "made a daring flight to Turkey, where he requested asylum in the United States": he asked where he landed. */
const WHERE_CLAUSE = /^\s*[,(]?\s*where\s+(?:[\w'’-]+\s+){0,4}$/i;
/** "finds herself in Bogota after deserting", "has lived in Miami since he defected": the flight is told as what came before. */
const AFTER_FLIGHT = /\b(?:after|since)\s+(?:(?:he|she|they|having|had|has|have|was|were|being|first|finally)\s+){0,2}$/i;
const nativePattern = new RegExp(
  `\\b(?:${alternation(slotWords.leavingVerbs)}|from)\\s+((?:his|her|their)\\s+(?:${alternation(slotWords.nativePlaces)}))\\b`,
  "i",
);

/** Origin and destination from the places of the window, ranked by frame; an organisation's host is the fallback origin. */
export function readMovement(
  view: SentenceView,
  trigger: Trigger,
  window: SlotWindow,
  organisation: OrganisationMention | null,
  refuges: readonly OrganisationMention[],
): Movement {
  const places = locatedPlaces(view, window.from, window.circumstanceEnd);
  const origins: Candidate[] = [];
  const destinations: Candidate[] = [];
  const afterFrom = trigger.arrival ? trigger.start : trigger.end;
  const askedHere = trigger.arrival && HERE.test(between(view, trigger.end, window.end));
  // "Thai police arrested 19 defectors who had entered the country in Chiang Rai": where they were is where they were held.
  const held = trigger.status === "arrested" || saysArrest(view, window.from, window.subjectStart);
  // "Martinez finds herself in Bogota after deserting in Venezuela": where the main clause has her is where she went.
  const sinceFlight = AFTER_FLIGHT.test(between(view, window.from, trigger.start));
  let headingFound = false;
  for (const located of places) {
    const { mention } = located;
    const frame = frameOf(view, mention);
    const origin = (rank: number, rule: string) => origins.push({ place: located.place, source: sourceOf(rule, located), rank });
    const destination = (rank: number, rule: string) => destinations.push({ place: located.place, source: sourceOf(rule, located), rank });
    if (mention.start >= window.end) readCircumstance(frame, window, origin, destination);
    else if (mention.end <= trigger.start && sinceFlight && !held && (frame === "at" || frame === "posted") && saysWhereabouts(view, mention) && !inTelling(view, mention, trigger, window) && !inOtherClause(view, mention, window)) {
      if (!within(refuges, mention)) destination(2, MOVEMENT_RULES.destinationSince);
    } else if (frame === "posted") {
      if (!inLaterConjunct(view, trigger, mention)) origin(0, MOVEMENT_RULES.originPosting);
    } else if (frame === "venue") origin(0, MOVEMENT_RULES.originVenue);
    else if (frame === "arrested") origin(1, MOVEMENT_RULES.originArrest);
    else if (mention.start >= afterFrom) {
      if (frame === "reached") destination(0, MOVEMENT_RULES.destinationReached);
      else if (frame === "toward" && !within(refuges, mention)) {
        if (headingFound && isFinalLeg(view, mention)) destination(-1, MOVEMENT_RULES.destinationFinalLeg);
        else if (!headingFound) destination(1, MOVEMENT_RULES.destinationToward);
        headingFound = true;
      } else if (frame === "left" && isGrantor(view, located, window, trigger)) destination(1, MOVEMENT_RULES.destinationGrantor);
      else if (frame === "left" && !isAllegiance(view, trigger, window, located.place)) origin(1, MOVEMENT_RULES.originFrom);
      else if (frame === "at" && held) origin(1, MOVEMENT_RULES.originArrest);
      else if (frame === "at" && trigger.arrival && !within(refuges, mention)) destination(2, MOVEMENT_RULES.destinationArrival);
      // "were spotted in a small boat off Fukaura": where the arrival was seen is where they came.
      else if (frame === "near" && trigger.frame === "sighted") destination(3, MOVEMENT_RULES.destinationArrival);
      // "fled to Turkey, joining officers in a camp in Hatay": once they are heading somewhere, "in X" is over there.
      else if (frame === "at" && !headingFound && mention.start - trigger.end < AT_REACH && !predicateBetween(view, trigger, mention)) origin(2, MOVEMENT_RULES.originAt);
    } else if (mention.end <= trigger.start) {
      const telling = inTelling(view, mention, trigger, window) || inOtherClause(view, mention, window);
      if ((frame === "toward" || frame === "reached") && !within(refuges, mention) && WHERE_CLAUSE.test(between(view, mention.end, trigger.start))) destination(0, MOVEMENT_RULES.destinationWhere);
      else if (frame === "at" && telling && askedHere) destination(0, MOVEMENT_RULES.destinationHere);
      else if (frame === "left" && !telling) origin(mention.start < window.subjectEnd + 2 ? 1 : 2, MOVEMENT_RULES.originFrom);
      // "was questioned in Moscow after he defected": what happened after the flight is not where it began.
      else if (frame === "at" && !telling && !sinceFlight) origin(mention.start < window.subjectEnd + 2 ? 1 : 2, MOVEMENT_RULES.originBefore);
    }
  }
  const native = nativeCountry(view, trigger, window);
  if (native) origins.push({ ...native, rank: 3 });
  if (organisation?.host) origins.push({ place: organisation.host, source: fromMention(MOVEMENT_RULES.originHost, organisation), rank: 3 });
  const hosted = refuges.find((refuge) => refuge.host !== null);
  if (hosted?.host) origins.push({ place: hosted.host, source: fromMention(MOVEMENT_RULES.originRefugeHost, hosted), rank: 3 });
  const home = residenceSince(view, trigger, window);
  if (home) destinations.push({ place: home.place, source: sourceOf(MOVEMENT_RULES.destinationResidence, home), rank: 3 });
  const posting = mentionsOf(view, "place").find(
    (mention) =>
      usable(view, mention) &&
      frameOf(view, mention) === "posted" &&
      !inLaterConjunct(view, trigger, mention) &&
      !(sinceFlight && mention.start >= window.from && mention.end <= trigger.start) &&
      mention !== home?.mention &&
      !inAttribution(view, trigger, window, mention),
  );
  if (posting) origins.push({ place: posting.place, source: fromMention(MOVEMENT_RULES.originPosting, posting), rank: 4 });

  const origin = best(origins);
  const destination = best(destinations);
  const sources: Movement["sources"] = {};
  if (origin) sources.origin = origin.source;
  if (destination) sources.destination = destination.source;
  return { origin: origin?.place ?? null, destination: destination?.place ?? null, sources };
}

/**
 * In "while serving in London", "after escaping a restaurant in Ningbo" or "after landing at Trabzon" only a post, a
 * place left (or where the place left stood) and one reached count, and a venue only while the person was at it:
 * "after the summit in Hanoi" tells what came before. "before reaching South Korea" tells the last leg.
 */
function readCircumstance(
  frame: PlaceFrame,
  window: SlotWindow,
  origin: (rank: number, rule: string) => void,
  destination: (rank: number, rule: string) => void,
): void {
  if (window.circumstanceLater) {
    if (frame === "reached" || frame === "toward") destination(-2, MOVEMENT_RULES.destinationFinalLeg);
  } else if (frame === "posted") origin(0, MOVEMENT_RULES.originPosting);
  else if (frame === "venue" && window.circumstanceDates) origin(0, MOVEMENT_RULES.originVenue);
  else if (frame === "left" || (frame === "at" && window.circumstanceLeaves)) origin(2, MOVEMENT_RULES.originFrom);
  else if (frame === "reached") destination(1, MOVEMENT_RULES.destinationReached);
}

/**
 * "defected from Poland", "his defection from North Korea": one defects from a state as from a party, so the country
 * names the allegiance left, not where the person was ("a Polish ambassador to Japan who defected from Poland"); an
 * unnamed country ("defected from a Chinese-speaking country"), or another state than the person's own ("a North
 * Korean diplomat defected from Kuwait"), can only be a place.
 */
function isAllegiance(view: SentenceView, trigger: Trigger, window: SlotWindow, place: Place): boolean {
  if (!ALLEGIANCE_WORD.test(trigger.text) || place.kind !== "country" || place.country === null) return false;
  const nationality = nationalityOf(view, window.from, trigger.start);
  return nationality === null || nationality === place.country;
}

/** "requested political asylum from the United States": asylum is asked of a state. */
const ASYLUM_FROM = /\b(?:asylum|sanctuary)\s+from\s+(?:the\s+)?$/i;

/**
 * "The Soviet sailor requested political asylum from the United States": the state asked for asylum is the one that
 * takes the person in, unless it is their own ("Syrians seeking asylum from Syria" flee it).
 */
function isGrantor(view: SentenceView, located: LocatedPlace, window: SlotWindow, trigger: Trigger): boolean {
  if (located.place.kind !== "country" || located.place.country === null) return false;
  if (!ASYLUM_FROM.test(leadOf(view, located.mention))) return false;
  return nationalityOf(view, window.from, trigger.start) !== located.place.country;
}

function within(organisations: readonly OrganisationMention[], mention: PlaceMention): boolean {
  return organisations.some((organisation) => organisation.start <= mention.start && mention.end <= organisation.end);
}

/** "who defected in 2016 and now lives in Seoul": a place after another verb is where that verb happens. */
function predicateBetween(view: SentenceView, trigger: Trigger, mention: PlaceMention): boolean {
  const tokens = view.sentence.tokens;
  for (let index = tokenAt(view, trigger.end); index < tokens.length && (tokens[index]?.end ?? Infinity) <= mention.start; index++) {
    const token = tokens[index];
    if (token?.tags.has("Verb") && !token.tags.has("Participle") && !token.tags.has("Gerund") && !token.tags.has("Auxiliary") && !token.tags.has("Modal")) return true;
  }
  return false;
}

/** "and", "then": what opens a later clause of the same subject. */
const LATER_CLAUSE_OPENERS: ReadonlySet<string> = new Set(["and", "then"]);
const STATE_ADVERBS: ReadonlySet<string> = new Set(slotWords.stateAdverbs);

/**
 * "defected last year and now works in Madrid", "fled in 2009 and is living in Lyon": a post told in a coordinated
 * clause after the flight is where the person has been since, not where they left from.
 */
function inLaterConjunct(view: SentenceView, trigger: Trigger, mention: PlaceMention): boolean {
  if (mention.start < trigger.end) return false;
  const tokens = view.sentence.tokens;
  for (let index = tokenAt(view, trigger.end); index < tokens.length && (tokens[index]?.end ?? Infinity) <= mention.start; index++) {
    if (!LATER_CLAUSE_OPENERS.has(bare(tokens[index]))) continue;
    let next = index + 1;
    while (tokens[next]?.tags.has("Adverb") || STATE_ADVERBS.has(bare(tokens[next]))) next++;
    if (tokens[next]?.tags.has("Verb")) return true;
  }
  return false;
}

/** "The soldier defected on Friday, said Kim, a defector now living in Seoul": past the clause, a verb of saying opens who told it. */
function inAttribution(view: SentenceView, trigger: Trigger, window: SlotWindow, mention: PlaceMention): boolean {
  if (mention.start < window.end) return false;
  return view.sentence.tokens.some((token) => token.start >= trigger.end && token.end <= mention.start && isReportingVerb(token));
}

const RESIDENCE_VERBS: ReadonlySet<string> = new Set(slotWords.residenceVerbs);
const WHEREABOUTS_VERBS: ReadonlySet<string> = new Set([...slotWords.whereaboutsVerbs, ...slotWords.residenceVerbs, ...slotWords.postingVerbs]);
const REFLEXIVES: ReadonlySet<string> = new Set(["herself", "himself", "themselves", "itself"]);

/**
 * "finds herself in Bogota", "has lived in Miami", "was seen in Bangkok": the verb before the place says where the
 * person is, not what was done to them there ("was questioned in Moscow", "was sentenced in Pyongyang").
 */
function saysWhereabouts(view: SentenceView, mention: PlaceMention): boolean {
  const tokens = view.sentence.tokens;
  let index = openerIndex(view, mention) - 1;
  while (index >= 0 && (REFLEXIVES.has(bare(tokens[index])) || STATE_ADVERBS.has(bare(tokens[index])) || tokens[index]?.tags.has("Adverb"))) index--;
  return WHEREABOUTS_VERBS.has(bare(tokens[index]));
}
const RESIDENCE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at", "near", "outside"]);
const NOW: ReadonlySet<string> = new Set(["now", "currently"]);

/**
 * "defected in 2021 and is now living in Warsaw", "A diplomat who defected in 2016 now lives in Seoul": where the
 * person has lived since the flight is where they went. The verb must be the defector's own, in a clause coordinated
 * with the flight or as the main verb after the relative clause that tells it; not "and said his family lives in Seoul".
 */
function residenceSince(view: SentenceView, trigger: Trigger, window: SlotWindow): LocatedPlace | undefined {
  const tokens = view.sentence.tokens;
  return locatedPlaces(view, trigger.end, window.predicateEnd).find(({ mention }) => {
    const opener = openerIndex(view, mention);
    if (!RESIDENCE_PREPOSITIONS.has(bare(tokens[opener]))) return false;
    let index = opener - 1;
    // "who defected is now in Lithuania": being there now is living there since.
    const nowThere = NOW.has(bare(tokens[index])) && tokens[index - 1]?.tags.has("Copula") === true;
    if (!RESIDENCE_VERBS.has(bare(tokens[index])) && !nowThere) return false;
    if (tokens[index]?.start === window.end && window.end < window.predicateEnd) return true;
    for (index--; index >= 0 && (tokens[index]?.start ?? 0) >= trigger.end; index--) {
      const token = tokens[index];
      if (token?.start === window.end && window.end < window.predicateEnd) return true;
      if (LATER_CLAUSE_OPENERS.has(bare(token))) return true;
      if (!(VERB_GROUP_WORDS.has(bare(token)) || STATE_ADVERBS.has(bare(token)) || token?.tags.has("Adverb") || token?.tags.has("Copula"))) return false;
    }
    return (tokens[index + 1]?.start ?? -1) === window.end && window.end < window.predicateEnd;
  });
}

function best(candidates: readonly Candidate[]): Candidate | undefined {
  let chosen: Candidate | undefined;
  for (const candidate of candidates) if (!chosen || candidate.rank < chosen.rank) chosen = candidate;
  return chosen;
}

function between(view: SentenceView, start: number, end: number): string {
  return view.sentence.text.slice(start - view.sentence.start, end - view.sentence.start);
}

function isFinalLeg(view: SentenceView, mention: PlaceMention): boolean {
  const lead = view.sentence.text.slice(Math.max(0, mention.start - view.sentence.start - 40), mention.start - view.sentence.start);
  return FINAL_LEG.test(lead.replace(/\b(?:to|into|toward|towards)\s+(?:the\s+)?$/i, ""));
}

/**
 * "has fled her native country", "left his homeland": the country is the one the subject's nationality names
 * ("the Romanian athlete"), else it stays unnamed.
 */
function nativeCountry(view: SentenceView, trigger: Trigger, window: SlotWindow): Omit<Candidate, "rank"> | null {
  const text = between(view, trigger.start, window.end);
  const match = nativePattern.exec(text);
  if (!match?.[1]) return null;
  const start = trigger.start + match.index + match[0].length - match[1].length;
  const name = match[1];
  const country = nationalityOf(view, window.from, trigger.start);
  return { place: { name, country, kind: "country" }, source: { rule: MOVEMENT_RULES.originNative, start, end: start + name.length } };
}

/** The country of the first nationality word in the subject's part of the sentence ("the Romanian athlete" -> RO). */
function nationalityOf(view: SentenceView, from: number, to: number): string | null {
  const tokens = view.sentence.tokens;
  for (let index = tokenAt(view, from); index < tokens.length && (tokens[index]?.end ?? Infinity) <= to; index++) {
    const token = tokens[index];
    if (!token?.tags.has("Demonym")) continue;
    const pair = bare(tokens[index - 1]) === "north" || bare(tokens[index - 1]) === "south" ? `${tokens[index - 1]?.text} ${token.text}` : token.text;
    const country = countryOfDemonym(pair) ?? countryOfDemonym(token.text);
    if (country) return country;
  }
  return null;
}

/** How sure each origin and destination rule is; lower is surer (the ranks readMovement gives). */
const RULE_RANKS: Readonly<Record<string, number>> = {
  [MOVEMENT_RULES.destinationFinalLeg]: 0,
  [MOVEMENT_RULES.destinationReached]: 0,
  [MOVEMENT_RULES.destinationWhere]: 0,
  [MOVEMENT_RULES.destinationHere]: 0,
  [MOVEMENT_RULES.destinationToward]: 1,
  [MOVEMENT_RULES.destinationArrival]: 2,
  [MOVEMENT_RULES.destinationSince]: 2,
  [MOVEMENT_RULES.destinationResidence]: 3,
  [MOVEMENT_RULES.destinationGrantor]: 1,
  [MOVEMENT_RULES.originPosting]: 0,
  [MOVEMENT_RULES.originVenue]: 0,
  [MOVEMENT_RULES.originArrest]: 1,
  [MOVEMENT_RULES.originFrom]: 1,
  [MOVEMENT_RULES.originAt]: 2,
  [MOVEMENT_RULES.originBefore]: 2,
  [MOVEMENT_RULES.originHost]: 3,
  [MOVEMENT_RULES.originRefugeHost]: 3,
  [MOVEMENT_RULES.originNative]: 3,
};

/**
 * Whether a place found for the same event in another sentence says more than the one a record holds, by the rules
 * that chose them: where he landed over where he asked asylum ("landed at Trabzon" over "asylum in the United
 * States"), a post over a place left ("ambassador to Japan" over "defected from Poland"). Rules of other stages rank
 * with the least sure.
 */
export function placeOutranks(candidateRule: string, currentRule: string): boolean {
  const rank = (rule: string) => RULE_RANKS[rule] ?? 3;
  return rank(candidateRule) < rank(currentRule);
}

/** How narrow each kind of place is: a city lies in a region, a region in a country. */
const NARROWNESS: Readonly<Record<Place["kind"], number>> = { city: 2, region: 1, country: 0 };

/**
 * "landed at Trabzon" after "a flight to Turkey", "defected to Seoul" beside "arrived in South Korea": of two places
 * of one event in the same country, the narrower says more, whichever rule read it.
 */
export function narrowerPlace(candidate: Place, current: Place): boolean {
  return candidate.country !== null && candidate.country === current.country && NARROWNESS[candidate.kind] > NARROWNESS[current.kind];
}

/** A place the slots can use, with the mention whose frame it stands in (a possessed area stands in its country's). */
interface LocatedPlace {
  mention: PlaceMention;
  place: Place;
  start: number;
  end: number;
}

/**
 * Places that can be a record's origin or destination: not part of an organisation's name, not a possessive; but a
 * possessive country before an area it names ("from Russia's Amur Province") gives that area.
 */
function locatedPlaces(view: SentenceView, from: number, to: number): LocatedPlace[] {
  const located: LocatedPlace[] = [];
  for (const mention of mentionsOf(view, "place", from, to)) {
    if (usable(view, mention)) located.push({ mention, place: mention.place, start: mention.start, end: mention.end });
    else {
      const area = possessedArea(view, mention);
      if (area) located.push(area);
    }
  }
  return located;
}

function possessedArea(view: SentenceView, mention: PlaceMention): LocatedPlace | null {
  const offset = view.sentence.start;
  const match = POSSESSED_AREA.exec(view.sentence.text.slice(mention.end - offset));
  if (!match?.[1] || mention.place.country === null || !possessiveOf(mention, match[0])) return null;
  const start = mention.end + match[0].length - match[1].length;
  const end = start + match[1].length;
  if (view.mentions.some((other) => other.kind === "place" && other.start < end && start < other.end)) return null;
  return { mention, place: { name: match[1], country: mention.place.country, kind: "region" }, start, end };
}

function sourceOf(rule: string, located: LocatedPlace): Source {
  if (located.start === located.mention.start) return fromMention(rule, located.mention);
  return { rule, start: located.start, end: located.end };
}

/**
 * "announced at a nightclub in Miami Beach that he will seek asylum", "In Seoul, officials said a diplomat defected",
 * "Speaking in Seoul, the defector said he fled": a place of the clause that tells of the flight, outside the
 * subject's own description ("Xu, a diplomat in Washington, said he defected"), is where the telling happened.
 */
function inTelling(view: SentenceView, mention: PlaceMention, trigger: Trigger, window: SlotWindow): boolean {
  const saying = (start: number, end: number) => view.sentence.tokens.some((token) => token.start >= start && token.end <= end && isReportingVerb(token));
  if (mention.start >= window.subjectEnd) return saying(window.subjectEnd, mention.start);
  return mention.end <= window.subjectStart && (saying(mention.end, window.subjectStart) || saying(window.subjectEnd, trigger.start));
}

/**
 * "three months after the truce that stopped the guns on the Korean peninsula, he flew ...": before the subject, a
 * place in a stretch with a verb of its own belongs to another clause; "In Beijing, a diplomat defected" has none.
 */
function inOtherClause(view: SentenceView, mention: PlaceMention, window: SlotWindow): boolean {
  if (mention.end > window.subjectStart) return false;
  return view.sentence.tokens.some((token) => token.start >= window.from && token.end <= window.subjectStart && token.tags.has("Verb") && !/^\p{Lu}/u.test(token.text));
}

function usable(view: SentenceView, mention: PlaceMention): boolean {
  const organisations = mentionsOf(view, "organisation");
  const inside = organisations.some((org) => mention.start >= org.start && mention.end <= org.end && !isHost(org, mention));
  const following = view.sentence.text.slice(mention.end - view.sentence.start, mention.end - view.sentence.start + 2);
  const possessive = possessiveOf(mention, following) && !POSSESSED_FACILITY.test(view.sentence.text.slice(mention.end - view.sentence.start));
  return !inside && !possessive && !/^-/.test(following) && !isAttributive(view, mention);
}

/** "Russia's", and with the apostrophe alone after a name ending in "s": "Laos’ Oudomxay province", "the United States' embassy". */
function possessiveOf(mention: PlaceMention, following: string): boolean {
  return /^['’]s(?!\p{L})/u.test(following) || (/s$/.test(mention.text) && /^['’](?!\p{L})/u.test(following));
}

/** "landed at Taipei's international airport", "at Seoul's Gimpo airport": a city's facility stands where the city is. */
const POSSESSED_FACILITY = new RegExp(`^['’]s?\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${alternation(slotWords.facilityNouns)})\\b`, "iu");

/**
 * "the North Korea military's bureau", "a China policy": a place naming a noun after it is no location, unless the
 * noun is a place of its own there ("Trabzon airport", "the Gimpo air base").
 */
function isAttributive(view: SentenceView, mention: PlaceMention): boolean {
  const next = view.sentence.tokens[tokenAt(view, mention.end)];
  if (!next || next.start !== mention.end + 1 || FACILITIES.has(bare(next))) return false;
  return next.tags.has("Noun") && !next.tags.has("Date") && !next.tags.has("ProperNoun") && !next.tags.has("Pronoun");
}

function isHost(organisation: OrganisationMention, place: PlaceMention): boolean {
  return organisation.host !== null && organisation.host.name === place.place.name;
}

/**
 * "He was stationed at an air base near Batumi.", "Wang took off from Daishan Air Base in Zhejiang Province.": a
 * sentence about a known defector that names their post, or where they left from, gives the origin without a
 * trigger of its own.
 */
export function readPostingOrigin(view: SentenceView): { place: Place; source: Source } | null {
  // "took off from Daishan Air Base in eastern China's Zhejiang Province": the area stands in its country's frame.
  const places = locatedPlaces(view, view.sentence.start, view.sentence.end);
  const posted = places.find(({ mention }) => frameOf(view, mention) === "posted" || frameOf(view, mention) === "venue");
  const left = posted ?? places.find(({ mention }) => frameOf(view, mention) === "left" && TAKE_OFF.test(leadOf(view, mention)));
  return left ? { place: left.place, source: sourceOf(MOVEMENT_RULES.originPosting, left) } : null;
}

/** "took off from", "left from", "set out from", "departed from": where a journey started. */
const TAKE_OFF = /\b(?:took\s+off|taken\s+off|set\s+(?:out|off|sail)|departed|departing|left|sailed|flew|escaped|fled)\s+from\s+(?:[\w'’-]+\s+){0,6}$/i;

function leadOf(view: SentenceView, mention: PlaceMention): string {
  return view.sentence.text.slice(0, mention.start - view.sentence.start);
}
