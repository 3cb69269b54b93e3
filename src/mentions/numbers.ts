// Cardinal numbers that can count people ("29,830", "eight", "a dozen", "two hundred"), with the qualifier
// read from the words before them. Years, ordinals, labels ("Room 39"), times, percentages and money are not counts.
import type { StatisticQualifier } from "../contract.js";
import { alternation } from "../data/index.js";
import numbers from "../data/numbers.json";
import { looksLikeYear } from "../normalise/timeframe/index.js";
import type { NumberMention, Sentence } from "../types.js";

const words: Readonly<Record<string, number>> = numbers.words;
const multipliers: Readonly<Record<string, number>> = numbers.multipliers;

const WORD = `${alternation(Object.keys(words))}(?:-${alternation(Object.keys(words))})?`;
const MULTIPLIER = alternation(Object.keys(multipliers));
/**
 * Digits (with thousands separators) or number words, optionally times "dozen", "hundred" or "thousand";
 * a lone "a dozen" / "a hundred" counts too. Not glued to letters, other digits, "$", "#" or a hyphen ("COVID-19", "G20").
 */
const numberPattern = new RegExp(
  `(?<![\\w$£€¥₩#.,:/-])(?:(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\w%]|[.,]\\d|:\\d|-\\d)|(${WORD}|an?)(?:\\s+(${MULTIPLIER}))?(?![\\w-]))`,
  "gi",
);
const qualifierPatterns = (Object.entries(numbers.qualifiers) as [StatisticQualifier, string[]][]).map(
  ([qualifier, phrases]) => [new RegExp(`\\b(?:${alternation(phrases)})\\s+$`, "i"), qualifier] as const,
);
/** "No. 2", "Room 39", "Unit 394": a label word (or any capitalised name that is not a function word) right before. */
const labelBefore = new RegExp(`\\b(?:${alternation(numbers.labelsBefore)})\\.?\\s*$`, "i");
const capitalisedBefore = /\b([A-Z][a-z]*)\s+$/;
const functionWords = new Set([
  "about", "around", "approximately", "some", "nearly", "almost", "roughly", "over", "under", "at", "least", "more", "less",
  "fewer", "than", "only", "just", "all", "another", "the", "those", "these", "of", "in", "with", "and", "but", "up", "to",
  "by", "for", "since", "from", "among", "including", "as", "many", "additional", "when", "after", "before", "while",
  "whereas", "its", "their", "his", "her", "our", "we", "they", "he", "she", "it", "there", "then", "also", "still",
  "already", "once", "if", "total", "between", "estimated", "exactly",
]);
const unitAfter = new RegExp(`^(?:\\s*-?\\s*(?:${alternation(numbers.unitsAfter)})\\b|\\s*%|(?:st|nd|rd|th)\\b)`, "i");
/** "one of the defectors", "no one", "one another": "one" as a pronoun, not a count. */
const pronounOne = { before: /\b(?:no|any|every|some|this|that|which|the|each)\s+$/i, after: /^\s+(?:of|another|day|time|point|side|hand)\b/i };
/** "dozens of", "hundreds of", "thousands of": vague plurals; "a few", "a number of" never match a word above. */
const vaguePlural = /^s\b/;

/**
 * Every count in the sentence with the qualifier words before it.
 *
 * @example findNumbers(sentence("As of end-September, the number of defectors reached about 29,830 in total."))
 * // [{ kind: "number", text: "29,830", value: 29830, qualifier: "about", rule: "number/digits", ... }]
 */
export function findNumbers(sentence: Sentence): NumberMention[] {
  const text = sentence.text;
  const mentions: NumberMention[] = [];
  for (const match of text.matchAll(numberPattern)) {
    const start = match.index;
    const end = start + match[0].length;
    const value = valueOf(match);
    const before = text.slice(Math.max(0, start - 24), start);
    const after = text.slice(end, end + 16);
    if (value === null || vaguePlural.test(after) || unitAfter.test(after) || isLabel(before)) continue;
    if (match[1] && looksLikeYear(text, start, end)) continue;
    if (/^one$/i.test(match[0]) && (pronounOne.before.test(before) || pronounOne.after.test(after))) continue;
    mentions.push({
      kind: "number",
      start: sentence.start + start,
      end: sentence.start + end,
      text: match[0],
      sentence: sentence.index,
      rule: match[1] ? "number/digits" : "number/words",
      value,
      qualifier: qualifierPatterns.find(([pattern]) => pattern.test(before))?.[1] ?? "exact",
    });
  }
  return mentions;
}

function valueOf(match: RegExpMatchArray): number | null {
  if (match[1]) return Number(match[1].replace(/,/g, ""));
  const head = (match[2] ?? "").toLowerCase();
  const multiplier = match[3] ? (multipliers[match[3].toLowerCase()] ?? null) : null;
  if (head === "a" || head === "an") return multiplier;
  const [tens, units] = head.split("-");
  const base = (words[tens ?? ""] ?? 0) + (units ? (words[units] ?? 0) : 0);
  if (base === 0) return null;
  return multiplier === null ? base : base * multiplier;
}

function isLabel(before: string): boolean {
  if (/[$£€¥₩#]\s*$/.test(before) || labelBefore.test(before)) return true;
  const word = capitalisedBefore.exec(before)?.[1];
  return word !== undefined && !functionWords.has(word.toLowerCase()) && !/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(word);
}
