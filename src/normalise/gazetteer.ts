// The gazetteers' phrases in one matcher: place names, nationality words and organisation names are found in one
// walk over a text, and the walk's result is kept for the text, which every finder of a sentence then reads.
import { compiledFrom, compilePhraseMatcher, matchPhrases, type Knowledge, type PhraseMatch, type PhraseSource } from "../data/index.js";
import { ORGANISATION_BOUNDARIES, organisationIndex, tolerantForm } from "./organisations.js";
import { PLACE_BOUNDARIES, placeFormSource, placeForms } from "./places.js";

export type GazetteerKind = "place" | "demonym" | "organisation";

/** A phrase found in a text: offsets into it and the words as written there. */
export interface GazetteerMatch {
  start: number;
  end: number;
  text: string;
}

export type GazetteerMatches = Readonly<Record<GazetteerKind, readonly GazetteerMatch[]>>;

interface Compiled {
  matcher: ReturnType<typeof compilePhraseMatcher<GazetteerKind>>;
  /** The last text read and what was found in it: a sentence's finders ask for the same text one after another. */
  last: { text: string; matches: GazetteerMatches } | null;
}

const compiled = compiledFrom((knowledge: Knowledge): Compiled => {
  const { named, demonym } = placeForms(knowledge);
  const sources: PhraseSource<GazetteerKind>[] = [
    ...named.map((form) => ({
      kind: "place" as const,
      form,
      source: `${PLACE_BOUNDARIES.before}(?:${placeFormSource(form)})${PLACE_BOUNDARIES.afterName}`,
      flags: "u",
    })),
    ...demonym.map((form) => ({
      kind: "demonym" as const,
      form,
      source: `${PLACE_BOUNDARIES.before}(?:${placeFormSource(form)})${PLACE_BOUNDARIES.afterDemonym}`,
      flags: "u",
    })),
    ...organisationIndex(knowledge).forms.map((form) => ({
      kind: "organisation" as const,
      form,
      source: `${ORGANISATION_BOUNDARIES.before}(?:${tolerantForm(form)})${ORGANISATION_BOUNDARIES.after}`,
      flags: ORGANISATION_BOUNDARIES.flags,
    })),
  ];
  return { matcher: compilePhraseMatcher(sources), last: null };
});

/**
 * Place names, nationality words and organisation names in a text, each kind in text order and never overlapping
 * itself, exactly as one alternation of that kind's forms would find them.
 */
export function gazetteerMatches(text: string, knowledge: Knowledge): GazetteerMatches {
  const state = compiled(knowledge);
  if (state.last?.text === text) return state.last.matches;
  const matches: Record<GazetteerKind, GazetteerMatch[]> = { place: [], demonym: [], organisation: [] };
  for (const match of matchPhrases(state.matcher, text)) matches[match.kind].push(written(match, text));
  state.last = { text, matches };
  return matches;
}

function written(match: PhraseMatch<GazetteerKind>, text: string): GazetteerMatch {
  return { start: match.start, end: match.end, text: text.slice(match.start, match.end) };
}
