// The stretch of a sentence a trigger's slots are read from: its subject's clause up to the clause end or a closing
// quote, and a "while ..." or "after ..." clause right after it, which tells the circumstances of the same flight.
import { alternation } from "../data/index.js";
import slotWords from "../data/slots.json";
import type { Token, Trigger } from "../types.js";
import { mentionsOf, tokenAt, type SentenceView } from "./draft.js";
import { bare, isReportingVerb, RELATIVE_PRONOUNS, SUBORDINATORS, verbGroupStart } from "./grammar.js";
import { saysArrest } from "./place-frames.js";
import { clauseEnd, type Subject } from "./subjects.js";

export interface SlotWindow {
  /** Where the subject phrase, or its clause, begins. */
  from: number;
  /** Where the trigger's clause ends. */
  end: number;
  /** Where the subject's predicate ends: past a relative clause, what the main verb says of the person still counts for their body. */
  predicateEnd: number;
  /** Where the subject phrase begins and ends (the trigger's own span when there is no subject). */
  subjectStart: number;
  subjectEnd: number;
  /** The end of a circumstance clause that goes on right after the clause, or `end` when none does. */
  circumstanceEnd: number;
  /** The circumstance clause is one of time ("while on a tour", "when"), so its date is the event's. */
  circumstanceDates: boolean;
  /** The circumstance clause leaves somewhere: "after escaping a restaurant in Ningbo". */
  circumstanceLeaves: boolean;
  /** The circumstance clause tells a later leg: "before reaching South Korea". */
  circumstanceLater: boolean;
}

/** "while serving in London", "after escaping a restaurant in Ningbo", "when on a tour of Japan", "before reaching Seoul". */
const CIRCUMSTANCE_OPENERS: ReadonlySet<string> = new Set(["while", "when", "after", "before"]);
const COORDINATORS: ReadonlySet<string> = new Set(["and", "or", "then", "nor"]);
const SAME_TIME_OPENERS: ReadonlySet<string> = new Set(["while", "when"]);
const LEAVING_VERBS: ReadonlySet<string> = new Set(slotWords.leavingVerbs);
const leavingPhrase = new RegExp(`\\b${alternation(slotWords.leavingPhrases)}\\b`, "i");
/** A quotation closes: the words after it are the speaker's frame, not the quoted event ("... border,” an official said"). */
const CLOSING_QUOTE = /[”»]|[,.!?]["']/;

export function slotWindow(view: SentenceView, trigger: Trigger, subject: Subject | null): SlotWindow {
  const tokens = view.sentence.tokens;
  const endIndex = clauseEnd(view, tokenAt(view, trigger.start));
  const clauseStop = tokens[endIndex]?.start ?? view.sentence.end;
  const end = Math.min(clauseStop, quoteEnd(view, trigger.end, clauseStop), relativeClauseEnd(view, trigger, clauseStop));
  const window: SlotWindow = {
    // "Among those who defected in recent months are a missile scientist ...": the subject may follow the trigger.
    from: subject ? Math.min(subject.start, subject.clauseStart, trigger.start) : trigger.start,
    end,
    predicateEnd: Math.min(clauseStop, quoteEnd(view, trigger.end, clauseStop)),
    subjectStart: subject?.start ?? trigger.start,
    subjectEnd: subject?.end ?? trigger.end,
    circumstanceEnd: end,
    circumstanceDates: false,
    circumstanceLeaves: false,
    circumstanceLater: false,
  };
  const opener = bare(tokens[endIndex]);
  if (end !== clauseStop || !CIRCUMSTANCE_OPENERS.has(opener)) return window;
  let last = endIndex;
  let leaves = false;
  for (let index = endIndex + 1; index < tokens.length; index++) {
    const token = tokens[index];
    const word = bare(token);
    if (!token || SUBORDINATORS.has(word) || isReportingVerb(token) || word === "and" || word === "but") break;
    if (token.tags.has("Verb") && LEAVING_VERBS.has(word)) leaves = true;
    last = index;
    if (/[,;:”"]/.test(charAfterToken(view, token))) break;
  }
  window.circumstanceEnd = tokens[last]?.end ?? end;
  leaves ||= leavingPhrase.test(view.sentence.text.slice(clauseStop - view.sentence.start, window.circumstanceEnd - view.sentence.start));
  window.circumstanceDates = SAME_TIME_OPENERS.has(opener) || (opener === "after" && stayedOn(trigger) && isOccasion(view, tokens.slice(endIndex + 1, Math.min(last + 1, endIndex + 1 + OCCASION_WORDS))));
  window.circumstanceLeaves = leaves;
  window.circumstanceLater = opener === "before";
  return window;
}

/**
 * "failed to return home after a tour of Las Vegas last month", "disappeared after a match in Botswana": someone
 * who stayed on, or slipped away, after an occasion was at it when they left, so its place and date are the flight's.
 */
function stayedOn(trigger: Trigger): boolean {
  return trigger.frame === "stay" || trigger.frame === "away" || trigger.frame === "missing";
}

/** "a tour of Las Vegas last month", "the final in Glasgow": an occasion named by a noun, with no verb of its own. */
function isOccasion(view: SentenceView, words: readonly Token[]): boolean {
  const dates = mentionsOf(view, "date");
  const verb = (token: Token) => token.tags.has("Verb") && !EVENT_NOUNS.has(bare(token)) && !dates.some((date) => date.start <= token.start && token.end <= date.end);
  return words.some((token) => EVENT_NOUNS.has(bare(token))) && !words.some(verb);
}

const EVENT_NOUNS: ReadonlySet<string> = new Set(slotWords.eventNouns);
/** How many words after "after" an occasion is read from: "a tour of Las Vegas last month". */
const OCCASION_WORDS = 12;

/**
 * "A former ambassador who defected to the United States died on Saturday": a relative clause ends where the main
 * clause's verb comes back, and what follows is said of the person, not of the flight.
 */
function relativeClauseEnd(view: SentenceView, trigger: Trigger, end: number): number {
  const tokens = view.sentence.tokens;
  const first = tokenAt(view, trigger.start);
  const group = verbGroupStart(tokens, first) - 1;
  if (!RELATIVE_PRONOUNS.has(bare(tokens[group]))) return end;
  const triggerEnd = tokenAt(view, trigger.end - 1);
  for (let index = triggerEnd + 1; index < tokens.length && (tokens[index]?.start ?? Infinity) < end; index++) {
    const token = tokens[index];
    if (!token || !isFiniteVerb(token) || COORDINATORS.has(bare(tokens[index - 1]))) continue;
    if (bare(tokens[index - 1]) === "to") continue;
    // "Two soldiers who defected were arrested in Hunchun": the main verb that ends the flight still tells of it.
    return saysArrest(view, token.start, tokens[index + 2]?.end ?? token.end) ? end : token.start;
  }
  return end;
}

function isFiniteVerb(token: Token): boolean {
  if (!token.tags.has("Verb") || token.tags.has("Gerund") || token.tags.has("Infinitive") || token.tags.has("Particle")) return false;
  return !(token.tags.has("Participle") && !token.tags.has("PastTense"));
}

/** The first closing quote after the trigger and before `end`, or `end`. */
function quoteEnd(view: SentenceView, from: number, end: number): number {
  const text = view.sentence.text.slice(from - view.sentence.start, end - view.sentence.start);
  const match = CLOSING_QUOTE.exec(text);
  return match ? from + match.index : end;
}

/** The character right after a token: compromise keeps punctuation out of the token's text. */
export function charAfterToken(view: SentenceView, token: Token): string {
  return view.sentence.text.charAt(token.end - view.sentence.start);
}
