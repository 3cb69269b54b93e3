// Merging two drafts of one event: the evidence joins, and each field is taken where the other says more.
import type { ExplainedField } from "../contract.js";
import grammar from "../data/grammar.json";
import { outranks } from "../events/index.js";
import type { Draft, RoleMention } from "./draft.js";
import { saysMoreThan } from "./event-date.js";
import { narrowerPlace, placeOutranks } from "./movement.js";

/** Folds `other` into `target`: evidence joins, and each field `target` lacks is taken from `other`, with its source. */
export function absorb(target: Draft, other: Draft): void {
  for (const sentence of other.evidence) target.evidence.add(sentence);
  const take = (field: ExplainedField) => {
    const source = other.sources[field];
    if (source) target.sources[field] = source;
  };
  if (target.name === null && other.name !== null) {
    target.name = other.name;
    target.key = other.key;
    target.description = null;
    take("person");
  }
  // A pronoun says less than the headline's "North Korean diplomat" it stands for.
  if (target.introduction === "headline" && other.description !== null && other.introduction !== "pronoun") {
    if (target.name === null) {
      target.description = other.description;
      take("person");
    }
    target.introduction = other.introduction;
  }
  if (other.role && (!target.role || moreSpecificRole(other.role, target.role))) {
    target.role = other.role;
    take("role");
  }
  if (other.organisation && (!target.organisation || (target.organisation.canonical === null && other.organisation.canonical))) {
    target.organisation = other.organisation;
    take("organisation");
  }
  // A surer reading from another sentence replaces the one held: "landed at Trabzon" over "asylum in the United
  // States", "late last month" over "recently"; so does a narrower place in the same country ("Seoul" over "South Korea").
  const surer = (field: "origin" | "destination") => {
    const held = target.sources[field]?.rule;
    const offered = other.sources[field]?.rule;
    const [heldPlace, offeredPlace] = [target[field], other[field]];
    if (heldPlace && offeredPlace && narrowerPlace(heldPlace, offeredPlace)) return false;
    if (heldPlace && offeredPlace && narrowerPlace(offeredPlace, heldPlace)) return true;
    // "defected to the West and was granted asylum in the United States": a state says more than a region of none.
    if (heldPlace && offeredPlace && heldPlace.country === null && heldPlace.kind === "region" && offeredPlace.country !== null) return true;
    return held !== undefined && offered !== undefined && placeOutranks(offered, held);
  };
  if (other.origin !== null && (target.origin === null || surer("origin"))) {
    target.origin = other.origin;
    take("origin");
  }
  if (other.destination !== null && (target.destination === null || surer("destination"))) {
    target.destination = other.destination;
    take("destination");
  }
  if (
    other.timeframe !== null &&
    (target.timeframe === null || saysMoreThan(other.timeframe, other.sources.timeframe?.mention, target.timeframe, target.sources.timeframe?.mention))
  ) {
    target.timeframe = other.timeframe;
    take("timeframe");
  }
  if (target.count === null && other.count !== null) {
    target.count = other.count;
    take("count");
  }
  target.fellowTravellers ??= other.fellowTravellers;
  const companions = new Set([...target.companions, ...other.companions]);
  if (companions.size > target.companions.length) {
    if (target.companions.length === 0) take("companions");
    target.companions = [...companions];
  }
  if (outranks(other.status, target.status)) {
    target.status = other.status;
    take("status");
  }
  target.hedged &&= other.hedged;
}

/**
 * "senior diplomat" over "diplomat"; a rank or post over the bare word for the trade ("third secretary" over
 * "diplomat", "lieutenant" over "soldier") when both are of one category.
 */
export function moreSpecificRole(candidate: RoleMention, current: RoleMention): boolean {
  if (current.category === "unknown" && candidate.category !== "unknown") return true;
  if (GENERIC_TITLES.has(current.title) && !GENERIC_TITLES.has(candidate.title) && candidate.category === current.category) return true;
  const sameKind = candidate.category === current.category || candidate.category === "unknown";
  return sameKind && candidate.title.length > current.title.length && candidate.title.endsWith(current.title);
}

const GENERIC_TITLES: ReadonlySet<string> = new Set(grammar.genericTitles);

