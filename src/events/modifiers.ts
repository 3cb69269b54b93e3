// Applies look-alike, hedge, negation and status phrases (data/lookalikes.json) to the triggers of one sentence.
import type { RecordStatus } from "../contract.js";
import { compiledFrom, type Knowledge, type LookalikeEntry } from "../data/index.js";
import type { Sentence, Source } from "../types.js";
import { outranks } from "./status.js";

/** How far (in characters) a "near" phrase reaches from the trigger it changes. */
const NEAR = 40;

interface CompiledModifier {
  entry: LookalikeEntry;
  pattern: RegExp;
}

export interface ModifierVerdict {
  lookalike: string | null;
  hedge: boolean;
  negation: string | null;
  status: RecordStatus;
  /** The phrase that set a status other than "defected", or null. */
  statusSource: Source | null;
}

interface Modifiers {
  compiled: CompiledModifier[];
  /**
   * Each phrase's matches in a sentence's text (offsets into it), read once for the gate and for all the sentence's
   * triggers; kept for one document only, so that no document is read faster for one seen before.
   */
  matchesByText: Map<string, [number, number][][]>;
}

const modifiers = compiledFrom((knowledge: Knowledge): Modifiers => ({
  compiled: knowledge.lookalikes.map((entry) => ({ entry, pattern: new RegExp(entry.pattern, "gi") })),
  matchesByText: new Map(),
}));

/** Starts a document: the phrase matches kept for the one before are dropped. */
export function startDocument(knowledge: Knowledge): void {
  modifiers(knowledge).matchesByText.clear();
}

function matchesIn(text: string, { compiled, matchesByText }: Modifiers): [number, number][][] {
  const known = matchesByText.get(text);
  if (known) return known;
  const matches = compiled.map(({ pattern }) => [...text.matchAll(pattern)].map((match): [number, number] => [match.index, match.index + match[0].length]));
  matchesByText.set(text, matches);
  return matches;
}

export function judgeTrigger(sentence: Sentence, start: number, end: number, knowledge: Knowledge): ModifierVerdict {
  const verdict: ModifierVerdict = { lookalike: null, hedge: false, negation: null, status: "defected", statusSource: null };
  const compiled = modifiers(knowledge);
  const matches = matchesIn(sentence.text, compiled);
  compiled.compiled.forEach(({ entry }, index) => {
    for (const [from, to] of matches[index] ?? []) {
      const matchStart = sentence.start + from;
      const matchEnd = sentence.start + to;
      const near = matchEnd >= start - NEAR && matchStart <= end + NEAR;
      if (entry.scope === "near" && !near) continue;
      if (entry.scope === "trigger" && (matchStart > start || matchEnd < end)) continue;
      applyEffect(verdict, entry, { rule: entry.id, start: matchStart, end: matchEnd });
      break;
    }
  });
  // "intended to defect but was arrested": a plan cut short by arrest or return is a flight that failed, not a hedge.
  if (verdict.hedge && (verdict.status === "arrested" || verdict.status === "repatriated")) {
    verdict.lookalike = null;
    verdict.hedge = false;
  }
  return verdict;
}

function applyEffect(verdict: ModifierVerdict, entry: LookalikeEntry, source: Source): void {
  switch (entry.effect) {
    case "lookalike":
    case "hypothetical":
      if (verdict.lookalike !== null) return;
      verdict.lookalike = entry.id;
      verdict.hedge = entry.effect === "hypothetical";
      return;
    case "negation":
      verdict.negation ??= entry.id;
      return;
    default:
      if (!outranks(entry.effect, verdict.status)) return;
      verdict.status = entry.effect;
      verdict.statusSource = source;
  }
}
