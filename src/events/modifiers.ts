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

const compiledModifiers = compiledFrom((knowledge: Knowledge): CompiledModifier[] =>
  knowledge.lookalikes.map((entry) => ({ entry, pattern: new RegExp(entry.pattern, "gi") })),
);


export function judgeTrigger(sentence: Sentence, start: number, end: number, knowledge: Knowledge): ModifierVerdict {
  const verdict: ModifierVerdict = { lookalike: null, hedge: false, negation: null, status: "defected", statusSource: null };
  for (const { entry, pattern } of compiledModifiers(knowledge)) {
    for (const match of sentence.text.matchAll(pattern)) {
      const matchStart = sentence.start + (match.index ?? 0);
      const matchEnd = matchStart + match[0].length;
      const near = matchEnd >= start - NEAR && matchStart <= end + NEAR;
      if (entry.scope === "near" && !near) continue;
      applyEffect(verdict, entry, { rule: entry.id, start: matchStart, end: matchEnd });
      break;
    }
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
