// Merges drafts that are one event: the same person named twice, "the official" after "a senior official", "he",
// "they", a headline and the story under it, an unnamed lead and the paragraph that names the person.
// Every lookup is bounded (an index by surname, a window of recent records), so the work grows with the text.
import type { Timeframe } from "../contract.js";
import grammar from "../data/grammar.json";
import slotWords from "../data/slots.json";
import { samePerson, surnameKey, surnameOf } from "../normalise/names.js";
import { countryOfDemonym } from "../normalise/places.js";
import { absorb, moreSpecificRole } from "./absorb.js";
import { fromMention, mentionsOf, roleCategory, tokenAt, type Draft, type PersonMention, type RoleMention, type SentenceView } from "./draft.js";
import { DATELINE_RULE } from "../normalise/timeframe/index.js";
import { readCompanions, readFamilyWhoCame } from "./companions.js";
import {
  ANY_PEOPLE_NOUNS,
  ANY_PERSON_NOUNS,
  bare,
  DEFINITE,
  genderOf,
  headWord,
  isReportingVerb,
  OBJECT_PRONOUNS,
  PASSIVE_AUXILIARIES,
  PLURAL_PRONOUNS,
  RELATIVE_PRONOUNS,
  sameTrade,
  VERB_GROUP_WORDS,
} from "./grammar.js";
import type { Token } from "../types.js";
import { narrowerPlace, readPostingOrigin } from "./movement.js";
import { pickArrestDate, pickEarlierStageDate, pickTimeframe } from "./event-date.js";
import { slotWindow } from "./slot-window.js";
import { APPOSITION_GAP, appositiveRole, openingGroup, titledNameStart } from "./subjects.js";

/** Rule ids of what coreference fills in. */
const COREFERENCE_RULES = {
  pronounAntecedent: "subject/pronoun-antecedent",
  pronounGroup: "subject/pronoun-group",
  identifiedAs: "subject/definite-role-name",
  namedAfterLead: "subject/named-after-lead",
  descriptiveRole: "role/descriptive-sentence",
  descriptiveOrganisation: "organisation/descriptive-sentence",
  descriptiveHost: "origin/descriptive-sentence-host",
  groupHeading: "destination/group-heading",
  retoldSighting: "timeframe/retold-sighting",
  retoldDeparture: "timeframe/retold-departure",
} as const;

/** How many sentences back an anaphor ("the official", "he", "they") may reach. */
const ANAPHOR_REACH = 3;
/** How far back "the counsellor" may reach when an unnamed record has that very title. */
const SAME_TITLE_REACH = 6;
/** How many of the latest records an anaphor or an unnamed mention is compared with. */
const RECENT_RECORDS = 24;

/** Records by the surname key of their name: a named mention is compared only with its namesakes. */
class NamedRecords {
  private readonly bySurname = new Map<string, Draft[]>();

  add(record: Draft): void {
    if (record.name === null) return;
    const key = surnameKey(surnameOf(record.name));
    const bucket = this.bySurname.get(key);
    if (!bucket) this.bySurname.set(key, [record]);
    else if (!bucket.includes(record)) bucket.push(record);
  }

  find(name: string): Draft | undefined {
    return this.bySurname.get(surnameKey(surnameOf(name)))?.find((record) => record.name !== null && samePerson(record.name, name));
  }
}

export function resolveCoreference(drafts: readonly Draft[], views: readonly SentenceView[]): Draft[] {
  const records: Draft[] = [];
  const named = new NamedRecords();
  const viewAt = new Map(views.map((view) => [view.sentence.index, view]));
  for (const draft of drafts) {
    const target = antecedentFor(draft, records, named);
    if (target) {
      absorb(target, draft);
      named.add(target);
    } else if (draft.introduction !== "pronoun" || (draft.count === 1 ? nameBefore(draft, viewAt) : groupBefore(draft, viewAt))) {
      // A pronoun just named from the sentences before may name someone who already has a record.
      const namesake = draft.introduction === "named" && draft.name !== null ? named.find(draft.name) : undefined;
      if (namesake) absorb(namesake, draft);
      else {
        records.push(draft);
        named.add(draft);
      }
    }
  }
  const merged = mergeIntoLaterMentions(records, viewAt);
  const headlines = new Set(views.filter((view) => view.sentence.headline).map((view) => view.sentence.index));
  const attach = new Attachment(merged, named, headlines);
  views.forEach((view, position) => attach.sentence(view, views.slice(Math.max(0, position - ANAPHOR_REACH), position)));
  return merged;
}

function antecedentFor(draft: Draft, records: readonly Draft[], named: NamedRecords): Draft | undefined {
  // A description named in apposition ("North Korea's envoy, Jo Song-gil, ...") is that person however it opens.
  const namesake = draft.name === null ? undefined : named.find(draft.name);
  if (namesake || draft.introduction === "named") return namesake;
  const recent = records.slice(-RECENT_RECORDS).reverse();
  switch (draft.introduction) {
    case "pronoun":
      return recent.find((record) => near(record, draft) && (draft.count === null) === (record.count !== 1) && compatible(record, draft));
    case "definite":
      return draft.count === 1 || draft.count === null
        ? (recent.find((record) => record.name === null && sameHead(record, draft) && lastEvidence(record) + SAME_TITLE_REACH >= draft.sentence && compatible(record, draft)) ??
            recent.find((record) => near(record, draft) && record.name === null && compatible(record, draft) && (record.introduction !== "headline" || pointsBack(draft, record))))
        : recent.find((record) => record.introduction === "group" && record.count === draft.count && sameHead(record, draft));
    case "group":
      return recent.find(
        (record) =>
          record.introduction === "group" &&
          record.count === draft.count &&
          // "Three players defected in 2008" is not the three who went missing this weekend.
          (record.timeframe === null || draft.timeframe === null || timesAgree(record.timeframe, draft.timeframe)) &&
          (sameHead(record, draft) || compatible(record, draft)),
      );
    case "indefinite":
    case "headline":
      return recent.find(
        (record) =>
          record.name === null &&
          // Two people singled out in one sentence ("a scientist, an officer and a mathematician") are two people.
          !record.evidence.has(draft.sentence) &&
          near(record, draft) &&
          record.count === 1 &&
          record.timeframe !== null &&
          draft.timeframe !== null &&
          sameTime(record.timeframe, draft.timeframe) &&
          compatible(record, draft),
      );
    default:
      return undefined;
  }
}

/**
 * One event told three times: the headline ("Envoy in Vienna defects"), the lead ("A senior diplomat posted in
 * Vienna has defected") and the paragraph that names the person. A headline record joins the first later record it
 * is compatible with; an unnamed one-person lead joins the one named record after it that it is compatible with,
 * when there is exactly one (a round-up of several named people leaves it alone).
 */
function mergeIntoLaterMentions(records: readonly Draft[], viewAt: ReadonlyMap<number, SentenceView>): Draft[] {
  const absorbed = new Set<Draft>();
  records.forEach((record, index) => {
    if (record.name !== null || absorbed.has(record)) return;
    const later = records
      .slice(index + 1, index + 1 + RECENT_RECORDS)
      .filter((other) => !absorbed.has(other) && compatible(record, other) && !toldAsAnother(other, viewAt));
    const target =
      record.introduction === "headline"
        ? later.find((other) => other.introduction !== "headline" && (other.introduction !== "definite" || pointsBack(other, record)))
        : uniqueNamed(record, later, viewAt);
    if (!target) return;
    absorb(target, record);
    absorbed.add(record);
  });
  return records.filter((record) => !absorbed.has(record));
}

/** "Saman Balaghi had also sought asylum", "another athlete defected too": a case told beside the story's own. */
function toldAsAnother(record: Draft, viewAt: ReadonlyMap<number, SentenceView>): boolean {
  const view = viewAt.get(record.sentence);
  if (!view) return false;
  return ANOTHER_CASE.test(view.sentence.text.slice(0, Math.max(0, record.trigger.start - view.sentence.start)));
}

const ANOTHER_CASE = /\b(?:also|too|likewise|similarly)\b/i;

function uniqueNamed(record: Draft, later: readonly Draft[], viewAt: ReadonlyMap<number, SentenceView>): Draft | undefined {
  if (record.count !== 1 || !(record.introduction === "indefinite" || record.introduction === "definite")) return undefined;
  const named = later.filter((other) => other.name !== null && other.count === 1 && (record.role === null || other.role === null || sameCategory(record, other)));
  const target = named.length === 1 ? named[0] : undefined;
  return target && (!onContextualWord(target, viewAt) || sharesPlaceOrTime(record, target)) ? target : undefined;
}

/** Opened by a verb of movement that is a defection only in a defection story: "came to", "crossed", "vanished". */
function onContextualWord(record: Draft, viewAt: ReadonlyMap<number, SentenceView>): boolean {
  const trigger = viewAt.get(record.sentence)?.triggers.find((candidate) => candidate.start === record.trigger.start);
  return trigger !== undefined && trigger.contextual && trigger.form === "verb";
}

/**
 * A named record on such a word alone ("is coming to Toronto") is the lead's only when it tells the same move: a
 * country either names as where it went or where it left ("sought asylum in Australia" and "walked out of the
 * consulate in Sydney"), or the same time.
 */
function sharesPlaceOrTime(a: Draft, b: Draft): boolean {
  const countries = (draft: Draft) => [draft.origin?.country, draft.destination?.country].filter((country): country is string => country != null);
  const theirs = countries(b);
  // The same time told, not merely two that do not clash: an unresolved "last year" agrees with any date.
  return countries(a).some((country) => theirs.includes(country)) || (a.timeframe !== null && b.timeframe !== null && sameTime(a.timeframe, b.timeframe));
}

/**
 * "Kim Hyuk, a defector who runs a bakery in Seoul. He fled across the Tumen River in 2009.": a "he" or "she" that
 * defected, with no record before it, is the person last named in the sentences just before; names the draft in place.
 */
function nameBefore(draft: Draft, viewAt: ReadonlyMap<number, SentenceView>): boolean {
  let person: PersonMention | undefined;
  for (let index = draft.sentence; index > draft.sentence - ANAPHOR_REACH && person === undefined; index--) {
    const view = viewAt.get(index);
    if (view) person = mentionsOf(view, "person").at(-1);
  }
  if (!person) return false;
  draft.name = person.name;
  draft.key = person.key;
  draft.description = null;
  draft.introduction = "named";
  draft.evidence.add(person.sentence);
  draft.sources.person = fromMention(COREFERENCE_RULES.pronounAntecedent, person);
  return true;
}

/**
 * "Nine refugees were picked up at sea. They arrived in Seoul.": a "they" with no record before it is the group just
 * before; when "they" arrived, the date of that sentence's earlier stage dates the flight.
 */
function groupBefore(draft: Draft, viewAt: ReadonlyMap<number, SentenceView>): boolean {
  for (let index = draft.sentence - 1; index >= draft.sentence - ANAPHOR_REACH + 1; index--) {
    const view = viewAt.get(index);
    const group = view && openingGroup(view);
    if (!view || !group) continue;
    draft.description = view.sentence.text.slice(group.start - view.sentence.start, group.end - view.sentence.start);
    draft.count = group.count;
    if (draft.role === null && group.role !== null) {
      draft.role = group.role;
      draft.sources.role = fromMention(COREFERENCE_RULES.pronounGroup, group.role);
    }
    draft.introduction = "group";
    draft.evidence.add(index);
    draft.sources.person = { rule: COREFERENCE_RULES.pronounGroup, start: group.start, end: group.end };
    draft.sources.count = { rule: COREFERENCE_RULES.pronounGroup, start: group.start, end: group.end };
    const arrival = viewAt.get(draft.sentence)?.triggers.some((trigger) => trigger.start === draft.trigger.start && trigger.arrival) === true;
    const earlier = arrival ? pickEarlierStageDate(view, group.end, draft.timeframe) : null;
    if (earlier) {
      draft.timeframe = earlier.timeframe;
      draft.sources.timeframe = earlier.source;
    }
    return true;
  }
  return false;
}

/**
 * "The official", "the man", "the colonel" after the headline "Syrian army officer defects": a definite phrase of
 * another head points back to a headline when it is a word for anyone or for a common trade, or a title of the
 * record's own service; "the jester" after "North Korean diplomat defects" is someone else, since a headline's record
 * takes the description of what joins it.
 */
function pointsBack(draft: Draft, record: Draft): boolean {
  const head = headWord(draft.role?.title ?? draft.description ?? "");
  if (POINTING_HEADS.has(head) || sameHead(draft, record)) return true;
  const category = roleCategory(draft);
  return draft.role !== null && category !== "unknown" && category === roleCategory(record);
}

const POINTING_HEADS: ReadonlySet<string> = new Set([...grammar.genericTitles, ...grammar.anyPersonNouns]);

function lastEvidence(record: Draft): number {
  let last = record.sentence;
  for (const sentence of record.evidence) if (sentence > last) last = sentence;
  return last;
}

function near(record: Draft, draft: Draft): boolean {
  return draft.sentence - lastEvidence(record) <= ANAPHOR_REACH;
}

/** The head word of the records' titles, or of their descriptions: "the generals" and "two air force generals". */
function sameHead(a: Draft, b: Draft): boolean {
  const head = (draft: Draft) => headWord(draft.role?.title ?? draft.description ?? "");
  const left = head(a);
  return left !== "" && left === head(b);
}

function sameCategory(a: Draft, b: Draft): boolean {
  const categoryA = roleCategory(a);
  const categoryB = roleCategory(b);
  return categoryA === "unknown" || categoryB === "unknown" || categoryA === categoryB;
}

/** Two timeframes told of one event: resolved ranges overlap, or unresolved ones are worded alike. */
function sameTime(a: Timeframe, b: Timeframe): boolean {
  if (a.start && a.end && b.start && b.end) return a.start <= b.end && b.start <= a.end;
  return a.text.toLowerCase() === b.text.toLowerCase();
}

/** Two timeframes that do not contradict: a word that sets no range ("recently") contradicts no date, nor is it one. */
function timesAgree(a: Timeframe, b: Timeframe): boolean {
  return (a.start === null && a.precision === "unknown") || (b.start === null && b.precision === "unknown") || sameTime(a, b);
}

/** Nothing stated on one side contradicts the other. */
function compatible(a: Draft, b: Draft): boolean {
  const agree = <T>(x: T | null, y: T | null, same: (x: T, y: T) => boolean) => x === null || y === null || same(x, y);
  return (
    sameCategory(a, b) &&
    agree(a.organisation?.canonical ?? null, b.organisation?.canonical ?? null, (x, y) => x === y) &&
    agree(a.origin?.country ?? null, b.origin?.country ?? null, (x, y) => x === y) &&
    agree(a.destination?.country ?? null, b.destination?.country ?? null, (x, y) => x === y) &&
    agree(a.timeframe, b.timeframe, timesAgree) &&
    agree(a.count, b.count, (x, y) => x === y)
  );
}

/**
 * Sentences without a trigger still describe a known defector: "Thae was the No. 2 man at the embassy in London.",
 * "The official reported valuable intelligence ...", "They were trying to take a speedboat ...".
 */
class Attachment {
  private readonly claimed = new Set<number>();
  /** Records in order of the sentence that introduced them, for a window of those before a sentence. */
  private readonly bySentence: Draft[];

  constructor(
    records: readonly Draft[],
    private readonly named: NamedRecords,
    private readonly headlines: ReadonlySet<number>,
  ) {
    for (const record of records) for (const sentence of record.evidence) this.claimed.add(sentence);
    this.bySentence = [...records].sort((a, b) => a.sentence - b.sentence);
  }

  /** `previous`: the few sentences just before, to see who else was spoken of since a record's last sentence. */
  sentence(view: SentenceView, previous: readonly SentenceView[]): void {
    const index = view.sentence.index;
    if (this.claimed.has(index)) return;
    const named = mentionsOf(view, "person")
      .map((person) => this.named.find(person.name))
      .find((record) => record !== undefined);
    if (named) {
      this.claim(named, index);
      fillDescriptiveSlots(named, view, this.headlines);
      fillRetoldTime(named, view);
      return;
    }
    const before = this.recordsBefore(index);
    const introduced = namedAfterLead(view, before, previous);
    if (introduced) {
      const { record, person } = introduced;
      record.name = person.name;
      record.key = person.key;
      record.sources.person = fromMention(COREFERENCE_RULES.namedAfterLead, person);
      this.named.add(record);
      this.claim(record, index);
      fillRetoldTime(record, view);
      fillDescriptiveSlots(record, view, this.headlines);
      return;
    }
    const opener = bare(view.sentence.tokens[0]);
    const openingRole = mentionsOf(view, "role").find((role) => role.start <= (view.sentence.tokens[2]?.start ?? 0));
    if (DEFINITE.has(opener) && opener !== "its" && openingRole) {
      const target =
        (openingRole.plural ? groupAntecedent(before, view, openingRole) : definiteAntecedent(before, index, openingRole.title)) ??
        this.titleBeforeRecord(view, before, openingRole);
      if (!target) return;
      this.claim(target, index);
      fillRetoldTime(target, view);
      fillSightingTime(target, view, openingRole.end, clauseAfter(view, openingRole.end));
      fillDescriptiveSlots(target, view, this.headlines);
      const appositive = appositiveName(view);
      if (appositive) {
        target.name = appositive.name;
        target.key = appositive.key;
        target.sources.person = fromMention(COREFERENCE_RULES.identifiedAs, appositive);
        this.named.add(target);
      }
      return;
    }
    const description = openingRole ? null : openingDescription(view);
    if (description) {
      const target = describedRecord(before, index, description, previous);
      if (!target) return;
      this.claim(target, index);
      fillRetoldTime(target, view);
      fillSightingTime(target, view, description.end, description.clause);
      // "The man ..., officials said": a title here is someone else's, so only the body and the flight are read.
      fillDescriptiveSlots(target, view, this.headlines, false);
      return;
    }
    const latest = before.filter((record) => index - lastEvidence(record) < ANAPHOR_REACH).at(-1);
    // "His wife and two children came with him": the family of the one just told of, said to have come along.
    const family = latest && latest.count === 1 && mentionsOf(view, "person").length === 0 ? readFamilyWhoCame(view) : null;
    if (latest && family) {
      this.claim(latest, index);
      if (latest.companions.length === 0) latest.sources.companions = family.source;
      latest.companions = [...new Set([...latest.companions, ...family.words])];
      return;
    }
    if (PLURAL_PRONOUNS.has(opener) && latest?.introduction === "group") {
      this.claim(latest, index);
      const heading = latest.destination ? null : finalDestination(view);
      if (heading) {
        latest.destination = heading.place;
        latest.sources.destination = fromMention(COREFERENCE_RULES.groupHeading, heading);
      }
    }
  }

  private claim(record: Draft, index: number): void {
    record.evidence.add(index);
    this.claimed.add(index);
  }

  /** The latest records introduced before sentence `index`. */
  private recordsBefore(index: number): Draft[] {
    const low = this.firstAfter(index - 1);
    return this.bySentence.slice(Math.max(0, low - RECENT_RECORDS), low);
  }

  /** Position in `bySentence` of the first record introduced after sentence `index`. */
  private firstAfter(index: number): number {
    let low = 0;
    let high = this.bySentence.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.bySentence[middle]?.sentence ?? Infinity) <= index) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /**
   * "The unidentified seaman jumped into the river Friday ... A caller said a sailor had swum ashore.": a title told
   * with "the" before any record it could point back to is the one-person, unnamed record introduced just after it
   * under the same trade, unless that record is told as another ("another sailor").
   */
  private titleBeforeRecord(view: SentenceView, before: readonly Draft[], title: RoleMention): Draft | undefined {
    const index = view.sentence.index;
    if (before.some((record) => index - lastEvidence(record) <= SAME_TITLE_REACH)) return undefined;
    // "The pilot who defected in 1976": a clause that singles out one pilot among others.
    if (RELATIVE_PRONOUNS.has(bare(view.sentence.tokens[tokenAt(view, title.end)]))) return undefined;
    const next = this.bySentence[this.firstAfter(index)];
    const trade = (role: RoleMention | null) => headWord(role?.title ?? "");
    if (!next || next.sentence - index > SAME_TITLE_REACH || next.name !== null || next.count !== 1 || title.plural || next.introduction === "another") return undefined;
    if (!sameTrade(trade(title), trade(next.role)) || (next.role && next.role.category !== title.category && title.category !== "unknown" && next.role.category !== "unknown")) {
      return undefined;
    }
    return next;
  }
}

/**
 * "A Russian helicopter pilot flew his Mi-8 into Ukraine. Captain Maxim Kuzminov, 28, had planned it for months.": a
 * sentence that opens on a name not met before, titled in the trade of the unnamed one-person record just before it
 * or aged as news introduces a person, with no one else named since, names that record. Someone speaking ("Gen. Park Min-su, the army chief, said ...")
 * is a source, not the defector.
 */
function namedAfterLead(view: SentenceView, before: readonly Draft[], previous: readonly SentenceView[]): { record: Draft; person: PersonMention } | undefined {
  const person = mentionsOf(view, "person")[0];
  if (!person || person.partial || titledNameStart(view, person) !== view.sentence.tokens[0]?.start) return undefined;
  // A title of the lead's trade, or the age news writes after a new name: "Shohreh Bayat, 34, had feared arrest".
  const title = appositiveRole(view, person);
  const aged = AGE_AFTER_NAME.test(view.sentence.text.slice(person.end - view.sentence.start));
  if (title ? title.plural || title.category === "unknown" : !aged) return undefined;
  const index = view.sentence.index;
  const record = before.at(-1);
  if (!record || record.name !== null || record.count !== 1 || record.introduction === "another" || index - lastEvidence(record) > NAMING_REACH) return undefined;
  if (title && roleCategory(record) !== title.category) return undefined;
  if (previous.some((earlier) => earlier.sentence.index > lastEvidence(record) && mentionsOf(earlier, "person").length > 0)) return undefined;
  const clause = clauseAfter(view, person.end);
  const verbToken = clause?.verb ? view.sentence.tokens.find((token) => token.start > person.end && bare(token) === clause.verb) : undefined;
  if (!clause || isReportingVerb(verbToken)) return undefined;
  return { record, person };
}

const AGE_AFTER_NAME = /^\s*,\s*\d{1,3}\s*,/;

/** How many sentences after an unnamed record the paragraph that names it may stand. */
const NAMING_REACH = 2;

/** How many words may stand between "the" and the head of a description: "the young North Koreans". */
const DESCRIPTION_WORDS = 4;
const ORDINALS: ReadonlySet<string> = new Set([...slotWords.ordinals, "other", "former", "latter", "same"]);
/** Being found, or caught: the moment a retold flight came to light, and the date it is told with. */
const SIGHTING_VERBS: ReadonlySet<string> = new Set(slotWords.sightingVerbs);
const ARREST_VERBS: ReadonlySet<string> = new Set(slotWords.arrestVerbs);

/** A sentence opening "The young North Koreans were ...", "The man, in his 20s, was ...". */
interface Description {
  /** End of the head word. */
  end: number;
  /** "the two men": how many it counts, if it says. */
  count: number | null;
  plural: boolean;
  gender: "female" | "male" | null;
  /** The nationality its words tell ("North Korean"), if any. */
  country: string | null;
  clause: Clause;
}

/** The verb group right after a subject, past an aside. */
interface Clause {
  /** The main verb, past the auxiliaries: "spotted" in "was spotted". */
  verb: string | null;
  /** "had been arrested": a verb group with "had" tells of something before the story's own event. */
  pluperfect: boolean;
  /** "was found", not "found a boat": the verb happened to the person. */
  passive: boolean;
}

/**
 * The verb group after a subject ending at `end`, past an aside set off by commas; null when no verb comes next ("the
 * man who found him": a relative clause singles out someone else) or the aside tells of someone else.
 */
function clauseAfter(view: SentenceView, end: number): Clause | null {
  const aside = /^\s*,/.test(view.sentence.text.slice(end - view.sentence.start)) ? asideAfter(view, end) : null;
  if (aside === undefined) return null;
  const after = view.sentence.tokens.filter((next) => next.start >= (aside ?? end));
  const first = after[0];
  if (!first || !(first.tags.has("Verb") || VERB_GROUP_WORDS.has(bare(first))) || RELATIVE_PRONOUNS.has(bare(first))) return null;
  const verbAt = after.findIndex((next) => !VERB_GROUP_WORDS.has(bare(next)) || !next.tags.has("Verb"));
  const verb = after[verbAt];
  const auxiliaries = after.slice(0, Math.max(0, verbAt));
  return {
    verb: verb ? bare(verb) : null,
    pluperfect: auxiliaries.some((part) => bare(part) === "had"),
    passive: auxiliaries.some((part) => PASSIVE_AUXILIARIES.has(bare(part))),
  };
}

/**
 * "The man, in his 20s, was spotted ...", "The young North Koreans were arrested ...": "the", a few words, and a head
 * that can stand for anyone already spoken of (a word for a person, a nationality), then the verb or an aside. A word
 * that sets the person apart ("the other man", "the second soldier", "the defector's wife") or a relative clause after
 * the head ("the man who found him") tells of someone else.
 */
function openingDescription(view: SentenceView): Description | null {
  const tokens = view.sentence.tokens;
  if (bare(tokens[0]) !== "the") return null;
  const text = view.sentence.text;
  const at = (offset: number) => offset - view.sentence.start;
  for (let index = 1; index <= DESCRIPTION_WORDS && index < tokens.length; index++) {
    const token = tokens[index];
    if (!token || ORDINALS.has(bare(token)) || bare(token) !== token.normal || /[,;:(]/.test(text.slice(at(tokens[index - 1]?.end ?? 0), at(token.start)))) return null;
    const plural = token.tags.has("Plural");
    const word = bare(token);
    const nationality = nationalityWord(token);
    // "the North Korean man": a nationality before a head is a modifier.
    if (!isHead(token) || isHead(tokens[index + 1])) {
      if (MODIFIER_TAGS.some((tag) => token.tags.has(tag)) && !token.tags.has("Verb")) continue;
      return null;
    }
    const clause = clauseAfter(view, token.end);
    if (!clause) return null;
    const words = tokens.slice(1, index + 1).map((part) => part.text);
    return {
      end: token.end,
      count: mentionsOf(view, "number", view.sentence.start, token.end)[0]?.value ?? null,
      plural: plural || ANY_PEOPLE_NOUNS.has(word) || (nationality && /s$/.test(token.text)),
      gender: genderOf(word),
      country: nationalityOf(words),
      clause,
    };
  }
  return null;
}

/** "Cuban", "North Koreans": a capitalised word for a nationality. */
function nationalityWord(token: Token): boolean {
  return token.tags.has("Demonym") || (/^[A-Z]/.test(token.text) && demonymCountry(token.text) !== null);
}

/** The country of a nationality word, singular or plural: "Cuban", "North Koreans". */
function demonymCountry(form: string): string | null {
  return countryOfDemonym(form) ?? countryOfDemonym(form.replace(/s$/, ""));
}

/** A word that can stand for anyone already spoken of: "man", "defectors", "Cuban". */
function isHead(token: Token | undefined): boolean {
  return token !== undefined && (ANY_PERSON_NOUNS.has(bare(token)) || ANY_PEOPLE_NOUNS.has(bare(token)) || nationalityWord(token));
}

/** What may stand between "the" and the head: "young", "unidentified", "North Korea", "two". */
const MODIFIER_TAGS = ["Adjective", "ProperNoun", "Value", "Demonym"];

/**
 * Where the aside after a description ends ("The man, in his 20s, was"); undefined when it tells of someone else: a
 * title ("the man, a border guard,"), or a clause with someone as its object ("the man, who found him,").
 */
const SAYS_WHAT_IT_IS = /^\s*(?:(?:believed|said|thought|reported|understood|known)\s+to\s+be|reportedly|apparently)\b/i;

function asideAfter(view: SentenceView, from: number): number | null | undefined {
  const text = view.sentence.text;
  const open = text.indexOf(",", from - view.sentence.start);
  const close = text.indexOf(",", open + 1);
  if (close < 0) return undefined;
  const [start, end] = [view.sentence.start + open, view.sentence.start + close];
  const inside = view.sentence.tokens.filter((token) => token.start > start && token.end <= end);
  // "The group, believed to be members of one family, sailed ...": an aside that says what the subject is.
  if (SAYS_WHAT_IT_IS.test(text.slice(open + 1, close))) return end;
  if (mentionsOf(view, "role", start, end).length > 0 || mentionsOf(view, "person", start, end).length > 0) return undefined;
  if (inside.some((token) => OBJECT_PRONOUNS.has(bare(token)))) return undefined;
  return end;
}

/**
 * "The man was spotted at dawn on June 18", "The young North Koreans were arrested May 10", "The soldier was found on
 * Sunday": for a record with no date, being found dates the flight it ended; an arrest does only for a flight that was
 * stopped ("arrested for dissent in 2009" is a defector's past). "had been arrested" tells of something before, and
 * "the man found a boat" of something he did.
 */
function fillSightingTime(record: Draft, view: SentenceView, subjectEnd: number, clause: Clause | null): void {
  if (record.timeframe || !clause || clause.verb === null || clause.pluperfect || !clause.passive) return;
  if (!SIGHTING_VERBS.has(clause.verb) && !(ARREST_VERBS.has(clause.verb) && record.status !== "defected")) return;
  const sighted = pickEarlierStageDate(view, subjectEnd, null);
  if (!sighted) return;
  record.timeframe = sighted.timeframe;
  record.sources.timeframe = { ...sighted.source, rule: COREFERENCE_RULES.retoldSighting };
}

/** "North Korean" in "the young North Koreans": the country of the first nationality or country word. */
function nationalityOf(words: readonly string[]): string | null {
  for (let index = 0; index < words.length; index++) {
    const pair = words.slice(index, index + 2).join(" ");
    for (const form of [pair, words[index] ?? ""]) {
      const country = demonymCountry(form);
      if (country) return country;
    }
  }
  return null;
}

/**
 * "A man swam down the river to defect. The man, in his 20s, was spotted on June 18.": a definite description stands
 * for the one record of its number (one person, or a group) within a few sentences, when nobody else was spoken
 * of since that record's last sentence (a source, a guard), and nothing told of the two differs: gender, nationality,
 * the country the record's defector went to (a South Korean is not the North Korean who reached the South).
 * Two records of its number within reach ("a soldier ... a second soldier ... the man") leave it unresolved.
 */
function describedRecord(records: readonly Draft[], index: number, description: Description, previous: readonly SentenceView[]): Draft | undefined {
  const fits = (record: Draft) => (description.plural ? (record.count ?? 0) > 1 : record.count === 1) && (description.count === null || description.count === record.count);
  const ofNumber = records.filter((record) => index - lastEvidence(record) <= ANAPHOR_REACH && fits(record));
  const target = ofNumber.length === 1 ? ofNumber[0] : undefined;
  if (!target) return undefined;
  const latest = lastEvidence(target);
  const spokenOfSince = previous.some((view) => view.sentence.index > latest && (mentionsOf(view, "person").length > 0 || mentionsOf(view, "role").length > 0));
  if (spokenOfSince) return undefined;
  const ownWords = (target.description ?? target.role?.title ?? "").split(/\s+/);
  const gender = genderOf(ownWords.at(-1) ?? "");
  if (description.gender && gender && description.gender !== gender) return undefined;
  const nationality = nationalityOf(ownWords);
  if (description.country && ((nationality && nationality !== description.country) || target.destination?.country === description.country)) return undefined;
  return target;
}

/**
 * "The three players did not attend the closing ceremony": a plural title stands for the one group record of its trade
 * within a few sentences, of the count it gives; never for one person.
 */
function groupAntecedent(records: readonly Draft[], view: SentenceView, title: RoleMention): Draft | undefined {
  const index = view.sentence.index;
  const count = mentionsOf(view, "number", view.sentence.start, title.end)[0]?.value ?? null;
  const candidates = records.filter(
    (record) =>
      (record.count ?? 0) > 1 &&
      (count === null || count === record.count) &&
      index - lastEvidence(record) <= SAME_TITLE_REACH &&
      sameTrade(headWord(title.title), headWord(record.role?.title ?? record.description ?? "")),
  );
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * "The counsellor, identified as Ri Il-kyu, ...": the latest unnamed one-person record with the same title head within
 * a few sentences, else the latest one just before.
 */
function definiteAntecedent(records: readonly Draft[], index: number, title: string): Draft | undefined {
  const head = title.split(" ").at(-1);
  const candidates = records.filter((record) => record.name === null && record.count === 1);
  const sameTitle = candidates.filter((record) => record.role?.title.split(" ").at(-1) === head && index - lastEvidence(record) <= SAME_TITLE_REACH);
  return sameTitle.at(-1) ?? candidates.filter((record) => index - lastEvidence(record) < ANAPHOR_REACH).at(-1);
}

/**
 * "The soldier, identified as Ivan Korolev, crossed into the country on Thursday": a sentence about a known defector
 * whose movement word found no subject of its own retells the flight, and its clause's date is the record's when the
 * record has none; for a flight that ended in arrest, so does a sentence that retells the arrest.
 */
function fillRetoldTime(record: Draft, view: SentenceView): void {
  if (record.timeframe) return;
  const trigger = view.triggers.find((candidate) => candidate.lookalike === null && candidate.negation === null);
  const date = (trigger && pickTimeframe(view, trigger, slotWindow(view, trigger, null))) || (record.status === "arrested" ? pickArrestDate(view) : null);
  if (!date) return;
  record.timeframe = date.timeframe;
  record.sources.timeframe = date.source;
}

/** "They were trying to cross into Laos, then onward to South Korea": the last place they were heading to. */
function finalDestination(view: SentenceView): ReturnType<typeof mentionsOf<"place">>[number] | null {
  const text = view.sentence.text;
  const heading = mentionsOf(view, "place").filter((mention) =>
    /\b(?:to|into|toward|towards)\s+(?:the\s+|a\s+|an\s+)?$/i.test(text.slice(0, mention.start - view.sentence.start)),
  );
  return heading.at(-1) ?? null;
}

/** "The pilot, Maxim Kuzminov, flew ...": a name set off by commas right after the opening role names the person. */
function appositiveName(view: SentenceView): PersonMention | undefined {
  const role = mentionsOf(view, "role")[0];
  const person = mentionsOf(view, "person")[0];
  if (!role || !person || person.partial) return undefined;
  const between = view.sentence.text.slice(role.end - view.sentence.start, titledNameStart(view, person) - view.sentence.start);
  return APPOSITION_GAP.test(between) ? person : undefined;
}

/**
 * From a sentence that only describes a known person: their title, body and post. A body read from a headline
 * ("Russian military officer defects") yields to the one the story's own sentence names ("a lieutenant in the Russian
 * army"): a headline shortens.
 */
function fillDescriptiveSlots(record: Draft, view: SentenceView, headlines: ReadonlySet<number>, readsRole = true): void {
  const role = readsRole ? mentionsOf(view, "role")[0] : undefined;
  const organisation = mentionsOf(view, "organisation").find((mention) => mention.type !== "media" && mention.country !== "KR");
  if (role && (!record.role || moreSpecificRole(role, record.role))) {
    record.role = role;
    record.sources.role = fromMention(COREFERENCE_RULES.descriptiveRole, role);
  }
  if (organisation && (!record.organisation || headlines.has(record.organisation.sentence))) {
    record.organisation = organisation;
    record.sources.organisation = fromMention(COREFERENCE_RULES.descriptiveOrganisation, organisation);
  }
  if (organisation?.host && (!record.origin || narrowerPlace(organisation.host, record.origin))) {
    record.origin = organisation.host;
    record.sources.origin = fromMention(COREFERENCE_RULES.descriptiveHost, organisation);
  }
  const posting = record.origin ? null : readPostingOrigin(view);
  if (posting) {
    record.origin = posting.place;
    record.sources.origin = posting.source;
  }
  const departure = departureVerb(view);
  const family = readFamilyWhoCame(view) ?? (departure ? readCompanions(view, departure.start, view.sentence.end, departure.start) : null);
  if (family && family.words.some((word) => !record.companions.includes(word))) {
    if (record.companions.length === 0) record.sources.companions = family.source;
    record.companions = [...new Set([...record.companions, ...family.words])];
  }
  const left = departure && !record.timeframe ? mentionsOf(view, "date", departure.end, reportEnd(view, departure)).find((date) => date.rule !== DATELINE_RULE) : undefined;
  if (left) {
    record.timeframe = left.timeframe;
    record.sources.timeframe = fromMention(COREFERENCE_RULES.retoldDeparture, left);
  }
}

/**
 * "The diplomat, Zdzislaw Nowicki, 41, the embassy's first secretary, left his residence on Sunday with his wife":
 * a sentence about a known defector whose main verb is one of leaving retells the flight, with its date and family.
 */
function departureVerb(view: SentenceView): Token | undefined {
  const tokens = view.sentence.tokens;
  const first = tokens.findIndex((token) => token.tags.has("Verb") && !VERB_GROUP_WORDS.has(bare(token)));
  const verb = tokens[first];
  if (!verb || RELATIVE_PRONOUNS.has(bare(tokens[first - 1])) || !LEAVING_VERBS.has(bare(verb))) return undefined;
  return verb;
}

/** Up to the reporting verb that frames the sentence, if any: "..., officials said on Monday" dates the report. */
function reportEnd(view: SentenceView, from: Token): number {
  return view.sentence.tokens.find((token) => token.start > from.end && isReportingVerb(token))?.start ?? view.sentence.end;
}

const LEAVING_VERBS: ReadonlySet<string> = new Set(slotWords.leavingVerbs);
