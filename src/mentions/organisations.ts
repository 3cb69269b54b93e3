// Organisation mentions: gazetteer bodies and generic ones ("embassy in London", "a Pyongyang-run restaurant", "the
// freighter Marshal Konyev"), named as worded but without a possessive owner ("North Korea's trade mission in Russia"
// -> "trade mission in Russia"); a country's own "army" or "air force" gets the canonical name of that country's body.
import type { Place } from "../contract.js";
import type { Knowledge, OrganisationEntry } from "../data/index.js";
import { caseFits, nationalBody, organisationIndex, organisationKey } from "../normalise/organisations.js";
import { gazetteerMatches } from "../normalise/gazetteer.js";
import { countryOfDemonym, lookupPlace, placeKey, placeTable, writtenAs } from "../normalise/places.js";
import type { Mention, OrganisationMention, PlaceMention, Sentence } from "../types.js";
import { findPlaces, NO_PLACE_CONTEXT } from "./places.js";

interface Cue {
  start: number;
  end: number;
  /** Null for a nationality word of a country that no longer has a code ("Soviet"). */
  country: string | null;
  /** A nationality word ("North Korean embassy") belongs in the name; a possessive owner does not. */
  adjective: boolean;
}

/** Between an owner and its body: "'s", "'s notorious", " military's ", "' " after "Laos", or a plain space after a nationality word. */
const OWNER_GAP = /^(?:['’]s?)?(?:\s+\p{Ll}[\p{L}-]*(?:['’]s)?){0,2}\s+$/u;
/** "Pyongyang-run restaurant", "state-owned trading company": the modifier is part of the name. */
const RUN_BY = /(?<![\p{L}])((?:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?|state|government|party|military))-(?:run|owned|operated|controlled|backed)\s+$/u;
/** "the Hong Kong headquarters of Room 39": a named body's outpost, hosted in the place before it. */
const OUTPOST_OF = /(?<![\p{L}])(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\s+(?:headquarters|branch|branch office|office|offices|bureau|outpost|mission)\s+of\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+)?$/u;
/** "Korea Kwangson Banking Corp's branch in Dandong". */
const OUTPOST_IN = /^(?:['’]s)?\s+(?:headquarters|branch|branch office|office|offices|bureau|outpost|mission|representative office)\s+in\s+/u;
/** "embassy in London", "restaurant in a Chinese city Ningbo"; a mission may also be "to" its host. */
const HOST_AFTER = /^\s+(?:in|at)\s+/;
const MISSION_HOST_AFTER = /^\s+(?:in|at|to)\s+/;
/** Words between the preposition and the host's name. */
const HOST_LEAD = /^(?:(?:the|a|an|city|town|port|capital|of|border|\p{Lu}[\p{L}.-]*)\s+){0,3}$/u;
/** A parent named as the owner of the next body: "the Workers Party's notorious Room 39" reports Room 39 only. */
const PARENT_GAP = /^['’]s(?:\s+\p{Ll}[\p{L}-]*){0,2}\s+$/u;
/** A vessel's own name after its kind: "freighter Marshal Konyev", "the trawler “Mayak”". */
const VESSEL_NAME = /^\s+["“‘']?((?:\p{Lu}[\p{L}'’.-]*|\d+)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|\d+)){0,3})["”’']?/u;
const RULES = {
  gazetteer: "organisation/gazetteer",
  generic: "organisation/generic",
  outpost: "organisation/outpost",
  national: "organisation/national-body",
  vessel: "organisation/named-vessel",
  settled: "organisation/settled-name",
} as const;
/** Day and month names, which follow a vessel's kind as a date ("a trawler Monday"), never as its name. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  ...Array.from({ length: 7 }, (_, day) => new Intl.DateTimeFormat("en", { weekday: "long", timeZone: "UTC" }).format(Date.UTC(2023, 0, 1 + day))),
  ...Array.from({ length: 12 }, (_, month) => new Intl.DateTimeFormat("en", { month: "long", timeZone: "UTC" }).format(Date.UTC(2023, month, 1))),
]);

interface Scan {
  knowledge: Knowledge;
  /** Every body found, a possessive parent included ("Workers Party" in "the Workers Party's Room 39"). */
  all: OrganisationMention[];
  mentions: OrganisationMention[];
}

const memo = new WeakMap<Sentence, Scan>();

function scanned(sentence: Sentence, knowledge: Knowledge): Scan {
  const cached = memo.get(sentence);
  if (cached?.knowledge === knowledge) return cached;
  const all = scanOrganisations(sentence, knowledge);
  const scan = { knowledge, all, mentions: withoutParents(all, sentence) };
  memo.set(sentence, scan);
  return scan;
}

/** The bodies one sentence names, in text order; computed once per sentence (roles read them too). */
export function findOrganisations(sentence: Sentence, knowledge: Knowledge): OrganisationMention[] {
  return [...scanned(sentence, knowledge).mentions];
}

/** Whether a stretch of the sentence lies inside a body's name, a dropped possessive parent included. */
export function insideOrganisation(sentence: Sentence, knowledge: Knowledge, start: number, end: number): boolean {
  return scanned(sentence, knowledge).all.some((body) => body.start <= start && end <= body.end);
}

function scanOrganisations(sentence: Sentence, knowledge: Knowledge): OrganisationMention[] {
  const index = organisationIndex(knowledge);
  const text = sentence.text;
  let cues: Cue[] | undefined;
  /** Offsets relative to the sentence, like the matches. */
  let places: PlaceMention[] | undefined;
  const found: OrganisationMention[] = [];
  for (const match of gazetteerMatches(text, knowledge).organisation) {
    const name = index.names.get(organisationKey(match.text));
    if (!name || !caseFits(match.text, name)) continue;
    cues ??= countryCues(sentence, knowledge);
    places ??= findPlaces(sentence, knowledge, NO_PLACE_CONTEXT).map((place) => ({ ...place, start: place.start - sentence.start, end: place.end - sentence.start }));
    const at = match.start;
    const owner = ownerBefore(text, at, cues);
    const entry = pickEntry(name.entries, owner, cues, at);
    if (!entry) continue;
    const generic = entry.generic === true;
    const span = { start: at, end: match.end, host: null as Place | null, country: generic ? (owner?.country ?? null) : entry.country };
    let rule: string = generic ? RULES.generic : RULES.gazetteer;
    if (entry.namedOnly) {
      if (!widenVessel(text, span, owner, knowledge)) continue;
      rule = RULES.vessel;
    } else if (generic) widenGeneric(text, span, owner, entry, places, knowledge);
    else widenNamed(text, span, places, knowledge);
    if (span.host && !generic) rule = RULES.outpost;
    const national = generic ? nationalBody(match.text, nationalCountries(owner, cues, at), knowledge) : null;
    if (national) rule = RULES.national;
    const body = national ?? entry;
    const start = sentence.start + span.start;
    const end = sentence.start + span.end;
    const worded = text.slice(span.start, span.end);
    found.push({
      kind: "organisation",
      start,
      end,
      text: worded,
      sentence: sentence.index,
      rule,
      name: worded,
      canonical: body.generic ? null : body.canonical,
      type: body.type,
      country: national ? national.country : span.country,
      host: span.host,
      memberCategory: body.memberCategory,
    });
  }
  return found;
}

/**
 * "A Ministry of State Security (MSS) official defected ... three MSS officials located in Shenyang": once an article
 * has said which of the bodies sharing a name it means, a later mention with no owner of its own ("China's MSS")
 * means the same body, whatever country is named near it. Replaces such mentions in place, across the document.
 */
export function settleSharedNames(sentences: readonly Sentence[], mentionsBySentence: Mention[][], knowledge: Knowledge): void {
  const index = organisationIndex(knowledge);
  const settled: OrganisationEntry[] = [];
  sentences.forEach((sentence, position) => {
    const mentions = mentionsBySentence[position];
    if (!mentions) return;
    let cues: Cue[] | undefined;
    mentions.forEach((mention, at) => {
      if (mention.kind !== "organisation" || mention.canonical === null) return;
      const named = (index.names.get(organisationKey(mention.text))?.entries ?? []).filter((entry) => !entry.generic);
      const current = named.find((entry) => entry.canonical === mention.canonical);
      // Only a name that several bodies share needs the sentence's country words.
      const owned = named.length < 2 || ownerBefore(sentence.text, mention.start - sentence.start, (cues ??= countryCues(sentence, knowledge))) !== null;
      // An article that has named two of the bodies ("North Korea's MSS", "China's MSS") leaves each mention to its cues.
      const earlier = settled.filter((entry) => named.includes(entry));
      if (owned || earlier.length !== 1 || earlier[0] === current) {
        if (current && !settled.includes(current)) settled.push(current);
        return;
      }
      const [body] = earlier;
      if (!body) return;
      mentions[at] = { ...mention, rule: RULES.settled, canonical: body.canonical, type: body.type, country: body.country, memberCategory: body.memberCategory };
    });
  });
}

/** Country words in the sentence (names, "the North", nationality words), for owners and shared names. */
function countryCues(sentence: Sentence, knowledge: Knowledge): Cue[] {
  const { names, demonyms } = placeTable(knowledge);
  const { place, demonym } = gazetteerMatches(sentence.text, knowledge);
  const cues: Cue[] = [];
  for (const { start, end, text } of place) {
    const known = names.get(placeKey(text));
    if (known?.sense.country && writtenAs(text, known.forms)) cues.push({ start, end, country: known.sense.country, adjective: false });
  }
  for (const { start, end, text } of demonym) {
    const known = demonyms.get(placeKey(text));
    if (known) cues.push({ start, end, country: known.sense.country, adjective: true });
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** The owner right before a body: "North Korea's", "the North Korea military's", "North Korean", "NK". */
function ownerBefore(text: string, at: number, cues: readonly Cue[]): Cue | null {
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i];
    if (!cue || cue.end > at) continue;
    const gap = text.slice(cue.end, at);
    if (cue.adjective ? /^\s+$/.test(gap) : OWNER_GAP.test(gap)) return cue;
    if (at - cue.end > 40) break;
  }
  return null;
}

/**
 * A shared name ("Ministry of State Security") goes to the owner's country, else the nearest country word's; a name
 * that is also a kind of body ("Foreign Ministry") is the generic body when the country words name none of its owners.
 */
function pickEntry(entries: readonly OrganisationEntry[], owner: Cue | null, cues: readonly Cue[], at: number): OrganisationEntry | undefined {
  if (entries.length < 2) return entries[0];
  const named = entries.filter((entry) => !entry.generic);
  const generic = entries.find((entry) => entry.generic);
  const nearest = [...cues].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at));
  const considered = (owner ? [owner, ...nearest] : nearest).filter((cue) => cue.country !== null);
  for (const cue of considered) {
    const entry = named.find((candidate) => candidate.country === cue.country);
    if (entry) return entry;
  }
  if (generic && (considered.length > 0 || named.length === 0)) return generic;
  return named[0] ?? entries[0];
}

/** The countries whose own body a generic "army" may be: its owner's, else the nationality words nearest it. */
function nationalCountries(owner: Cue | null, cues: readonly Cue[], at: number): string[] {
  if (owner) return owner.country ? [owner.country] : [];
  return cues
    .filter((cue) => cue.adjective && cue.country !== null)
    .sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))
    .map((cue) => cue.country as string);
}

interface Span {
  start: number;
  end: number;
  host: Place | null;
  country: string | null;
}

/** A generic body takes its nationality or "-run" modifier and its host place into its name. */
function widenGeneric(text: string, span: Span, owner: Cue | null, entry: OrganisationEntry, places: readonly PlaceMention[], knowledge: Knowledge): void {
  const runBy = RUN_BY.exec(text.slice(Math.max(0, span.start - 40), span.start));
  if (runBy?.[1]) {
    span.start -= runBy[0].length;
    span.country ??= lookupPlace(runBy[1], knowledge)?.country ?? countryOfDemonym(runBy[1], knowledge);
  } else if (owner?.adjective) {
    span.start = owner.start;
  } else {
    const cityBefore = places.find((place) => place.place.kind === "city" && place.end < span.start && /^\s+$/.test(text.slice(place.end, span.start)));
    if (cityBefore) {
      span.start = cityBefore.start;
      span.host = cityBefore.place;
    }
  }
  if (span.host) return;
  const preposition = (entry.type === "diplomatic" ? MISSION_HOST_AFTER : HOST_AFTER).exec(text.slice(span.end));
  if (preposition) attachHost(text, span, span.end + preposition[0].length, places);
}

/** A vessel counts with its own name after it, which joins the name: "the Soviet freighter Marshal Konyev". */
function widenVessel(text: string, span: Span, owner: Cue | null, knowledge: Knowledge): boolean {
  const name = VESSEL_NAME.exec(text.slice(span.end));
  const words = name?.[0].replace(/[.'’]+$/, "") ?? "";
  const first = words.trim().replace(/^["“‘']/, "").split(/\s+/)[0] ?? "";
  if (!name?.[1] || CALENDAR_WORDS.has(first) || lookupPlace(name[1], knowledge)) return false;
  span.end += words.length;
  if (owner?.adjective) span.start = owner.start;
  return true;
}

/** A named body's outpost: "the Hong Kong headquarters of Room 39", "Room 39's branch in Dandong". */
function widenNamed(text: string, span: Span, places: readonly PlaceMention[], knowledge: Knowledge): void {
  const outpostOf = OUTPOST_OF.exec(text.slice(Math.max(0, span.start - 80), span.start));
  const host = outpostOf?.[1] ? lookupPlace(outpostOf[1], knowledge) : null;
  if (outpostOf && host) {
    span.start -= outpostOf[0].length;
    span.host = host;
    return;
  }
  const outpostIn = OUTPOST_IN.exec(text.slice(span.end));
  if (outpostIn) attachHost(text, span, span.end + outpostIn[0].length, places);
}

function attachHost(text: string, span: Span, from: number, places: readonly PlaceMention[]): void {
  const place = places.find((candidate) => candidate.start >= from);
  if (place && HOST_LEAD.test(text.slice(from, place.start))) {
    span.end = place.end;
    span.host = place.place;
  }
}

/** "the Workers Party's notorious Room 39": the possessive parent is dropped, the body it owns is kept. */
function withoutParents(found: OrganisationMention[], sentence: Sentence): OrganisationMention[] {
  return found.filter((mention) => {
    const next = found.find((other) => other.start >= mention.end);
    if (!next) return true;
    return !PARENT_GAP.test(sentence.text.slice(mention.end - sentence.start, next.start - sentence.start));
  });
}
