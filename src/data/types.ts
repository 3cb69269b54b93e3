// Shapes of the knowledge the extractor reads: every lexicon and gazetteer entry is data, extendable through options.
import type { Place, RecordStatus, RoleCategory } from "../contract.js";
import type { OrganisationType } from "../types.js";

export interface OrganisationEntry {
  /** The name reported as `organisation.canonical`. */
  canonical: string;
  /** Other spellings and word orders; matching ignores case, apostrophes and a leading "the". */
  aliases: string[];
  type: OrganisationType;
  /** ISO 3166-1 alpha-2 of the country the body belongs to. */
  country: string | null;
  /** Role category for its staff when their title says nothing more ("official"). */
  memberCategory: RoleCategory;
  /**
   * A kind of body rather than a named one ("embassy", "spy agency"): matched in any case, reported with canonical
   * null, and may carry a nationality or "-run" modifier before it and a host place after it ("embassy in London").
   */
  generic?: boolean;
  /** A kind of body that counts only with its own name after it: "the freighter Marshal Konyev", not "a wooden boat". */
  namedOnly?: boolean;
  /**
   * The generic body this one is for its own country ("army" for the Syrian Arab Army): "Syria's army", or "the army"
   * beside a Syrian nationality word, gets its canonical name.
   */
  nationalOf?: string;
}

export interface PlaceEntry {
  /** Name as usually written ("South Korea"). */
  name: string;
  /** Other forms: "the South", "S. Korea", "ROK"; demonyms are kept apart. */
  aliases: string[];
  /** Adjectives that name the place in "a Chinese city", "North Korean diplomat". */
  demonyms: string[];
  country: string | null;
  kind: Place["kind"];
  /** Forms that name the place only in a document about its country or region: "the South", "the North". */
  contextAliases?: string[];
  /** Names that must never be read as places although the city gazetteer knows them ("Reading", "Mobile"). */
  ignore?: boolean;
}

export interface RoleEntry {
  /** Title as written, lower case ("third secretary"). */
  title: string;
  category: RoleCategory;
  /** A seniority word kept at the front of a title ("senior", "mid-level"), not a title by itself. */
  modifier?: boolean;
  /** A title only when capitalised before a name ("Lt. Col. Park", "Sgt Kim"): abbreviations and words with other senses. */
  capitalOnly?: boolean;
  /**
   * Also a common adjective ("general", "major", "private"): a title only before a name ("Major Kim") or as the head of
   * a noun phrase ("a private who swam across", "two generals"), never before a noun ("a general strike").
   */
  adjective?: boolean;
  /**
   * A service or field word before a title ("army", "bank", "state"): kept in the title, and its category is the
   * title's when the title says no more than an occupation ("army doctor" is military, "state journalist" government).
   */
  qualifier?: boolean;
  /** A person noun or phrase that names no post ("wife", "refugee", "key player"): never a role, whatever the tagger says. */
  notRole?: boolean;
}

export interface TriggerEntry {
  /** Stable rule id, stamped on the triggers it finds: "trigger/defect", "trigger/jump-ship". */
  id: string;
  /** Word forms, lower case, matched on word boundaries ("defected", "defecting"). */
  forms: string[];
  form: "verb" | "noun" | "agent";
  status: RecordStatus;
  /** "weak" words (flee, escape, desert, abscond) count only in a cross-border frame: "fled to Seoul", "escaped North Korea". */
  strength: "strong" | "weak";
  /**
   * Words common in any news ("arrived in", "crossed", "went missing") count only in an article that reports a
   * defection in other words or is about a place whose people leaving is defection news; never for a state servant alone.
   */
  contextual?: boolean;
  /** Words of arriving or asking to stay ("arrived in", "sought asylum"): the place "in" or "at" after them is the destination. */
  arrival?: boolean;
  /**
   * What a weak word needs after it: "movement" (the default) a place or border it goes to, from, across or in;
   * "vehicle" a craft it takes there ("flew his MiG to Taiwan"); "road" a road vehicle it drives there ("drove a
   * tank across the bridge"); "stay" anything but an object ("refused to return", not "refused to return the keys");
   * "away" a place or an occasion it happened at ("disappeared in Glasgow", "vanished during the Games"); "missing" the
   * same, or nothing at all: "two players who were training in Germany have gone missing, officials said" (purge
   * stories say "disappeared", not "went missing"); "sighted" a boat seen with people aboard, and where it was seen
   * ("spotted in a small boat off Okinawa", "found adrift near the sea border").
   */
  frame?: "movement" | "vehicle" | "road" | "stay" | "away" | "missing" | "sighted";
}

/** A phrase that changes what a nearby trigger means: a look-alike event, a negation, a hedge, an arrest. */
export interface LookalikeEntry {
  /** Stable rule id, stamped on the triggers it changes: "lookalike/party-switch". */
  id: string;
  /** Regular expression source, matched case-insensitively within the trigger's sentence. */
  pattern: string;
  /**
   * "sentence": applies to every trigger in the sentence; "near": only to triggers within 40 characters of the match;
   * "trigger": only to a trigger inside the match, so another trigger close by keeps its own reading.
   */
  scope: "sentence" | "near" | "trigger";
  /**
   * "lookalike" and "hypothetical" disqualify the trigger (party switch, birth defect, "plans to defect");
   * "negation" marks it negated; "attempted", "arrested", "repatriated" set the record status.
   */
  effect: "lookalike" | "hypothetical" | "negation" | "attempted" | "arrested" | "repatriated";
}

/**
 * A place whose people leaving is itself news of defection: there, "fled", "crossed the border" or "arrived in" count
 * even when the article never says "defect" (North Koreans fleeing to China or the South). Elsewhere weak words need
 * a defection word in the article, or a defector in a state's service (a general, a diplomat): a refugee, a jailbreak
 * or a migrant boat is no defection.
 */
export interface ContextEntry {
  /** Stable rule id ("context/north-korea"). */
  id: string;
  /** Regular expression source, case-sensitive, matched anywhere in the text. */
  pattern: string;
  /** ISO code of the place: a body or place of it named in the article sets the context too. */
  country: string;
  /**
   * Words that begin every match of `pattern` somewhere ("Korea" in "N. Korea"), any case: the first gate looks for
   * them in the same scan as the trigger words. Without them the gate runs `pattern` itself.
   */
  names?: string[];
  /** ISO code of the state its people flee to ("KR"): being held there once across is how a defector is received. */
  haven?: string;
}

/** Everything the extractor knows; the built-in knowledge merged with the caller's extension. */
export interface Knowledge {
  organisations: readonly OrganisationEntry[];
  places: readonly PlaceEntry[];
  roles: readonly RoleEntry[];
  triggers: readonly TriggerEntry[];
  lookalikes: readonly LookalikeEntry[];
  /** Korean surnames in their usual romanisations ("Kim", "Ri", "Thae"). */
  surnames: readonly string[];
  /** Places whose people leaving is defection news even without the word "defect". */
  contexts: readonly ContextEntry[];
}

/** Entries added by the caller; an entry with the same key as a built-in one replaces it. */
export type KnowledgeExtension = { [K in keyof Knowledge]?: Knowledge[K] };
