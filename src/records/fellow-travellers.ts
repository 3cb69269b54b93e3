// People said to have fled alongside the subject without being named: "crossed into Hungary with six other
// Romanians", "defected together with two other crew members". They are part of the event, so they join its count.
import { alternation } from "../data/index.js";
import slotWords from "../data/slots.json";
import type { Source } from "../types.js";
import { mentionsOf, type SentenceView } from "./draft.js";

/** The count a "with N other ..." phrase gives: the subject and the others who came along. */
export const WITH_OTHERS_RULE = "count/with-others";

const linkBefore = new RegExp(`\\b(?:${alternation(slotWords.companionLinks)})\\s+$`, "i");
/** "six other Romanians", "two others": "other" marks the people as besides the subject, not a tally of all. */
const otherAfter = /^\s+others?\b/i;

export interface FellowTravellers {
  others: number;
  source: Source;
}

/**
 * The first "with N other ..." after the trigger (which ends at `from`) and before `to`, offsets into the input; null
 * when none. A verb in between tells another act: "defected and later shared a flat with two other defectors".
 */
export function readFellowTravellers(view: SentenceView, from: number, to: number): FellowTravellers | null {
  const text = view.sentence.text;
  const offset = view.sentence.start;
  for (const number of mentionsOf(view, "number", from, to)) {
    if (number.qualifier !== "exact" || !linkBefore.test(text.slice(0, number.start - offset))) continue;
    if (view.sentence.tokens.some((token) => token.start >= from && token.end <= number.start && token.tags.has("Verb"))) return null;
    const rest = text.slice(number.end - offset);
    const other = otherAfter.exec(rest);
    if (other) return { others: number.value, source: { rule: WITH_OTHERS_RULE, start: number.start, end: number.end + other[0].length } };
  }
  return null;
}
