// Organisation normalisation: one key for every spelling, reordered forms, shared names settled by country, and a
// country's own army or air force.
import { describe, expect, it } from "vitest";
import { builtInKnowledge, resolveKnowledge } from "../../src/data/index.js";
import { nationalBody, organisationForms, organisationKey, resolveOrganisation } from "../../src/normalise/organisations.js";

describe("organisationKey gives every spelling of a name one key", () => {
  it.each([
    ["Workers' Party", "Workers Party"],
    ["Worker's Party", "workers party"],
    ["the Workers’ Party", "Workers Party"],
    ["People's Army  Politburo", "Peoples Army Politburo"],
  ])("%s = %s", (a, b) => {
    expect(organisationKey(a)).toBe(organisationKey(b));
  });
});

describe("organisationForms reads 'X of Y' also as 'Y X'", () => {
  it.each([
    ["Ministry of State Security", "State Security Ministry"],
    ["Ministry of Unification", "Unification Ministry"],
    ["Korea Taesong Bank", "Korea Taesong Bank"],
  ])("%s", (canonical, form) => {
    const entry = builtInKnowledge.organisations.find((candidate) => candidate.canonical === canonical);
    expect(entry && organisationForms(entry)).toContain(form);
  });

  it("leaves generic bodies as written", () => {
    const embassy = builtInKnowledge.organisations.find((entry) => entry.canonical === "embassy");
    expect(embassy && organisationForms(embassy)).not.toContain("missions trade");
  });
});

describe("nationalBody finds a country's own body of a kind", () => {
  it.each([
    ["army", ["SY"], "Syrian Arab Army"],
    ["Air Force", ["TR", "CN"], "People's Liberation Army Air Force"],
    ["navy", ["RU"], "Russian Navy"],
    ["armed forces", ["UA"], "Armed Forces of Ukraine"],
    ["army", ["ER"], null],
    ["embassy", ["SY"], null],
  ])("%s in %j", (generic, countries, canonical) => {
    expect(nationalBody(generic, countries)?.canonical ?? null).toBe(canonical);
  });
});

describe("resolveOrganisation picks the body a name means", () => {
  it.each([
    ["Room 39", [], "Office 39"],
    ["Bureau 39", [], "Office 39"],
    ["General Reconnaissance Bureau", [], "Reconnaissance General Bureau"],
    ["Ministry of State Security", [], "Ministry of State Security"],
    ["Ministry of State Security", ["CN"], "Chinese Ministry of State Security"],
    ["Ministry of State Security", ["RU", "KP"], "Ministry of State Security"],
    ["Defense Ministry", [], "South Korean Ministry of National Defense"],
    ["Defense Ministry", ["KP"], "North Korean Ministry of National Defence"],
    ["Main Intelligence Directorate", ["UA"], "Defence Intelligence of Ukraine"],
    ["Foreign Ministry", [], "South Korean Ministry of Foreign Affairs"],
    ["Foreign Ministry", ["KP"], "North Korean Ministry of Foreign Affairs"],
    ["Foreign Ministry", ["CU"], "foreign ministry"],
    ["Defence Ministry", ["JP"], "defence ministry"],
    ["Korea Daesong Bank", [], "Korea Taesong Bank"],
    ["Soviet air force", [], "Soviet Air Forces"],
  ])("%s with cues %j", (name, cues, canonical) => {
    expect(resolveOrganisation(name, cues)?.canonical).toBe(canonical);
  });

  it("knows nothing of a name outside the gazetteer", () => {
    expect(resolveOrganisation("Liberal Party")).toBeNull();
  });

  it("reads bodies a caller adds", () => {
    const knowledge = resolveKnowledge({
      organisations: [{ canonical: "Korea Sobaeksu Trading Company", aliases: ["Sobaeksu"], type: "trade", country: "KP", memberCategory: "trade" }],
    });
    expect(resolveOrganisation("Sobaeksu", [], knowledge)?.canonical).toBe("Korea Sobaeksu Trading Company");
  });
});
