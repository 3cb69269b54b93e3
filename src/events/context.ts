// Weak trigger words need a defection story around them: "fled to Turkey" is a refugee's flight, "escaped" a
// prisoner's, unless the article also reports a defection or is about a place whose people leaving is defection news.
import type { Knowledge } from "../data/index.js";
import type { Mention, Trigger } from "../types.js";
import { defectionContextOf } from "./cue.js";

/** An article with a usable strong trigger ("defected", "sought asylum") is a defection story. */
export const DEFECTION_WORD_CONTEXT = "context/defection-word";

/**
 * Why weak triggers count in this article: a usable strong trigger, a context place named in the text, or a body or
 * place of that country among the mentions; null when none does (then only a defector in a state's service counts).
 */
export function defectionContext(triggers: readonly Trigger[], mentions: readonly Mention[], text: string, knowledge: Knowledge): string | null {
  // A place whose people leaving is defection news comes first: there a family that flees is defecting too.
  const named = defectionContextOf(text, knowledge);
  if (named !== null) return named;
  if (triggers.some((trigger) => !trigger.weak && trigger.lookalike === null && trigger.negation === null)) return DEFECTION_WORD_CONTEXT;
  const countries = new Set(mentions.map(countryOf).filter((country): country is string => country !== null));
  return knowledge.contexts.find((entry) => countries.has(entry.country))?.id ?? null;
}

function countryOf(mention: Mention): string | null {
  if (mention.kind === "organisation") return mention.country;
  if (mention.kind === "place") return mention.place.country;
  return null;
}
