// Splits masked text into sentences with offsets: line ends and . ? ! before a capital end them, abbreviations
// ("Mr.", "Oct.", "U.S.", "S. Korea") do not, and a hard-wrapped line continues when the next line starts lower case.
// A "sentence" longer than any real one (a list without full stops, text without punctuation) is cut into bounded
// pieces, so that no later stage ever reads more than a sentence's worth of text at once.
import abbreviations from "../data/abbreviations.json";
import type { Sentence } from "../types.js";
import { linesOf, PARAGRAPH_SEPARATOR } from "./lines.js";

const knownAbbreviations: ReadonlySet<string> = new Set(abbreviations.map((word) => word.toLowerCase()));
/** A sentence end: terminal punctuation (and closing quotes) then space of any width and an opening capital, digit or quote. */
const boundary = /([.!?\u2026]+)(["'”’)\]]*)([\t\r\f\v\p{Zs}]+)(?=["“‘'(\[]?[\p{Lu}\d])/gu;
const finalPunctuation = /[.!?\u2026]["'”’)\]]*$/;
/** The word before a full stop, read from at most this many characters back. */
const ABBREVIATION_REACH = 12;
const wordBeforeStop = /([A-Za-z][A-Za-z.]*)\.$/;
/** Longer than any sentence of real news (the longest seen run to about 700 characters). */
export const MAX_SENTENCE_LENGTH = 1000;
/** A piece is cut at the last clause break after this share of the cap, else at the last space, else anywhere. */
const MIN_PIECE_SHARE = 0.5;
const clauseBreak = /[;:,\u2013\u2014)\]]["'”’]*\s/g;
/** Space a sentence never starts or ends with: any width, tabs, line and paragraph separators, the byte-order mark. */
const SPACE = /\s/;

/** One pass over the masked text; blank lines (including masked furniture) and U+2029 start a new paragraph. */
export function splitSentences(masked: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let sawBlank = false;
  for (const { start, end, terminator } of linesOf(masked)) {
    const line = masked.slice(start, end);
    if (line.trim() === "") {
      sawBlank = true;
    } else {
      if (sawBlank && sentences.length > 0) paragraph++;
      const wraps = !sawBlank && continuesPrevious(sentences, line);
      sawBlank = false;
      splitLine(masked, start, line, paragraph, sentences, wraps);
    }
    if (terminator === PARAGRAPH_SEPARATOR) sawBlank = true;
  }
  return boundLengths(masked, sentences);
}

/**
 * Cuts every sentence over the cap into pieces of at most `MAX_SENTENCE_LENGTH` characters, each a sentence of its own
 * (not a headline: no headline runs that long); offsets stay exact and indices are renumbered in order.
 */
function boundLengths(masked: string, sentences: Sentence[]): Sentence[] {
  if (sentences.every((sentence) => sentence.end - sentence.start <= MAX_SENTENCE_LENGTH)) return sentences;
  const bounded: Sentence[] = [];
  for (const sentence of sentences) {
    if (sentence.end - sentence.start <= MAX_SENTENCE_LENGTH) {
      bounded.push({ ...sentence, index: bounded.length });
      continue;
    }
    let start = sentence.start;
    while (start < sentence.end) {
      const end = sentence.end - start <= MAX_SENTENCE_LENGTH ? sentence.end : pieceEnd(masked, start);
      push(masked, start, end, sentence.paragraph, bounded, false, false);
      start = end;
    }
  }
  return bounded;
}

/** Where a piece of an overlong sentence starting at `start` ends: after a clause break, a space, or at the cap. */
function pieceEnd(masked: string, start: number): number {
  const window = masked.slice(start, start + MAX_SENTENCE_LENGTH);
  const least = Math.floor(MAX_SENTENCE_LENGTH * MIN_PIECE_SHARE);
  let cut = -1;
  for (const match of window.matchAll(clauseBreak)) if (match.index >= least) cut = match.index + match[0].length;
  if (cut < 0) {
    const space = window.search(/\s\S*$/);
    if (space >= least) cut = space + 1;
  }
  if (cut < 0) {
    cut = window.length;
    // Never between the two halves of a surrogate pair.
    if (isLowSurrogate(masked.charCodeAt(start + cut)) && cut > 1) cut--;
  }
  return start + cut;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** A hard-wrapped line: the previous line ended mid-sentence and this one starts in lower case. */
function continuesPrevious(sentences: Sentence[], line: string): boolean {
  const previous = sentences[sentences.length - 1];
  return previous !== undefined && previous.headline && /^\s*\p{Ll}/u.test(line);
}

function splitLine(masked: string, lineStart: number, line: string, paragraph: number, out: Sentence[], wraps: boolean): void {
  let start = 0;
  let joinPrevious = wraps;
  for (const match of line.matchAll(boundary)) {
    const stop = match.index + (match[1]?.length ?? 0);
    if (match[1] === "." && endsWithAbbreviation(line, start, stop)) continue;
    const end = stop + (match[2]?.length ?? 0);
    push(masked, lineStart + start, lineStart + end, paragraph, out, false, joinPrevious);
    joinPrevious = false;
    start = end;
  }
  const rest = line.slice(start).trimEnd();
  push(masked, lineStart + start, lineStart + line.length, paragraph, out, !finalPunctuation.test(rest), joinPrevious);
}

/** "Oct.", "No.", "U.S.", "S. Korea": a full stop that does not end the sentence. */
function endsWithAbbreviation(line: string, sentenceStart: number, stop: number): boolean {
  const word = wordBeforeStop.exec(line.slice(Math.max(sentenceStart, stop - ABBREVIATION_REACH), stop))?.[1];
  if (!word) return false;
  return /^[A-Z]$/.test(word) || knownAbbreviations.has(word.toLowerCase());
}

function push(masked: string, start: number, end: number, paragraph: number, out: Sentence[], headline: boolean, join: boolean): void {
  while (start < end && SPACE.test(masked.charAt(start))) start++;
  while (end > start && SPACE.test(masked.charAt(end - 1))) end--;
  if (end <= start) return;
  const previous = out[out.length - 1];
  if (join && previous) {
    previous.end = end;
    previous.headline = headline;
    return;
  }
  out.push({ index: out.length, start, end, text: "", paragraph, headline });
}
