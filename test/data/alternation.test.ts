// A prefix-factored alternation finds, at every position, the same longest form as the flat alternation of its words.
import { describe, expect, it } from "vitest";
import { alternation, prefixAlternation } from "../../src/data/index.js";

const matches = (source: string, text: string) => [...text.matchAll(new RegExp(`\\b${source}\\b`, "gi"))].map((match) => [match.index, match[0]]);

describe("prefixAlternation matches as alternation does", () => {
  it.each([
    [["defect", "defected", "defection", "defections"], "Two defections: she defected, and the defection was a defect of the plan."],
    [["sought asylum", "sought political asylum", "asylum"], "He sought  political\nasylum; she sought asylum; asylum was given."],
    [["don’t", "don't go back"], "They said: don’t go back, and don't."],
    [["ran", "ran away", "ran away to"], "He ran away tomorrow, then ran away to Macau and ran."],
    [["crossed into", "crossed"], "Crossed into the South, the soldier crossed it again; crossedinto is no word."],
    [["go", "go back"], "Nothing here holds a form: gone, goal, backgo."],
  ])("%j in %s", (words, text) => {
    expect(matches(prefixAlternation(words), text)).toEqual(matches(alternation(words), text));
  });
});
