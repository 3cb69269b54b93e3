// One span worded over two timeframes: "from 2011 to 2014", "between late 2011 and early 2012", "either Tuesday or
// early Wednesday", "from January to date". It runs from the first one's start to the second one's end (or the
// reference); a first part without a year that would come after the second is read in the year before.
import type { Timeframe } from "../../../contract.js";
import { dayOfIso, isoOf, shifted } from "../calendar.js";
import { rewritten, type TimeframeCandidate, type TimeframeRefiner } from "../rule.js";

const RULE = "date/range";
const CONNECTOR = /^\s*(?:[-–—]|(to|through|until|till|and|or))\s*$/i;
const OPENER = /\b(from|between|either)\s+$/i;
const TO_DATE = /^\s+(?:to\s+date|to\s+the\s+present(?:\s+day)?|to\s+this\s+day|(?:up\s+)?(?:to|until|till)\s+(?:now|today))\b/i;
const YEAR_WRITTEN = /\b\d{4}\b/;
const COARSENESS: Readonly<Record<Timeframe["precision"], number>> = { day: 0, month: 1, year: 2, unknown: 3 };

export const joinRanges: TimeframeRefiner = (candidates, sentence, reference) => {
  const refined: TimeframeCandidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const first = candidates[i]!;
    const second = candidates[i + 1];
    const opener = OPENER.exec(sentence.slice(Math.max(0, first.start - 10), first.start));
    const start = opener ? first.start - opener[0].length : first.start;
    const joined = second && joins(sentence.slice(first.end, second.start), opener?.[1]?.toLowerCase() ?? "");
    if (second && joined) {
      const timeframe = spanned(first, second);
      if (timeframe) {
        refined.push(rewritten(sentence, start, second.end, RULE, (text) => ({ ...timeframe, text })));
        i++;
        continue;
      }
    }
    const toDate = TO_DATE.exec(sentence.slice(first.end));
    if (toDate) {
      const { start: from, precision } = first.timeframe;
      refined.push(
        rewritten(sentence, start, first.end + toDate[0].length, RULE, (text) =>
          from && reference ? { text, start: from, end: isoOf(reference), precision } : { text, start: null, end: null, precision: "unknown" },
        ),
      );
      continue;
    }
    refined.push(first);
  }
  return refined;
};

/** A dash joins anything; "and" only after "between"; "to", "until" after "from" or nothing; "or" always. */
function joins(between: string, opener: string): boolean {
  const connector = CONNECTOR.exec(between);
  if (!connector) return false;
  const word = (connector[1] ?? "").toLowerCase();
  if (word === "and") return opener === "between";
  if (word === "or") return opener === "" || opener === "either";
  return opener !== "either";
}

function spanned(first: TimeframeCandidate, second: TimeframeCandidate): Omit<Timeframe, "text"> | null {
  const a = first.timeframe;
  const b = second.timeframe;
  const precision = COARSENESS[a.precision] >= COARSENESS[b.precision] ? a.precision : b.precision;
  if (!a.start || !a.end || !b.start || !b.end) return { start: null, end: null, precision: "unknown" };
  let start = a.start;
  // "from November to March 2015": the November before.
  if (start > b.start && !YEAR_WRITTEN.test(a.text)) start = isoOf(shifted(dayOfIso(start), "year", -1));
  if (start > b.start) return null;
  return { start, end: a.end > b.end ? a.end : b.end, precision };
}
