// The built-in knowledge base, the merge with a caller's extension, and a cache for matchers compiled from it.
import contexts from "./contexts.json";
import lookalikes from "./lookalikes.json";
import organisations from "./organisations.json";
import places from "./places.json";
import roles from "./roles.json";
import surnames from "./surnames.json";
import triggers from "./triggers.json";
import { InvalidInputError } from "../errors.js";
import type { Knowledge, KnowledgeExtension } from "./types.js";

export type * from "./types.js";
export { alternation, escapeForm, prefixAlternation } from "./alternation.js";
export { compilePhraseMatcher, matchPhrases, type PhraseMatch, type PhraseMatcher, type PhraseSource } from "./phrases.js";

export const builtInKnowledge: Knowledge = Object.freeze({
  organisations: organisations as Knowledge["organisations"],
  places: places as Knowledge["places"],
  roles: roles as Knowledge["roles"],
  triggers: triggers as Knowledge["triggers"],
  lookalikes: lookalikes as Knowledge["lookalikes"],
  surnames: surnames as Knowledge["surnames"],
  contexts: contexts as Knowledge["contexts"],
});

const entryKey: { [K in keyof Knowledge]: (entry: Knowledge[K][number]) => string } = {
  organisations: (entry) => entry.canonical.toLowerCase(),
  places: (entry) => entry.name.toLowerCase(),
  roles: (entry) => entry.title.toLowerCase(),
  triggers: (entry) => entry.id,
  lookalikes: (entry) => entry.id,
  surnames: (entry) => entry.toLowerCase(),
  contexts: (entry) => entry.id,
};

const resolved = new WeakMap<KnowledgeExtension, Knowledge>();

/** Built-in knowledge with the caller's entries added; same extension object, same (cached) result. */
export function resolveKnowledge(extension?: KnowledgeExtension): Knowledge {
  if (extension === undefined || extension === null) return builtInKnowledge;
  if (typeof extension !== "object" || Array.isArray(extension)) throw new InvalidInputError("options.gazetteer", "an object of entry lists", extension);
  const cached = resolved.get(extension);
  if (cached) return cached;
  const merged = {} as Record<keyof Knowledge, unknown>;
  for (const field of Object.keys(builtInKnowledge) as (keyof Knowledge)[]) {
    const added: unknown = extension[field];
    const key = entryKey[field] as (entry: unknown) => string;
    if (added !== undefined && !(Array.isArray(added) && added.every((entry) => hasKey(entry, key)))) {
      throw new InvalidInputError(`options.gazetteer.${field}`, "an array of entries, each with its key field", added);
    }
    merged[field] = mergeEntries(builtInKnowledge[field], added as Knowledge[typeof field] | undefined, key);
  }
  const knowledge = Object.freeze(merged) as Knowledge;
  resolved.set(extension, knowledge);
  return knowledge;
}

/** An entry whose key can be read: a string for surnames, an object with the key field for the rest. */
function hasKey(entry: unknown, key: (entry: unknown) => string): boolean {
  try {
    return typeof key(entry) === "string";
  } catch {
    return false;
  }
}

function mergeEntries<T>(base: readonly T[], added: readonly T[] | undefined, key: (entry: T) => string): readonly T[] {
  if (!added || added.length === 0) return base;
  const replaced = new Set(added.map(key));
  return [...base.filter((entry) => !replaced.has(key(entry))), ...added];
}

/** Compile something from the knowledge once per knowledge object (matchers, regexes, lookup maps). */
export function compiledFrom<T>(compile: (knowledge: Knowledge) => T): (knowledge: Knowledge) => T {
  const cache = new WeakMap<Knowledge, T>();
  return (knowledge) => {
    let value = cache.get(knowledge);
    if (value === undefined) {
      value = compile(knowledge);
      cache.set(knowledge, value);
    }
    return value;
  };
}
