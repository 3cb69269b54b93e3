// The defector's own body among the organisations of the trigger's clause: not the outlet or agency reporting it, not
// the body that speaks or acts on them, and not the embassy or consulate they ran to, which only says where they were.
import type { Source, Token } from "../types.js";
import { fromMention, mentionsOf, tokenAt, type OrganisationMention, type SentenceView } from "./draft.js";
import { bare, isReportingVerb } from "./grammar.js";
import type { SlotWindow } from "./slot-window.js";
import slotWords from "../data/slots.json";

const ORGANISATION_RULES = {
  clause: "organisation/clause",
  /** "defected to Seoul after escaping a restaurant in Ningbo": the body they walked out of was theirs. */
  placeLeft: "organisation/place-left",
} as const;

export interface OwnOrganisation {
  organisation: OrganisationMention | null;
  source: Source | null;
  /** The bodies the person ran to or asked for asylum at ("went to the U.S. Consulate"), in text order. */
  refuges: OrganisationMention[];
}

const TOWARD = new Set(["to", "into", "toward", "towards"]);
const POSTING_VERBS: ReadonlySet<string> = new Set(slotWords.postingVerbs);
/** "asylum at the embassy", "refuge in the consulate", "a request for asylum with the Consulate General". */
const ASYLUM_AT = /\b(?:asylum|refuge|shelter|sanctuary|protection)\s+(?:[\w'’-]+\s+){0,3}?(?:at|in|with|from|by|inside)\s+(?:the\s+|an?\s+)?$/i;
/** How many words may stand between a body and the reporting verb that makes it the source: "a Defense Ministry spokesman said". */
const ATTRIBUTION_REACH = 3;

/** The nearest body in the clause that is the defector's, preferring one the gazetteer knows. */
export function pickOrganisation(view: SentenceView, window: SlotWindow): OwnOrganisation {
  const candidates: OrganisationMention[] = [];
  const refuges: OrganisationMention[] = [];
  for (const mention of mentionsOf(view, "organisation", window.from, window.predicateEnd)) {
    if (mention.type === "media") continue;
    // "fled to the South Korean embassy in Beijing": a receiving state's mission is a refuge, whoever's it is.
    if (isRefuge(view, mention)) {
      refuges.push(mention);
      continue;
    }
    if (mention.country === "KR" && mention.type !== "restaurant") continue;
    if (actsOnSubject(view, mention, window) || isAttribution(view, mention)) continue;
    candidates.push(mention);
  }
  const organisation = candidates.find((mention) => mention.canonical !== null) ?? candidates[0] ?? null;
  if (organisation) return { organisation, source: fromMention(ORGANISATION_RULES.clause, organisation), refuges };
  const left = window.circumstanceLeaves ? mentionsOf(view, "organisation", window.predicateEnd, window.circumstanceEnd).find((mention) => mention.type !== "media") : undefined;
  return { organisation: left ?? null, source: left ? fromMention(ORGANISATION_RULES.placeLeft, left) : null, refuges };
}

/** "went to the U.S. Consulate", "sought asylum at the embassy": a body reached is the receiver, not the defector's. */
function isRefuge(view: SentenceView, mention: OrganisationMention): boolean {
  const tokens = view.sentence.tokens;
  let index = tokenAt(view, mention.start) - 1;
  while (index >= 0 && (isModifier(tokens[index]) || isPossessiveOwner(view, tokens[index]))) index--;
  const word = bare(tokens[index]);
  if (TOWARD.has(word)) return !POSTING_VERBS.has(bare(tokens[index - 1]));
  const lead = view.sentence.text.slice(0, (tokens[index]?.end ?? mention.start) - view.sentence.start);
  return ASYLUM_AT.test(`${lead} `);
}

/** "to South Korea's embassy", "to the Netherlands' embassy": the owner before a body is part of its phrase. */
function isPossessiveOwner(view: SentenceView, token: Token | undefined): boolean {
  if (!token) return false;
  const text = view.sentence.text;
  return mentionsOf(view, "place").some(
    (place) => place.start <= token.start && token.end <= place.end + 2 && /^['’]/.test(text.slice(place.end - view.sentence.start)),
  );
}

function isModifier(token: Token | undefined): boolean {
  return token !== undefined && (token.tags.has("Determiner") || token.tags.has("Adjective") || token.tags.has("Demonym"));
}

/**
 * "the State Security Department launched an operation to arrest a group of 15": a body before the subject with a verb
 * between them acts on the defectors; one right before it ("At the embassy, a diplomat ...") or before a verb of
 * saying ("Xu, of the Chinese Embassy, said he defected") may still be theirs.
 */
function actsOnSubject(view: SentenceView, mention: OrganisationMention, window: SlotWindow): boolean {
  if (mention.start >= window.subjectStart) return false;
  const tokens = view.sentence.tokens;
  for (let index = tokenAt(view, mention.end); index < tokens.length && (tokens[index]?.end ?? Infinity) <= window.subjectStart; index++) {
    const token = tokens[index];
    if (token?.tags.has("Verb") && !isReportingVerb(token)) return true;
  }
  return false;
}

/** ", a Defense Ministry spokesman said", "according to the Unification Ministry": the body that speaks. */
function isAttribution(view: SentenceView, mention: OrganisationMention): boolean {
  const tokens = view.sentence.tokens;
  const first = tokenAt(view, mention.end);
  let previousEnd = mention.end;
  for (let index = first; index < Math.min(tokens.length, first + ATTRIBUTION_REACH); index++) {
    const token = tokens[index];
    if (!token || /[,;:]/.test(view.sentence.text.slice(previousEnd - view.sentence.start, token.start - view.sentence.start))) break;
    if (isReportingVerb(token) && bare(tokens[index + 1]) !== "to") return true;
    if (token.tags.has("Verb")) break;
    previousEnd = token.end;
  }
  return /\baccording\s+to\s+(?:the\s+|an?\s+)?$/i.test(view.sentence.text.slice(0, mention.start - view.sentence.start));
}
