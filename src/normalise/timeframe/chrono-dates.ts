// Calendar dates chrono-node reads best: a day of a named month ("Aug. 3, 1981", "3 August 1981", "the 3rd of August",
// "Monday, Oct. 10"), numeric dates ("2016-10-12", "10/12/2016") and their ranges ("Aug. 3-10"). chrono tries each of its
// parsers at every position, so it sees only short windows around such phrases, with the parsers the news rules
// already cover (times of day, durations, "ago" and "later") taken out. Numeric dates read month first, as chrono does
// (03/08/1981 is March 8), unless the first number cannot be a month (13/08/1981 is August 13).
import type { Chrono } from "chrono-node";
import { loadChrono } from "../../load/index.js";
import { MONTH_PATTERN } from "./calendar.js";
import { timeframeFromChrono } from "./past-bias.js";
import type { TimeframeCandidate } from "./rule.js";

const chronoWorthy = new RegExp(
  `(?:\\b${MONTH_PATTERN}\\s*\\d{1,2}(?!\\d)|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_PATTERN}|\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b)`,
  "gi",
);
/** Characters of context on each side of a chrono-worthy phrase: enough for "on Thursday, Oct. 2, 2016". */
const CHRONO_WINDOW = 24;
/** Parsers whose readings the news rules make (or that read times of day, which are no timeframe). */
const LEFT_TO_NEWS_RULES = new Set(["ENTimeUnitWithinFormatParser", "ENTimeExpressionParser", "ENTimeUnitAgoFormatParser", "ENTimeUnitLaterFormatParser"]);
/**
 * chrono only implies a year for dates without one, and the year is computed from the reference afterwards; a
 * mid-year instant in a leap year keeps chrono from dropping "Feb. 29" for a year it would imply.
 */
const NEUTRAL_INSTANT = new Date(2000, 5, 15, 12);

let reader: Chrono | undefined;

function chronoReader(): Chrono {
  if (!reader) {
    const chrono = loadChrono();
    const configuration = chrono.en.configuration.createConfiguration(true);
    configuration.parsers = configuration.parsers.filter((parser) => !LEFT_TO_NEWS_RULES.has(parser.constructor.name));
    reader = new chrono.Chrono(configuration);
  }
  return reader;
}

/** chrono's readings inside the windows of a sentence; offsets relative to the sentence. No window, no chrono call. */
export function findCalendarDates(sentence: string, reference: Date | null): TimeframeCandidate[] {
  const windows = chronoWindows(sentence);
  if (windows.length === 0) return [];
  const found: TimeframeCandidate[] = [];
  for (const [from, to] of windows) {
    for (const result of chronoReader().parse(sentence.slice(from, to), { instant: NEUTRAL_INSTANT }, { forwardDate: false })) {
      const inWindow = timeframeFromChrono(result, reference, sentence.slice(from, to));
      const candidate = inWindow && { ...inWindow, start: inWindow.start + from, end: inWindow.end + from };
      if (candidate && !found.some((other) => other.start === candidate.start)) found.push(candidate);
    }
  }
  return found;
}

/** Merged windows of context around each phrase only chrono can read, cut at word boundaries. */
function chronoWindows(text: string): [number, number][] {
  const windows: [number, number][] = [];
  for (const match of text.matchAll(chronoWorthy)) {
    let from = Math.max(0, match.index - CHRONO_WINDOW);
    let to = Math.min(text.length, match.index + match[0].length + CHRONO_WINDOW);
    while (from > 0 && /\S/.test(text.charAt(from - 1))) from--;
    while (to < text.length && /\S/.test(text.charAt(to))) to++;
    const last = windows.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}
