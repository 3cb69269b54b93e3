// Role normalisation: a title's category through plurals, seniority and nationality words, and service words that say
// more than an occupation.
import { describe, expect, it } from "vitest";
import { resolveKnowledge } from "../../src/data/index.js";
import { findTitleForms, pluralOf, roleCategoryOf } from "../../src/normalise/roles.js";

describe("roleCategoryOf reads the category of a title as written", () => {
  it.each([
    ["third secretary", "diplomat"],
    ["mid-level diplomats", "diplomat"],
    ["senior colonel", "military"],
    ["vice foreign minister", "government"],
    ["restaurant workers", "worker"],
    ["North Korean businessmen", "trade"],
    ["intelligence officer", "intelligence"],
    ["party secretaries", "party"],
    ["bank official", "finance"],
    ["high-ranking officer", "unknown"],
    ["senior official", "unknown"],
    ["No. 2 man", "unknown"],
    ["defector", "unknown"],
    ["refugees", "unknown"],
    ["army doctor", "military"],
    ["state journalists", "government"],
    ["bank employee", "finance"],
    ["team doctor", "civilian"],
    ["police colonel", "military"],
    ["air force generals", "military"],
    ["lieutenant colonels", "military"],
    ["consuls general", "diplomat"],
    ["crew member", "unknown"],
    ["sailor", "unknown"],
    ["saxophonist", "civilian"],
    ["wife", "unknown"],
  ])("%s", (title, category) => {
    expect(roleCategoryOf(title)).toBe(category);
  });

  it("reads titles a caller adds", () => {
    const knowledge = resolveKnowledge({ roles: [{ title: "hacker", category: "intelligence" }] });
    expect([roleCategoryOf("hackers"), roleCategoryOf("hackers", knowledge)]).toEqual(["unknown", "intelligence"]);
  });
});

describe("pluralOf", () => {
  it.each([
    ["diplomat", "diplomats"],
    ["businessman", "businessmen"],
    ["secretary", "secretaries"],
    ["attache", "attaches"],
    ["coach", "coaches"],
    ["chief of staff", "chiefs of staff"],
    ["crewman", "crewmen"],
  ])("%s -> %s", (title, plural) => {
    expect(pluralOf(title)).toBe(plural);
  });
});

describe("findTitleForms finds the table's titles, leftmost and longest first", () => {
  it.each([
    ["The lieutenant colonel's driver waited.", [["lieutenant colonel", "lieutenant colonel"], ["driver", "driver"]]],
    ["An ex-diplomat and a para-archer", [["ex-diplomat", "diplomat"], ["para-archer", "archer"]]],
    ["Lt. Col. Park and Lt Col Ri", [["Lt. Col.", "lt. col."], ["Lt Col", "lt. col."]]],
    ["the chargé d’affaires", [["chargé d’affaires", "chargé d'affaires"]]],
    ["the attorney-general, not the general", [["attorney-general", "attorney-general"], ["general", "general"]]],
    ["consuls general and first secretaries", [["consuls general", "consuls general"], ["first secretaries", "first secretaries"]]],
    ["North-Korean-diplomat", []],
  ])("%s", (text, expected) => {
    expect(findTitleForms(text).map((title) => [text.slice(title.start, title.end), title.form])).toEqual(expected);
  });
});
