// The one gazetteer matcher finds, kind by kind, exactly what one alternation regex of that kind's forms finds.
import { describe, expect, it } from "vitest";
import { alternation, builtInKnowledge, compilePhraseMatcher, matchPhrases } from "../../src/data/index.js";
import { gazetteerMatches } from "../../src/normalise/gazetteer.js";
import { ORGANISATION_BOUNDARIES, organisationIndex, tolerantForm } from "../../src/normalise/organisations.js";
import { PLACE_BOUNDARIES, placeFormSource, placeForms } from "../../src/normalise/places.js";

const { named, demonym } = placeForms(builtInKnowledge);
const alternations = {
  place: new RegExp(`${PLACE_BOUNDARIES.before}${alternation(named, placeFormSource)}${PLACE_BOUNDARIES.afterName}`, "gu"),
  demonym: new RegExp(`${PLACE_BOUNDARIES.before}${alternation(demonym, placeFormSource)}${PLACE_BOUNDARIES.afterDemonym}`, "gu"),
  organisation: new RegExp(
    `${ORGANISATION_BOUNDARIES.before}${alternation(organisationIndex(builtInKnowledge).forms, tolerantForm)}${ORGANISATION_BOUNDARIES.after}`,
    `g${ORGANISATION_BOUNDARIES.flags}`,
  ),
};
const kinds = ["place", "demonym", "organisation"] as const;

describe("gazetteerMatches reads every kind in one walk, as each kind's alternation would", () => {
  it.each([
    ["Thae Yong-ho, a minister at North Korea's embassy in London, defected to Seoul with his family."],
    ["A senior official of the Workers Party's notorious Room 39 fled to South Korea, the NIS said."],
    ["The Worker’s Party and the Korean Workers' Party are one body; so is the WPK."],
    ["NORTH KOREAN SOLDIER CROSSES THE DMZ INTO SOUTH KOREA"],
    ["the north korean soldier crossed into south korea near panmunjom"],
    ["Officials in the North said the South Korean army had fired first; the North Korea military denied it."],
    ["A Chinese city Ningbo, the Kursk region and southern China: all named in one sentence."],
    ["The Reconnaissance General Bureau, or General Bureau of Reconnaissance, runs spies abroad."],
    ["Kim\u00a0Jong-un's North\nKorea and the U.S. met in Singapore; N. Korea and DPRK are its other names."],
    ["Un-American, pro-Russian and US-led: words that only look like names."],
  ])("%s", (text) => {
    const found = gazetteerMatches(text, builtInKnowledge);
    for (const kind of kinds) {
      const expected = [...text.matchAll(alternations[kind])].map((match) => [match.index, match[0]]);
      expect(found[kind].map((match) => [match.start, match.text]), kind).toEqual(expected);
    }
  });
});

describe("matchPhrases", () => {
  const matcher = compilePhraseMatcher([
    { kind: "city", form: "New York", source: "(?<![\\p{L}])New\\s+York(?![\\p{L}])", flags: "u" },
    { kind: "city", form: "York", source: "(?<![\\p{L}])York(?![\\p{L}])", flags: "u" },
    { kind: "word", form: "new", source: "(?<![\\p{L}])new(?![\\p{L}])", flags: "iu" },
  ]);

  it.each([
    ["She flew from New York to York.", [["city", 14, 22], ["city", 26, 30], ["word", 14, 17]]],
    ["A new  York chapter opened in New\tYork.", [["city", 7, 11], ["city", 30, 38], ["word", 2, 5], ["word", 30, 33]]],
    ["Yorkshire and renewal hold no phrase.", []],
  ])("%s", (text, expected) => {
    const found = matchPhrases(matcher, text).map((match) => [match.kind, match.start, match.end]);
    expect(found.sort()).toEqual([...expected].sort());
  });
});
