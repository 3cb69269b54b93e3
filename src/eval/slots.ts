// Slot rules: how each record field is read and when a gold and a predicted value count as the same.
import type { DefectionRecord, Place, Timeframe } from "../contract.js";
import { eitherContainsWords, normaliseName, normalisePhrase, singularise, withoutLeadingWord } from "./normalise.js";
import type { SlotAgreement, SlotName } from "./types.js";

interface SlotRule<T> {
  /** The slot's value, or null when the record leaves it empty. */
  read: (record: DefectionRecord) => T | null;
  agree: (gold: T, predicted: T) => boolean;
  /** How the value reads in a verbose report. */
  show: (value: T) => string;
}

const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);
const DATE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "on"]);

const nonEmpty = (text: string | null | undefined): string | null => (text && text.trim() !== "" ? text : null);

function samePlace(gold: Place, predicted: Place): boolean {
  if (gold.country && predicted.country) return gold.country.toUpperCase() === predicted.country.toUpperCase();
  return (
    withoutLeadingWord(normalisePhrase(gold.name), ARTICLES) ===
    withoutLeadingWord(normalisePhrase(predicted.name), ARTICLES)
  );
}

function sameTimeframe(gold: Timeframe, predicted: Timeframe): boolean {
  if (gold.start && gold.end) return gold.start === predicted.start && gold.end === predicted.end;
  return (
    withoutLeadingWord(normalisePhrase(gold.text), DATE_PREPOSITIONS) ===
    withoutLeadingWord(normalisePhrase(predicted.text), DATE_PREPOSITIONS)
  );
}

const showPlace = (place: Place): string => (place.country ? `${place.name} [${place.country}]` : place.name);

const companionSet = (companions: readonly string[]): Set<string> =>
  new Set(companions.filter((companion) => companion.trim() !== "").map(singularise));

const slotRules: { [K in SlotName]: SlotRule<never> } = {
  name: rule<string>({
    read: (record) => nonEmpty(record.person.name),
    agree: (gold, predicted) => normaliseName(gold) === normaliseName(predicted),
    show: String,
  }),
  roleCategory: rule<string>({
    // "unknown" says nothing about the role, so it is treated like an empty slot.
    read: (record) => (record.role && record.role.category !== "unknown" ? record.role.category : null),
    agree: (gold, predicted) => gold === predicted,
    show: String,
  }),
  roleTitle: rule<string>({
    read: (record) => nonEmpty(record.role?.title),
    agree: (gold, predicted) => eitherContainsWords(normalisePhrase(gold), normalisePhrase(predicted)),
    show: String,
  }),
  organisation: rule<NonNullable<DefectionRecord["organisation"]>>({
    read: (record) => (record.organisation && nonEmpty(record.organisation.name) ? record.organisation : null),
    agree: (gold, predicted) =>
      gold.canonical && predicted.canonical
        ? normalisePhrase(gold.canonical) === normalisePhrase(predicted.canonical)
        : eitherContainsWords(normalisePhrase(gold.name), normalisePhrase(predicted.name)),
    show: (organisation) => (organisation.canonical ? `${organisation.name} [${organisation.canonical}]` : organisation.name),
  }),
  origin: rule<Place>({ read: (record) => record.origin, agree: samePlace, show: showPlace }),
  destination: rule<Place>({ read: (record) => record.destination, agree: samePlace, show: showPlace }),
  timeframe: rule<Timeframe>({
    read: (record) => record.timeframe,
    agree: sameTimeframe,
    show: (timeframe) => `${timeframe.text} [${timeframe.start ?? "?"}..${timeframe.end ?? "?"}]`,
  }),
  count: rule<number>({
    read: (record) => record.count,
    agree: (gold, predicted) => gold === predicted,
    show: String,
  }),
  status: rule<string>({
    read: (record) => record.status,
    agree: (gold, predicted) => gold === predicted,
    show: String,
  }),
  companions: rule<readonly string[]>({
    read: (record) => (record.companions.some((companion) => companion.trim() !== "") ? record.companions : null),
    agree: (gold, predicted) => {
      const goldSet = companionSet(gold);
      const predictedSet = companionSet(predicted);
      return goldSet.size === predictedSet.size && [...goldSet].every((companion) => predictedSet.has(companion));
    },
    show: (companions) => companions.join(", "),
  }),
};

// Each rule is typed on its own value; the table erases the type because read and agree always travel together.
function rule<T>(slotRule: SlotRule<T>): SlotRule<never> {
  return slotRule as unknown as SlotRule<never>;
}

/** Compares one slot of a gold and a predicted record; a missing record side leaves its slot empty. */
export function compareSlot(
  slot: SlotName,
  gold: DefectionRecord | null,
  predicted: DefectionRecord | null,
): SlotAgreement {
  const { read, agree } = slotRules[slot] as unknown as SlotRule<unknown>;
  const goldValue = gold ? read(gold) : null;
  const predictedValue = predicted ? read(predicted) : null;
  if (goldValue === null || goldValue === undefined) {
    return predictedValue === null || predictedValue === undefined ? "absent" : "spurious";
  }
  if (predictedValue === null || predictedValue === undefined) return "missed";
  return agree(goldValue, predictedValue) ? "agree" : "disagree";
}

/** The slot's value as text for a report, or null when the record leaves it empty. */
export function showSlot(slot: SlotName, record: DefectionRecord): string | null {
  const { read, show } = slotRules[slot] as unknown as SlotRule<unknown>;
  const value = read(record);
  return value === null || value === undefined ? null : show(value);
}
