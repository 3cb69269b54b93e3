// Family who came along: "with his wife and two children", "together with his family", "Kim and his wife fled",
// "his wife, who came with him"; never family met, lived with or left behind.
import { alternation } from "../data/index.js";
import slotWords from "../data/slots.json";
import type { Source } from "../types.js";
import type { SentenceView } from "./draft.js";
import { COMPANIONS } from "./grammar.js";

const COMPANION_RULES = {
  withFamily: "companions/with-family",
  coordinated: "companions/coordinated-subject",
  cameWith: "companions/came-with",
  including: "companions/group-including-family",
} as const;

export interface Companions {
  words: string[];
  source: Source;
}

const OWNER = "(?:his|her|their)";
/** "two", "young", "six-year-old", "18-month-old": what may stand before a family word. */
const MODIFIER = `(?:(?:${alternation(slotWords.companionModifiers)}|\\d+|[\\w]+-(?:year|month)-old)\\s+)?`;
const ITEM = `${MODIFIER}(?:${alternation(COMPANIONS)})(?![\\w'’-])`;
/** "wife and child", "wife, son and daughter", "wife and their two children". */
const ITEMS = `(${ITEM}(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?:${OWNER}\\s+)?${ITEM})*)(?!['’]s)`;
const QUANTITY = `(?:(?:${alternation(slotWords.companionQuantities)})\\s+of\\s+)?`;

const withPattern = new RegExp(`\\b(?:${alternation(slotWords.companionLinks)})\\s+${QUANTITY}${OWNER}\\s+${ITEMS}`, "i");
/** "Kim and his wife fled", "The diplomat, his wife and their three children defected", not "Kim, his son said, ...". */
const coordinatedPattern = new RegExp(`^\\s*(?:,?\\s+and\\s+|,\\s*)${OWNER}\\s+${ITEMS}(?!\\s+(?:said|says|told|added|recalled)\\b)`, "i");
const cameWithPattern = new RegExp(
  `\\b${OWNER}\\s+${ITEMS}\\s*,?\\s+(?:who\\s+)?(?:(?:had|has|have|also)\\s+){0,2}(?:${alternation(slotWords.companionCoVerbs)})\\s+(?:[\\w'’-]+\\s+){0,3}?with\\s+(?:him|her|them)\\b`,
  "i",
);
/**
 * "Some 40 people, including defectors and family members, crossed": family named among a group that fled; other
 * members ("including three children") are the group's make-up, not companions.
 */
const includingPattern = new RegExp(`\\bincluding\\s+(?:[\\w-]+\\s+and\\s+)?(?:${OWNER}\\s+)?(${alternation(slotWords.familyWords)})(?![\\w'’-])`, "i");
const notTravelling = new RegExp(`\\b(?:${alternation(slotWords.notTravellingWith)})\\b`, "i");

/**
 * Companions named in a trigger's clause ([from, to)), or right after its subject phrase (`subjectEnd`), or anywhere
 * in the sentence as family who came with the person.
 */
export function readCompanions(view: SentenceView, from: number, to: number, subjectEnd: number): Companions | null {
  const offset = view.sentence.start;
  const clause = view.sentence.text.slice(from - offset, to - offset);
  const linked = withPattern.exec(clause);
  if (linked?.[1] && !notTravelling.test(clause.slice(0, linked.index))) return found(linked[1], from + linked.index, linked[0].length, COMPANION_RULES.withFamily);
  const coordinated = coordinatedPattern.exec(view.sentence.text.slice(subjectEnd - offset, to - offset));
  if (coordinated?.[1]) return found(coordinated[1], subjectEnd, coordinated[0].length, COMPANION_RULES.coordinated);
  const including = includingPattern.exec(clause);
  if (including?.[1]) return found(including[1], from + including.index, including[0].length, COMPANION_RULES.including);
  return readFamilyWhoCame(view);
}

/**
 * "His wife, who came with him, now lives in Seoul.": family said to have travelled with the person, anywhere in a
 * sentence; a sentence about a known defector can name them without a trigger of its own.
 */
export function readFamilyWhoCame(view: SentenceView): Companions | null {
  const came = cameWithPattern.exec(view.sentence.text);
  return came?.[1] ? found(came[1], view.sentence.start + came.index, came[0].length, COMPANION_RULES.cameWith) : null;
}

function found(list: string, start: number, length: number, rule: string): Companions | null {
  const words = list
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/i)
    .map((part) =>
      part
        .trim()
        .toLowerCase()
        .replace(new RegExp(`^${OWNER}\\s+`, "i"), "")
        .replace(new RegExp(`^${MODIFIER}`, "i"), "")
        .replace(/^family members$/, "family"),
    )
    .filter((part) => part.length > 0);
  return words.length > 0 ? { words: [...new Set(words)], source: { rule, start, end: start + length } } : null;
}
