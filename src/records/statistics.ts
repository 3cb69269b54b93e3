// Aggregate figures about defectors: a number of people in a sentence about defections that is no group record.
import type { StatisticRecord, Timeframe } from "../contract.js";
import { isUsable } from "../events/index.js";
import { mentionsOf, tokenAt, type Draft, type SentenceView } from "./draft.js";
import { bare, GROUP_NOUNS } from "./grammar.js";
import { span } from "./span.js";

/** Words after a number that make it something other than a head count. */
const NOT_PEOPLE = /^\s*(?:percent|per\s*cent|%|times|years?|months?|days?|hours?|minutes?|km|kilometers?|miles?|dollars?|won|yuan|euros?|mark|th|st|nd|rd|-year|-month|-day|am|pm)\b/i;

/** A figure right after these words counts people something else happened to: "the execution of more than 100 officials". */
const OTHER_EVENT = /\b(?:execut|purg|kill|sentenc|jail|imprison|banish|punish|sanction)\w*\b[^.]*$/i;

/** Words that make a sentence about defectors a count of them: a total, a change, an arrival, a capture. */
const COUNTING = /\b(?:number|total|tally|figure|reached|rose|risen|fell|fallen|dropped|increased|decreased|declined|doubled|arrived|entered|came|come|resettled|arrested|detained|caught|repatriated|sent back|so far|already|in all|record)\b/i;

function countsPeople(view: SentenceView): boolean {
  const periods = mentionsOf(view, "date").some((date) => date.timeframe.precision === "year" || /\b(?:since|months|years)\b/i.test(date.text));
  return periods || COUNTING.test(view.sentence.text);
}

/** A sentence that goes on counting what the one before counted: "It then plunged in 2012 to 1,502". */
const CONTINUATION = /^(?:It|The figure|The number|That|This)\b/;

export function findStatistics(views: readonly SentenceView[], records: readonly Draft[], original: string): StatisticRecord[] {
  const groupSentences = new Set(records.filter((record) => record.introduction === "group").flatMap((record) => [...record.evidence]));
  const statistics: StatisticRecord[] = [];
  let previous: { sentence: number; subject: string } | undefined;
  for (const view of views) {
    const usable = view.triggers.filter((trigger) => isUsable(trigger));
    // "About 300 defectors attended the rally": a crowd of defectors is no tally of defections unless it counts them.
    const aboutDefection = usable.some((trigger) => trigger.form !== "agent") || (usable.length > 0 && countsPeople(view));
    const inherited = previous?.sentence === view.sentence.index - 1 && CONTINUATION.test(view.sentence.text) ? previous.subject : null;
    // Headlines restate the body's figures; counting them again would double them.
    if ((!aboutDefection && inherited === null) || view.sentence.headline || groupSentences.has(view.sentence.index)) continue;
    const dates = mentionsOf(view, "date");
    for (const number of mentionsOf(view, "number")) {
      if (dates.some((date) => number.start >= date.start && number.end <= date.end)) continue;
      const following = original.slice(number.end, number.end + 16);
      if (NOT_PEOPLE.test(following) || OTHER_EVENT.test(original.slice(Math.max(view.sentence.start, number.start - 40), number.start))) continue;
      const subject = subjectOf(view, number.end) ?? inherited;
      if (subject === null) continue;
      previous = { sentence: view.sentence.index, subject };
      statistics.push({
        value: number.value,
        qualifier: number.qualifier,
        subject,
        timeframe: periodOf(view, number.start, number.end),
        evidence: span(original, view.sentence.start, view.sentence.end),
      });
    }
  }
  return statistics;
}

/**
 * Who the figure counts: the people noun phrase right after it ("1,036 North Koreans", "20 senior officials"),
 * else what the sentence says is being counted ("the number of North Korean defectors"); null when it counts no people.
 */
function subjectOf(view: SentenceView, numberEnd: number): string | null {
  const tokens = view.sentence.tokens;
  const first = tokenAt(view, numberEnd);
  for (let i = first; i < Math.min(tokens.length, first + 4); i++) {
    const token = tokens[i];
    if (!token) break;
    if (GROUP_NOUNS.has(bare(token))) return original(view, tokens[first]?.start ?? token.start, token.end);
    if (token.tags.has("Verb") || token.tags.has("Preposition")) break;
  }
  const counted = /\b(?:number|total|tally|count)\s+of\s+((?:[\w’'-]+\s+){0,3}?(?:defectors|defections|North Koreans|escapees|refugees|officials|elites))\b/i.exec(view.sentence.text);
  if (counted?.[1]) return counted[1];
  const defections = /\b(defections\s+of\s+(?:[\w’'-]+\s+){0,3}?(?:officials|diplomats|elites|officers|workers))\b/i.exec(view.sentence.text);
  if (defections?.[1]) return defections[1];
  const bareFigure = /^\s*(?:in\s+\d{4}|already|so far|in total|last year|this year)/i.test(view.sentence.text.slice(numberEnd - view.sentence.start));
  return bareFigure ? "defectors" : null;
}

function original(view: SentenceView, start: number, end: number): string {
  return view.sentence.text.slice(start - view.sentence.start, end - view.sentence.start);
}

/**
 * The period a figure covers: the date right after it in the same clause ("18 in 2014", "20 already this year"),
 * else the nearest before it ("in 2012 to 1,502").
 */
function periodOf(view: SentenceView, numberStart: number, numberEnd: number): Timeframe | null {
  const dates = mentionsOf(view, "date");
  const numbers = mentionsOf(view, "number");
  const nextNumber = numbers.find((number) => number.start > numberEnd)?.start ?? Infinity;
  const sameClause = (date: { start: number }) => !/[,;]/.test(original(view, numberEnd, date.start));
  const after = dates.find((date) => date.start >= numberEnd && date.start < nextNumber && date.start - numberEnd <= 100 && sameClause(date));
  const before = dates.filter((date) => date.end <= numberStart).at(-1);
  return (after ?? before)?.timeframe ?? null;
}
