// Mentions stage: every finder reads the same tagged sentence; overlaps between kinds are settled here, once.
import type { Knowledge } from "../data/index.js";
import type { AnalysedSentence, DocumentContext, Mention, PersonMention } from "../types.js";
import { findDates } from "./dates.js";
import { findNumbers } from "./numbers.js";
import { findOrganisations } from "./organisations.js";
import { linkPartialMentions, findPeople } from "./people.js";
import { findPlaces, type PlaceContext } from "./places.js";
import { findRoles } from "./roles.js";

export { anchorCountedDays, findReferenceDate } from "./dates.js";
export { settleSharedNames } from "./organisations.js";
export { placeContextFor, type PlaceContext } from "./places.js";

/** All mentions of one sentence, in text order; a person or number inside a place, body or date is dropped. */
export function findMentions(
  sentence: AnalysedSentence,
  knowledge: Knowledge,
  context: DocumentContext,
  places: PlaceContext,
): Mention[] {
  const organisations = findOrganisations(sentence, knowledge);
  const placeMentions = findPlaces(sentence, knowledge, places);
  const dates = findDates(sentence, context);
  const containers = [...organisations, ...placeMentions, ...dates];
  const inside = (mention: Mention) => containers.some((outer) => outer.start <= mention.start && mention.end <= outer.end);
  const people = findPeople(sentence, knowledge).filter((person) => !inside(person));
  const numbers = findNumbers(sentence).filter((number) => !inside(number));
  return [...people, ...findRoles(sentence, knowledge), ...organisations, ...placeMentions, ...dates, ...numbers].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
}

/** Gives surname-only mentions ("Thae") the full name they refer back to, across the whole document, in place. */
export function linkPeople(mentionsBySentence: Mention[][]): void {
  const people = mentionsBySentence.flat().filter((mention): mention is PersonMention => mention.kind === "person");
  const linked = new Map(linkPartialMentions(people).map((person) => [`${person.start}:${person.end}`, person]));
  for (const mentions of mentionsBySentence) {
    for (let i = mentions.length - 1; i >= 0; i--) {
      const mention = mentions[i];
      if (mention?.kind !== "person") continue;
      const replacement = linked.get(`${mention.start}:${mention.end}`);
      // A surname that refers back to no full name ("Mr Kim said") names nobody the records can use.
      if (replacement && !(replacement.partial && replacement.name === replacement.surname)) mentions[i] = replacement;
      else mentions.splice(i, 1);
    }
  }
}
