// Role mentions: titles with seniority words kept, categories from the table, positions such as "No. 2 man";
// words inside a body's name, adjectives and defector nouns are not roles.
import { describe, expect, it } from "vitest";
import { builtInKnowledge } from "../../src/data/index.js";
import { findRoles } from "../../src/mentions/roles.js";
import { analysed } from "../helpers/sentences.js";

function read(text: string) {
  return findRoles(analysed(text, 9), builtInKnowledge).map((mention) => [mention.title, mention.category]);
}

describe("findRoles reads titles and their categories", () => {
  it.each([
    ["Kim Chol-song, a third secretary at the trade mission, escaped to Seoul.", [["third secretary", "diplomat"]]],
    ["A senior colonel working at the General Reconnaissance Bureau defected to the South.", [["senior colonel", "military"]]],
    ["One mid-level diplomat was based in Hong Kong.", [["mid-level diplomat", "diplomat"]]],
    ["One high-ranking officer of the People's Army Politburo defected.", [["high-ranking officer", "unknown"]]],
    ["Pyongyang banished its vice foreign minister Kung Sok-ung to a farm.", [["vice foreign minister", "government"]]],
    ["Kung, a veteran diplomat, was banished to a rural farm.", [["veteran diplomat", "diplomat"]]],
    ["A senior North Korean diplomat based in Cuba defected with his wife and child.", [["senior diplomat", "diplomat"]]],
    ["Jeong Joon-hee, spokesman at the ministry, said the system will be overhauled.", [["spokesman", "government"]]],
    ["Oh Chong-song, a staff sergeant in the Korean People's Army, fled across the border.", [["staff sergeant", "military"]]],
    ["A group of 12 North Korean restaurant workers arrived in the South.", [["restaurant workers", "worker"]]],
    ["A Russian military pilot defected to Ukraine with his helicopter.", [["pilot", "military"]]],
    ["The former minister-counsellor at the embassy in Rome has vanished.", [["former minister-counsellor", "diplomat"]]],
    ["A senior official of the North's Korea Taesong Bank absconded in Russia.", [["senior official", "unknown"]]],
    ["Major Kim Yong-chol was seen in Beijing with a bank official.", [["major", "military"], ["bank official", "finance"]]],
    ["Two North Korean fishermen were rescued off the east coast.", [["fishermen", "civilian"]]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("findRoles reads positions", () => {
  it.each([
    ["Thae was the No. 2 man at North Korea's embassy in London.", [["No. 2 man", "unknown"]]],
    ["He was the deputy ambassador in Kuwait before he fled.", [["deputy ambassador", "diplomat"]]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("keeps offsets into the caller's string", () => {
    const text = "A senior colonel defected.";
    const [role] = findRoles(analysed(text, 9), builtInKnowledge);
    expect(`${" ".repeat(9)}${text}`.slice(role?.start, role?.end)).toBe("senior colonel");
  });
});

describe("findRoles finds no role in these", () => {
  it.each([
    ["The General Bureau of Reconnaissance was blamed for the attack."],
    ["The number of North Korean defectors reached about 29,830 in total."],
    ["It was a major blow to the regime, the refugee said."],
    ["Official figures show a drop in arrivals."],
    ["The Workers Party's Room 39 handles the slush funds."],
  ])("%s", (text) => {
    expect(read(text)).toEqual([]);
  });
});
