// Finds defection trigger words in a tagged sentence and checks the frame that weak or ambiguous words need.
import { alternation, compiledFrom, type Knowledge, type TriggerEntry } from "../data/index.js";
import type { AnalysedSentence, Token } from "../types.js";

export interface TriggerCandidate {
  entry: TriggerEntry;
  start: number;
  end: number;
  text: string;
  /** Index of the trigger's first token in `sentence.tokens`. */
  token: number;
}

interface TriggerMatcher {
  pattern: RegExp;
  entryByForm: Map<string, TriggerEntry>;
}

/** Words that are nouns as often as verbs: they count only where compromise tagged them as verbs. */
const AMBIGUOUS_VERB_FORMS = new Set(["defect", "defects", "desert", "deserts", "escape", "escapes"]);

const weakFrame = /^[^.!?]{0,60}?\b(?:to|into|from|across|in|for|via|through)\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z]|(?:\w+\s+){0,2}(?:country|countries|border|embassy|consulate|restaurant|mission|regime|city|camp|base|post|unit)\b)/;
const weakObject = /^\s+(?:the\s+)?(?:North|South|[A-Z][a-z]+|country|regime|border|homeland|(?:his|her|their)\s+(?:country|homeland|post|unit|posts))\b/;

const triggerMatcher = compiledFrom((knowledge: Knowledge): TriggerMatcher => {
  const entryByForm = new Map<string, TriggerEntry>();
  for (const entry of knowledge.triggers) {
    for (const form of entry.forms) entryByForm.set(form.toLowerCase().replace(/\s+/g, " "), entry);
  }
  return { pattern: new RegExp(`\\b${alternation([...entryByForm.keys()])}\\b`, "gi"), entryByForm };
});

export function findTriggerCandidates(sentence: AnalysedSentence, knowledge: Knowledge): TriggerCandidate[] {
  const { pattern, entryByForm } = triggerMatcher(knowledge);
  const candidates: TriggerCandidate[] = [];
  for (const match of sentence.text.matchAll(pattern)) {
    const form = match[0].toLowerCase().replace(/\s+/g, " ");
    const entry = entryByForm.get(form);
    if (!entry) continue;
    const start = sentence.start + (match.index ?? 0);
    const end = start + match[0].length;
    const token = sentence.tokens.findIndex((candidate) => candidate.end > start);
    if (token < 0) continue;
    if (AMBIGUOUS_VERB_FORMS.has(form) && !isVerb(sentence.tokens[token])) continue;
    if (entry.strength === "weak" && entry.form === "verb" && !hasCrossBorderFrame(sentence, end)) continue;
    candidates.push({ entry, start, end, text: match[0], token });
  }
  return candidates;
}

function isVerb(token: Token | undefined): boolean {
  return token !== undefined && (token.tags.has("Verb") || token.tags.has("Infinitive"));
}

/** "fled to Seoul", "escaped from a restaurant", "absconded in Russia", "fled North Korea". */
function hasCrossBorderFrame(sentence: AnalysedSentence, triggerEnd: number): boolean {
  const after = sentence.text.slice(triggerEnd - sentence.start);
  return weakFrame.test(after) || weakObject.test(after);
}
