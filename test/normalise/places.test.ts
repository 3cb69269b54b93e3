// Place normalisation: nationality words and country names to ISO codes, and city look-up with preferred countries.
import { describe, expect, it } from "vitest";
import { builtInKnowledge, resolveKnowledge } from "../../src/data/index.js";
import { cityCountry, countryOfDemonym, lookupPlace } from "../../src/normalise/places.js";

describe("countryOfDemonym tells a person's nationality", () => {
  it.each([
    ["North Korean", "KP"],
    ["N. Korean", "KP"],
    ["NK", "KP"],
    ["South Korean", "KR"],
    ["Chinese", "CN"],
    ["Russian", "RU"],
    ["American", "US"],
    ["British", "GB"],
    ["North Korea's", "KP"],
    ["China's", "CN"],
    ["Ukraine", "UA"],
  ])("a %s diplomat", (word, country) => {
    expect(countryOfDemonym(word)).toBe(country);
  });

  it.each([["African"], ["European"], ["Southeast Asian"], ["Korean"], ["nk"], ["Defector"]])("%s names no single country", (word) => {
    expect(countryOfDemonym(word)).toBeNull();
  });
});

describe("lookupPlace resolves a name as written", () => {
  it.each([
    ["Vladivostok", { name: "Vladivostok", country: "RU", kind: "city" }],
    ["Hong Kong", { name: "Hong Kong", country: "HK", kind: "city" }],
    ["Britain", { name: "Britain", country: "GB", kind: "country" }],
    ["the Caribbean", { name: "the Caribbean", country: null, kind: "region" }],
    ["Shenyang", { name: "Shenyang", country: "CN", kind: "city" }],
    ["Russian Federation", { name: "Russian Federation", country: "RU", kind: "country" }],
  ])("%s", (name, place) => {
    expect(lookupPlace(name)).toEqual(place);
  });

  it.each([["Reading"], ["Kim"], ["the South"], ["london"], ["us"]])("%s is not a place out of context", (name) => {
    expect(lookupPlace(name)).toBeNull();
  });
});

describe("cityCountry prefers a namesake in a country the text names", () => {
  it.each([
    ["London", [], "GB"],
    ["London", [new Set(["CA"])], "CA"],
    ["Victoria", [new Set(["CA"])], null],
    ["Kingston", [new Set(["AU"]), new Set(["JM"])], "AU"],
  ])("%s", (name, tiers, country) => {
    expect(cityCountry(name, builtInKnowledge, ...tiers)).toBe(country);
  });

  it("lets a caller stop a city name through the knowledge extension", () => {
    const knowledge = resolveKnowledge({ places: [{ name: "my stoplist", aliases: ["Kunming"], demonyms: [], country: null, kind: "city", ignore: true }] });
    expect([cityCountry("Kunming", builtInKnowledge), cityCountry("Kunming", knowledge)]).toEqual(["CN", null]);
  });
});
