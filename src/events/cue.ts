// The cheap path: a few regex passes that tell whether a text can hold a defection at all, and which sentences can.
import grammar from "../data/grammar.json";
import { alternation, compiledFrom, type Knowledge, type TriggerEntry } from "../data/index.js";

/** Within this many characters after a weak trigger, a cross-border frame must begin ("fled ... to Seoul"). */
const FRAME_REACH = 60;

interface CueMatchers {
  /** Any strong trigger form. */
  strong: RegExp;
  /** A weak form followed by a frame that could name a place ("fled to", "escaped North Korea"). */
  weak: RegExp;
  /** A form common in any news ("arrived in", "went missing", "asylum"), which counts only in a defection context. */
  contextual: RegExp;
  /** A place whose people leaving is defection news by itself. */
  context: RegExp;
  contexts: { id: string; pattern: RegExp; haven: string | undefined }[];
  /** `strong`, `weak` and `contextual` as global scans, to find every place in a text where a cue can be. */
  scans: { strong: RegExp; weak: RegExp; contextual: RegExp };
}

const cueMatchers = compiledFrom((knowledge: Knowledge): CueMatchers => {
  const strong = knowledge.triggers.filter((entry) => entry.strength === "strong").flatMap((entry) => entry.forms);
  const weak = knowledge.triggers.filter((entry) => entry.strength === "weak" && !entry.contextual);
  const contextual = knowledge.triggers.filter((entry) => entry.contextual);
  const matchers = {
    strong: new RegExp(`\\b${alternation(strong)}\\b`, "i"),
    weak: framedCue(weak),
    contextual: new RegExp(`\\b${alternation(contextual.flatMap((entry) => entry.forms))}\\b`, "i"),
  };
  const scan = (pattern: RegExp) => new RegExp(pattern.source, `${pattern.flags}g`);
  return {
    ...matchers,
    context: new RegExp(knowledge.contexts.map((entry) => `(?:${entry.pattern})`).join("|") || "(?!)"),
    contexts: knowledge.contexts.map((entry) => ({ id: entry.id, pattern: new RegExp(entry.pattern), haven: entry.haven })),
    scans: { strong: scan(matchers.strong), weak: scan(matchers.weak), contextual: scan(matchers.contextual) },
  };
});

/**
 * Weak verbs before a frame; case matters after them ("fled North Korea" names a place, "escaped with" does not), so
 * the forms are spelled in both cases they take at the start of a sentence and within it.
 */
function framedCue(entries: readonly TriggerEntry[]): RegExp {
  const forms = entries.flatMap((entry) => entry.forms).flatMap((form) => [form, form.charAt(0).toUpperCase() + form.slice(1)]);
  const withFrame = `${alternation(forms)}\\b[^.!?\\n]{0,${FRAME_REACH}}?\\b(?:to|into|from|across|in|for)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[A-Z]|(?:\\w+\\s+){0,2}${alternation(grammar.placeWords)}\\b)`;
  const withObject = `${alternation(forms)}\\s+(?:(?:the\\s+)?(?:North|South|[A-Z][a-z]+|DMZ|country|regime|border|homeland)|(?:his|her|their)\\s+(?:\\w+\\s+)?(?:country|homeland|post|unit|ship|vessel))\\b`;
  return new RegExp(`\\b(?:${withFrame}|${withObject})`);
}

/**
 * True when the text can hold a defection: a strong word ("defected", "sought asylum"); a weak one in a frame ("fled
 * to", "escaped North Korea"); or, in an article about a place whose people leaving is defection news, a word common
 * in any news ("crossed", "arrived in"). False means no record can come out of it.
 */
export function hasDefectionCue(text: string, knowledge: Knowledge): boolean {
  const { strong, weak, contextual, context } = cueMatchers(knowledge);
  return strong.test(text) || weak.test(text) || (context.test(text) && contextual.test(text));
}

/**
 * Whether one sentence of an article that passed the gate holds a trigger word; the article's context (a strong word
 * anywhere, or a defection place) decides whether the common words count.
 */
export function hasSentenceCue(text: string, knowledge: Knowledge, inContext: boolean): boolean {
  const { strong, weak, contextual } = cueMatchers(knowledge);
  return strong.test(text) || weak.test(text) || (inContext && contextual.test(text));
}

/**
 * The spans of the text where `hasSentenceCue` can find a cue, as [start, end) pairs: one scan of the whole text per
 * kind of form instead of one per sentence, so that only the sentences a span touches need their own test.
 */
export function cueSpans(text: string, knowledge: Knowledge, inContext: boolean): Array<readonly [number, number]> {
  const { scans } = cueMatchers(knowledge);
  const spans: Array<readonly [number, number]> = [];
  for (const pattern of inContext ? [scans.strong, scans.weak, scans.contextual] : [scans.strong, scans.weak]) {
    for (const match of text.matchAll(pattern)) spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}

/** Whether the text names a defection word or place anywhere, so that the common words can count. */
export function isInDefectionContext(text: string, knowledge: Knowledge): boolean {
  const { strong, context } = cueMatchers(knowledge);
  return strong.test(text) || context.test(text);
}

/** The context rule a text matches ("context/north-korea"), or null. */
export function defectionContextOf(text: string, knowledge: Knowledge): string | null {
  return cueMatchers(knowledge).contexts.find((entry) => entry.pattern.test(text))?.id ?? null;
}

/** The country the people of a context place named in the text flee to ("KR" for North Korea), or null. */
export function havenOf(text: string, knowledge: Knowledge): string | null {
  return cueMatchers(knowledge).contexts.find((entry) => entry.haven !== undefined && entry.pattern.test(text))?.haven ?? null;
}
