// Years: "in 2013" and bare years (1900-2100) that read as dates, not counts or labels. `looksLikeYear` is shared with
// the number finder so a figure is a year or a count, never both.
import { YEAR_PATTERN, yearSpan } from "../calendar.js";
import type { TimeframeRule } from "../rule.js";

/** Words after which a four-digit figure is a date: "in 2013", "since 2011", "the 2013 purge", "May 2015". */
const DATE_CONTEXT_BEFORE =
  /(?:\b(?:in|since|of|by|during|until|till|from|to|through|before|after|between|and|or|the|early|mid|late|around|circa|c\.|year|summer|winter|spring|autumn|fall|end|start|beginning|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|[a-z]+(?:uary|ch|il|ne|ly|ust|ber))\.?|[(,'’]|-)\s*$/i;
/** Words after which the figure counts something: "some 2000 defectors", "more than 1900". */
const COUNT_CONTEXT_BEFORE =
  /\b(?:about|around|approximately|roughly|some|nearly|almost|over|than|least|fewer|up\s+to|total\s+of|estimated|only|just|all|another)\s*$/i;
/** A capitalised name right before a figure makes it a label ("Unit 1984", "Camp 2000"), dates aside. */
const LABEL_BEFORE = /\b[A-Z][a-z]*\s+$/;
/** A plural noun right after the figure marks a count ("1950 people"), unless a date word came before. */
const COUNTED_NOUN_AFTER = /^\s+(?:[a-z]+\s+)?(?:people|persons|men|women|children|[a-z]+ers|[a-z]+ees|[a-z]+ians|[a-z]+ans|refugees|officials|workers)\b/;

/** True when the four-digit figure at `start..end` of `text` reads as a year (1900-2100), not a count or an identifier. */
export function looksLikeYear(text: string, start: number, end: number): boolean {
  if (end - start !== 4) return false;
  const value = Number(text.slice(start, end));
  if (!(value >= 1900 && value <= 2100)) return false;
  const before = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(end, end + 24);
  if (/[\d,.$£€¥₩#]$|[A-Za-z]$/.test(before) || /^(?:[\d%]|[.,]\d|st\b|th\b)/.test(after)) return false;
  if (DATE_CONTEXT_BEFORE.test(before)) return true;
  if (COUNT_CONTEXT_BEFORE.test(before) || LABEL_BEFORE.test(before)) return false;
  return !COUNTED_NOUN_AFTER.test(after);
}

export const yearRule: TimeframeRule = {
  id: "date/year",
  cue: /\d{4}/,
  pattern: new RegExp(`(?<![\\w.,/:-])${YEAR_PATTERN}(?![\\w/:]|[-.]\\d)`, "g"),
  resolve(match, text) {
    return looksLikeYear(match.input ?? "", match.index, match.index + 4) ? yearSpan(text, Number(match[0])) : null;
  },
};
