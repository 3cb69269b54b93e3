// The cheap path: one regex pass that tells whether a text can hold a defection at all, and which sentences can.
import { alternation, compiledFrom, type Knowledge } from "../data/index.js";

/** Within this many characters after a weak trigger, a cross-border frame must begin ("fled ... to Seoul"). */
const FRAME_REACH = 60;

interface CueMatchers {
  /** Any strong trigger form. */
  strong: RegExp;
  /** A weak form followed by a frame that could name a place. */
  weak: RegExp;
  contexts: { id: string; pattern: RegExp }[];
}

const cueMatchers = compiledFrom((knowledge: Knowledge): CueMatchers => {
  const strong = knowledge.triggers.filter((entry) => entry.strength === "strong").flatMap((entry) => entry.forms);
  // Case matters after a weak word ("fled North Korea" names a place, "escaped with" does not), so the forms are
  // spelled in both cases they take at the start of a sentence and within it.
  const weak = knowledge.triggers
    .filter((entry) => entry.strength === "weak")
    .flatMap((entry) => entry.forms)
    .flatMap((form) => [form, form.charAt(0).toUpperCase() + form.slice(1)]);
  const weakWithFrame = `${alternation(weak)}\\b[^.!?\\n]{0,${FRAME_REACH}}?\\b(?:to|into|from|across|in|for|over|home|ashore)\\b\\s*(?:the\\s+|a\\s+|an\\s+)?\\S`;
  const weakWithObject = `${alternation(weak)}\\s+(?:(?:the\\s+)?(?:North|South|[A-Z][a-z]+|DMZ|country|regime|border|homeland)|(?:his|her|their)\\s+(?:\\w+\\s+)?(?:country|homeland|post|unit|ship|vessel))\\b`;
  return {
    strong: new RegExp(`\\b${alternation(strong)}\\b`, "i"),
    weak: new RegExp(`\\b(?:${weakWithFrame}|${weakWithObject})`),
    contexts: knowledge.contexts.map((entry) => ({ id: entry.id, pattern: new RegExp(entry.pattern) })),
  };
});

/**
 * True when the text can hold a defection: a strong word ("defected", "sought asylum"), or a weak one in a frame
 * ("fled to", "crossed the border"). False means no record can come out of it. The same test picks the sentences
 * worth reading in a text that passed.
 */
export function hasDefectionCue(text: string, knowledge: Knowledge): boolean {
  const { strong, weak } = cueMatchers(knowledge);
  return strong.test(text) || weak.test(text);
}

/** The context rule a text matches ("context/north-korea"), or null. */
export function defectionContextOf(text: string, knowledge: Knowledge): string | null {
  return cueMatchers(knowledge).contexts.find((entry) => entry.pattern.test(text))?.id ?? null;
}
