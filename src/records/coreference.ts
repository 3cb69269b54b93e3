// Merges drafts that are one event: the same person named twice, "the official" after "a senior official", "he", "they".
import { samePerson } from "../normalise/names.js";
import { absorb, fromMention, mentionsOf, roleCategory, type Draft, type SentenceView } from "./draft.js";
import { bare, DEFINITE, PLURAL_PRONOUNS } from "./grammar.js";

/** Rule ids of what coreference fills in. */
const COREFERENCE_RULES = {
  pronounAntecedent: "subject/pronoun-antecedent",
  identifiedAs: "subject/definite-role-name",
  descriptiveRole: "role/descriptive-sentence",
  descriptiveOrganisation: "organisation/descriptive-sentence",
  descriptiveHost: "origin/descriptive-sentence-host",
  groupHeading: "destination/group-heading",
} as const;

/** How many sentences back an anaphor ("the official", "he", "they") may reach. */
const ANAPHOR_REACH = 3;

export function resolveCoreference(drafts: readonly Draft[], views: readonly SentenceView[]): Draft[] {
  const records: Draft[] = [];
  for (const draft of drafts) {
    const target = antecedentFor(draft, records);
    if (target) absorb(target, draft);
    else if (draft.introduction !== "pronoun") records.push(draft);
    else if (draft.count === 1 && nameBefore(draft, views)) records.push(draft);
  }
  for (const view of views) attachMentions(view, records);
  return records;
}

function antecedentFor(draft: Draft, records: readonly Draft[]): Draft | undefined {
  const recent = [...records].reverse();
  switch (draft.introduction) {
    case "named":
      return recent.find((record) => record.name !== null && draft.name !== null && samePerson(record.name, draft.name));
    case "pronoun":
      return recent.find((record) => near(record, draft) && (draft.count === null) === (record.count !== 1) && compatible(record, draft));
    case "definite":
      return recent.find((record) => near(record, draft) && record.name === null && compatible(record, draft));
    case "group":
      return recent.find((record) => record.introduction === "group" && record.count === draft.count && compatible(record, draft));
    case "indefinite":
    case "headline":
      return recent.find(
        (record) =>
          record.name === null &&
          near(record, draft) &&
          record.count === 1 &&
          record.timeframe !== null &&
          draft.timeframe !== null &&
          record.timeframe.text.toLowerCase() === draft.timeframe.text.toLowerCase() &&
          compatible(record, draft),
      );
    default:
      return undefined;
  }
}

/**
 * "Kim Hyuk, a defector who runs a bakery in Seoul. He fled across the Tumen River in 2009.": a "he" or "she" that
 * defected, with no record before it, is the person last named in the sentences just before; names the draft in place.
 */
function nameBefore(draft: Draft, views: readonly SentenceView[]): boolean {
  const earlier = views.filter((view) => view.sentence.index < draft.sentence && draft.sentence - view.sentence.index < ANAPHOR_REACH);
  const person = earlier.flatMap((view) => mentionsOf(view, "person")).at(-1);
  if (!person) return false;
  draft.name = person.name;
  draft.key = person.key;
  draft.description = null;
  draft.introduction = "named";
  draft.evidence.add(person.sentence);
  draft.sources.person = fromMention(COREFERENCE_RULES.pronounAntecedent, person);
  return true;
}

function near(record: Draft, draft: Draft): boolean {
  const last = Math.max(...record.evidence);
  return draft.sentence - last <= ANAPHOR_REACH;
}

/** Nothing stated on one side contradicts the other. */
function compatible(a: Draft, b: Draft): boolean {
  const agree = <T>(x: T | null, y: T | null, same: (x: T, y: T) => boolean) => x === null || y === null || same(x, y);
  const categoryA = roleCategory(a);
  const categoryB = roleCategory(b);
  return (
    (categoryA === "unknown" || categoryB === "unknown" || categoryA === categoryB) &&
    agree(a.organisation?.canonical ?? null, b.organisation?.canonical ?? null, (x, y) => x === y) &&
    agree(a.origin?.country ?? null, b.origin?.country ?? null, (x, y) => x === y) &&
    agree(a.destination?.country ?? null, b.destination?.country ?? null, (x, y) => x === y) &&
    agree(a.timeframe?.text.toLowerCase() ?? null, b.timeframe?.text.toLowerCase() ?? null, (x, y) => x === y) &&
    agree(a.count, b.count, (x, y) => x === y)
  );
}

/**
 * Sentences without a trigger still describe a known defector: "Thae was the No. 2 man at the embassy in London.",
 * "The official reported valuable intelligence ...", "They were trying to take a speedboat ...".
 */
function attachMentions(view: SentenceView, records: Draft[]): void {
  const index = view.sentence.index;
  if (records.some((record) => record.evidence.has(index))) return;
  const named = mentionsOf(view, "person")
    .map((person) => records.find((record) => record.name !== null && samePerson(record.name, person.name)))
    .find((record) => record !== undefined);
  if (named) {
    named.evidence.add(index);
    fillDescriptiveSlots(named, view);
    return;
  }
  const opener = bare(view.sentence.tokens[0]);
  const openingRole = mentionsOf(view, "role").find((role) => role.start <= (view.sentence.tokens[2]?.start ?? 0));
  if (DEFINITE.has(opener) && opener !== "its" && openingRole) {
    const target = definiteAntecedent(records, index, openingRole.title);
    if (!target) return;
    target.evidence.add(index);
    const appositive = appositiveName(view);
    if (appositive) {
      target.name = appositive.name;
      target.key = appositive.key;
      target.sources.person = fromMention(COREFERENCE_RULES.identifiedAs, appositive);
    }
    return;
  }
  const latest = records.filter((record) => index > record.sentence && index - Math.max(...record.evidence) < ANAPHOR_REACH).at(-1);
  if (PLURAL_PRONOUNS.has(opener) && latest?.introduction === "group") {
    latest.evidence.add(index);
    const heading = latest.destination ? null : finalDestination(view);
    if (heading) {
      latest.destination = heading.place;
      latest.sources.destination = fromMention(COREFERENCE_RULES.groupHeading, heading);
    }
  }
}

/** How far back "the counsellor" may reach when an unnamed record has that very title. */
const SAME_TITLE_REACH = 6;

/**
 * "The counsellor, identified as Ri Il-kyu, ...": the latest unnamed one-person record with the same title head within
 * a few sentences, else the latest one just before.
 */
function definiteAntecedent(records: readonly Draft[], index: number, title: string): Draft | undefined {
  const head = title.split(" ").at(-1);
  const candidates = records.filter((record) => index > record.sentence && record.name === null && record.count === 1);
  const sameTitle = candidates.filter((record) => record.role?.title.split(" ").at(-1) === head && index - Math.max(...record.evidence) <= SAME_TITLE_REACH);
  return sameTitle.at(-1) ?? candidates.filter((record) => index - Math.max(...record.evidence) < ANAPHOR_REACH).at(-1);
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
function appositiveName(view: SentenceView): ReturnType<typeof mentionsOf<"person">>[number] | undefined {
  const role = mentionsOf(view, "role")[0];
  const person = mentionsOf(view, "person")[0];
  if (!role || !person || person.partial) return undefined;
  const between = view.sentence.text.slice(role.end - view.sentence.start, person.start - view.sentence.start);
  return /^\s*,\s*(?:(?:identified|named)\s+as\s+|named\s+|called\s+)?$/i.test(between) ? person : undefined;
}

/** From a sentence that only describes a known person: their title, body and post. */
function fillDescriptiveSlots(record: Draft, view: SentenceView): void {
  const role = mentionsOf(view, "role")[0];
  const organisation = mentionsOf(view, "organisation").find((mention) => mention.type !== "media" && mention.country !== "KR");
  if (!record.role && role) {
    record.role = role;
    record.sources.role = fromMention(COREFERENCE_RULES.descriptiveRole, role);
  }
  if (!record.organisation && organisation) {
    record.organisation = organisation;
    record.sources.organisation = fromMention(COREFERENCE_RULES.descriptiveOrganisation, organisation);
  }
  if (!record.origin && organisation?.host) {
    record.origin = organisation.host;
    record.sources.origin = fromMention(COREFERENCE_RULES.descriptiveHost, organisation);
  }
}
