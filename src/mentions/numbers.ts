// Cardinal numbers that can count people ("29,830", "eight", "a dozen", "2,000-plus", "1,000-1,500"), with the
// qualifier read from the words around them. Years, ordinals, labels, ages, times, percentages and money are not counts.
import type { StatisticQualifier } from "../contract.js";
import { alternation } from "../data/index.js";
import numbers from "../data/numbers.json";
import { looksLikeYear } from "../normalise/timeframe/index.js";
import type { NumberMention, Sentence } from "../types.js";

/** "1,000-1,500": each end of a range is a count of its own. */
const RANGE_RULE = "number/range";
const words: Readonly<Record<string, number>> = numbers.words;
const multipliers: Readonly<Record<string, number>> = numbers.multipliers;

const WORD = `${alternation(Object.keys(words))}(?:-${alternation(Object.keys(words))})?`;
const MULTIPLIER = alternation(Object.keys(multipliers));
const DIGITS = "\\d{1,3}(?:,\\d{3})+|\\d+";
/**
 * Digits (with thousands separators), optionally a range to a second figure ("1,000-1,500"), or number words,
 * optionally times "dozen", "hundred" or "thousand"; a lone "a dozen" / "a hundred" counts too. Not glued to letters,
 * other digits, "$", "#", an apostrophe ("'97") or a hyphen ("COVID-19", "G20").
 */
const numberPattern = new RegExp(
  `(?<![\\w$£€¥₩#.,:/'’-])(?:(${DIGITS})(?:\\s?[-–]\\s?(${DIGITS}))?(?![\\w%]|[.,]\\d|:\\d|[-–]\\d)|(${WORD}|an?)(?:\\s+(${MULTIPLIER}))?(?![\\w-]))`,
  "gi",
);
const qualifierPatterns = (Object.entries(numbers.qualifiers) as [StatisticQualifier, string[]][]).map(
  ([qualifier, phrases]) => [new RegExp(`\\b(?:${alternation(phrases)})\\s+$`, "i"), qualifier] as const,
);
/** "2,000-plus", "300-odd": a qualifier written after the figure, part of the mention. */
const qualifierSuffixes = (Object.entries(numbers.qualifierSuffixes) as [StatisticQualifier, string[]][]).map(
  ([qualifier, suffixes]) => [new RegExp(`^-(?:${alternation(suffixes)})\\b`, "i"), qualifier] as const,
);
/** "No. 2", "Room 39", "Unit 394": a label word (or any capitalised name that is not a function word) right before. */
const labelBefore = new RegExp(`\\b(?:${alternation(numbers.labelsBefore)})\\.?\\s*$`, "i");
const capitalisedBefore = /\b([A-Z][a-z]*)\s+$/;
const functionWords = new Set([
  "about", "around", "approximately", "some", "nearly", "almost", "roughly", "over", "under", "at", "least", "more", "less",
  "fewer", "than", "only", "just", "all", "another", "the", "those", "these", "of", "in", "with", "and", "but", "up", "to",
  "by", "for", "since", "from", "among", "including", "as", "many", "additional", "when", "after", "before", "while",
  "whereas", "its", "their", "his", "her", "our", "we", "they", "he", "she", "it", "there", "then", "also", "still",
  "already", "once", "if", "total", "between", "estimated", "exactly", "currently", "now", "today", "altogether", "overall",
]);
/** A unit right after the figure, or after a range or multiplier that ends at it ("eight to nine months", "130-thousand dollar"). */
const unitAfter = new RegExp(
  `^(?:\\s*(?:(?:to|or|[-–])\\s*(?:${DIGITS}|${WORD}))?\\s*-?\\s*(?:${MULTIPLIER}\\s+)?(?:${alternation(numbers.unitsAfter)})\\b|\\s*%|(?:st|nd|rd|th)\\b)`,
  "i",
);
/** "a 141-page memoir", "a 24-person deal": a figure inside a compound modifier counts nothing by itself. */
const compoundModifier = /^-[a-z]/i;
/** "Xu Lin, 33, a third secretary", "said Leyva, 24.": an age set off by commas after a name; "aged 33", "died at 86". */
const ageApposition = { before: /\b[A-Z][\w’'-]*,\s*$/, after: /^\s*(?:[,;.)]|$)/ };
const ageBefore = new RegExp(`\\b(?:${alternation(numbers.ageBefore)}|(?:he|she)\\s+(?:was|is))\\s+$`, "i");
/** "the estimated 2012 figure", "a 2006 law": a year that modifies a noun, whatever words came before it. */
const yearModifies = new RegExp(`^\\s+(?:${alternation(numbers.yearModifies)})\\b`, "i");
/** "one of the defectors", "no one", "one another": "one" as a pronoun, not a count. */
const pronounOne = { before: /\b(?:no|any|every|some|this|that|which|the|each)\s+$/i, after: /^\s+(?:of|another|day|time|point|side|hand)\b/i };
/** "dozens of", "hundreds of", "thousands of": vague plurals; "a few", "a number of" never match a word above. */
const vaguePlural = /^s\b/;

/**
 * Every count in the sentence with the qualifier words before it; a range gives one mention per figure.
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
    const before = text.slice(Math.max(0, start - 24), start);
    const after = text.slice(end, end + 24);
    if (!isCount(match, text, start, end, before, after)) continue;
    const suffix = qualifierSuffixes.find(([pattern]) => pattern.test(after));
    const suffixLength = suffix ? (suffix[0].exec(after)?.[0].length ?? 0) : 0;
    const qualifier = suffix?.[1] ?? qualifierPatterns.find(([pattern]) => pattern.test(before))?.[1] ?? "exact";
    const mention = (from: number, to: number, value: number, rule: string): NumberMention => ({
      kind: "number",
      start: sentence.start + from,
      end: sentence.start + to,
      text: text.slice(from, to),
      sentence: sentence.index,
      rule,
      value,
      qualifier,
    });
    const [first, second] = [match[1], match[2]];
    if (first && second) {
      const secondStart = start + match[0].lastIndexOf(second);
      mentions.push(mention(start, start + first.length, digitsValue(first), RANGE_RULE));
      mentions.push(mention(secondStart, end, digitsValue(second), RANGE_RULE));
      continue;
    }
    const value = first ? digitsValue(first) : wordsValue(match);
    if (value === null) continue;
    mentions.push(mention(start, end + suffixLength, value, first ? "number/digits" : "number/words"));
  }
  return mentions;
}

function isCount(match: RegExpMatchArray, text: string, start: number, end: number, before: string, after: string): boolean {
  const [, first, second] = match;
  if (vaguePlural.test(after) || unitAfter.test(after) || isLabel(before)) return false;
  if (compoundModifier.test(after) && !qualifierSuffixes.some(([pattern]) => pattern.test(after))) return false;
  if (first) {
    // A range of two years is a period ("1950-1953"), not two counts.
    const firstEnd = start + first.length;
    if (looksLikeYear(text, start, firstEnd) || (second && isYearValue(first) && isYearValue(second))) return false;
    if (isYearValue(first) && !first.includes(",") && yearModifies.test(after)) return false;
    if (/^0\d/.test(first)) return false;
  }
  const value = first ? digitsValue(first) : wordsValue(match);
  if (value !== null && value <= 120 && !second && (ageBefore.test(before) || (ageApposition.before.test(before) && ageApposition.after.test(after)))) {
    return false;
  }
  return !(/^one$/i.test(match[0]) && (pronounOne.before.test(before) || pronounOne.after.test(after)));
}

function isYearValue(digits: string): boolean {
  const value = Number(digits);
  return digits.length === 4 && value >= 1900 && value <= 2100;
}

function digitsValue(digits: string): number {
  return Number(digits.replace(/,/g, ""));
}

function wordsValue(match: RegExpMatchArray): number | null {
  const head = (match[3] ?? "").toLowerCase();
  const multiplier = match[4] ? (multipliers[match[4].toLowerCase()] ?? null) : null;
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
