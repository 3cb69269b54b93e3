// Place mentions: countries with ISO codes, contextual "the South", demonym phrases, parts of countries, and cities
// preferring the country the text names; common words and surnames are not cities.
import { describe, expect, it } from "vitest";
import { builtInKnowledge } from "../../src/data/index.js";
import { findPlaces, placeContextFor, type PlaceContext } from "../../src/mentions/places.js";
import type { Sentence } from "../../src/types.js";

const korean: PlaceContext = { countries: new Set(["KP", "KR"]), korean: true };
const elsewhere: PlaceContext = { countries: new Set(), korean: false };

function sentence(text: string, headline = false, offset = 5): Sentence {
  return { index: 1, start: offset, end: offset + text.length, text, paragraph: 0, headline };
}

function read(text: string, context = korean, headline = false) {
  return findPlaces(sentence(text, headline), builtInKnowledge, context).map((mention) => [mention.place.name, mention.place.country, mention.place.kind]);
}

describe("findPlaces reads countries, regions and cities with ISO codes", () => {
  it.each([
    ["A North Korean diplomat stationed in Vladivostok, Russia, defected to the South.", [["Vladivostok", "RU", "city"], ["Russia", "RU", "country"], ["the South", "KR", "country"]]],
    ["NK spy agency official defected to S. Korea last year: source", [["S. Korea", "KR", "country"]]],
    ["Thae defected to Seoul with his family in late July.", [["Seoul", "KR", "city"]]],
    ["The trade envoy fled St. Petersburg for Helsinki in 1989.", [["St. Petersburg", "RU", "city"], ["Helsinki", "FI", "city"]]],
    ["Some senior officials also sought refuge in the United States and European states.", [["the United States", "US", "country"], ["European states", null, "region"]]],
    ["Another diplomat who defected from the Caribbean last year worked for Room 35.", [["the Caribbean", null, "region"]]],
    ["One official with Room 39 defected from Africa, where he had supervised workers.", [["Africa", null, "region"]]],
    ["Statues were built for regimes in Senegal, Angola and Zimbabwe.", [["Senegal", "SN", "country"], ["Angola", "AO", "country"], ["Zimbabwe", "ZW", "country"]]],
    ["Fifteen defectors were arrested in Kunming in southern China.", [["Kunming", "CN", "city"], ["southern China", "CN", "region"]]],
    ["The pilot flew the aircraft from an airfield in Russia's Kursk region.", [["Russia", "RU", "country"], ["Kursk region", "RU", "region"]]],
    ["Defectors often reach Britain through the UK embassy in Bangkok.", [["Britain", "GB", "country"], ["the UK", "GB", "country"], ["Bangkok", "TH", "city"]]],
    ["Doctors in Suwon operated on him for hours.", [["Suwon", "KR", "city"]]],
    ["The workers were employed at a state-run restaurant in Shenyang, China.", [["Shenyang", "CN", "city"], ["China", "CN", "country"]]],
    ["He had studied in Hong Kong and Macau before he was posted to Cuba.", [["Hong Kong", "HK", "city"], ["Macau", "MO", "city"], ["Cuba", "CU", "country"]]],
    ["Many of them hide in northeastern China before heading to Southeast Asia.", [["northeastern China", "CN", "region"], ["Southeast Asia", null, "region"]]],
    // States of the Cold War: West Germany goes on as Germany; the states since dissolved have no code, like the Soviet Union.
    ["An East German border guard swam across the Spree from East Berlin to West Berlin.", [["East Berlin", null, "city"], ["West Berlin", "DE", "city"]]],
    ["The pilot left Czechoslovakia for West Germany in 1953.", [["Czechoslovakia", null, "country"], ["West Germany", "DE", "country"]]],
    ["A Yugoslav diplomat fled East Germany in 1975.", [["East Germany", null, "country"]]],
    // China's provinces.
    ["The pilot took off from an air base in Fujian province.", [["Fujian province", "CN", "region"]]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("states that no longer exist keep their own names: no code when no state carries their code on", () => {
  it.each([
    ["The spy chief crossed from West Germany to East Germany in 1985.", [["West Germany", "DE", "country"], ["East Germany", null, "country"]]],
    ["A hockey star left Czechoslovakia for Canada in 1980.", [["Czechoslovakia", null, "country"], ["Canada", "CA", "country"]]],
    ["Border guards of the GDR shot at him as he swam across the Spree.", [["the GDR", null, "country"]]],
    ["The Yugoslav delegation stayed in Vienna.", [["Vienna", "AT", "city"]]],
  ])("%s", (text, expected) => {
    expect(read(text, elsewhere)).toEqual(expected);
  });
});

describe("findPlaces reads demonym phrases", () => {
  it.each([
    ["The 13 defectors escaped from a North Korean restaurant in a Chinese city Ningbo.", [["Ningbo", "CN", "city"]]],
    ["A diplomat stationed in an African country defected with his family.", [["an African country", null, "country"]]],
    ["They tried to cross into a Southeast Asian country, then onward to South Korea.", [["a Southeast Asian country", null, "country"], ["South Korea", "KR", "country"]]],
    ["Another official defected from a Chinese-speaking country with millions of dollars.", [["a Chinese-speaking country", null, "country"]]],
    ["The workers arrived in the South via a third country in May.", [["the South", "KR", "country"], ["a third country", null, "country"]]],
    ["Kunming shares a border with South Asian countries.", [["Kunming", "CN", "city"], ["South Asian countries", null, "region"]]],
    ["They were caught in the Chinese city of Dandong.", [["Dandong", "CN", "city"]]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("findPlaces prefers a city in a country the sentence or document names", () => {
  it.each([
    ["He worked at the embassy in London.", elsewhere, "GB"],
    ["He moved to London, Ontario, after leaving Canada.", elsewhere, "CA"],
    ["He later settled in London.", { countries: new Set(["CA"]), korean: false }, "CA"],
  ])("%s", (text, context, country) => {
    const london = findPlaces(sentence(text), builtInKnowledge, context).find((mention) => mention.place.name === "London");
    expect(london?.place.country).toBe(country);
  });
});

describe("findPlaces finds no place in these", () => {
  it.each([
    ["Kim Jong Un's uncle Jang Song Taek was executed in December 2013."],
    ["Reading the report, Mobile users said the Bath was nice."],
    ["Let us know what the agency said about the south of the country."],
    ["North Korean state media did not mention the defection."],
    ["Mr Moon said Professor Ho would attend."],
  ])("%s", (text) => {
    expect(read(text)).toEqual([]);
  });

  it("reads \"the South\" as a place only in a document about Korea", () => {
    expect(read("He fled to the South in 2016.", elsewhere)).toEqual([]);
  });

  it("finds a city inside a title-case headline run but not next to a surname", () => {
    expect(read("Diplomat In London Embassy Defects As Kim Jong Un Purges Aides", elsewhere, true)).toEqual([["London", "GB", "city"]]);
  });
});

describe("placeContextFor collects the countries a document names", () => {
  it.each([
    ["Thae Yong-ho left the embassy in London for Seoul. North Korean media called him a criminal.", ["KP", "KR"], true],
    ["A Russian pilot landed in Ukraine.", ["RU", "UA"], false],
  ])("%s", (text, countries, isKorean) => {
    const context = placeContextFor(text, builtInKnowledge);
    expect([[...context.countries].sort(), context.korean]).toEqual([countries, isKorean]);
  });
});
