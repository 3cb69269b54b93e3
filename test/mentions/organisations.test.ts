// Organisation mentions: gazetteer bodies in any spelling, owners left out of names, shared names settled by country,
// generic bodies with their modifier and host; plain places and common words are not bodies.
import { describe, expect, it } from "vitest";
import { builtInKnowledge } from "../../src/data/index.js";
import { findOrganisations } from "../../src/mentions/organisations.js";
import type { Sentence } from "../../src/types.js";

function sentence(text: string, offset = 7): Sentence {
  return { index: 3, start: offset, end: offset + text.length, text, paragraph: 0, headline: false };
}

function read(text: string) {
  return findOrganisations(sentence(text), builtInKnowledge).map((mention) => [mention.name, mention.canonical]);
}

describe("findOrganisations names gazetteer bodies as worded, with their canonical name", () => {
  it.each([
    ["Senior staff of the Workers Party's notorious Room 39 have defected.", [["Room 39", "Office 39"]]],
    ["He had worked for Bureau 39 of the Worker's Party for a decade.", [["Bureau 39", "Office 39"], ["Worker's Party", "Workers' Party of Korea"]]],
    ["He was a member of the General Bureau of Reconnaissance, the Telegraph reported.", [["General Bureau of Reconnaissance", "Reconnaissance General Bureau"], ["Telegraph", "The Telegraph"]]],
    ["A senior colonel at the North Korea military’s General Reconnaissance Bureau defected.", [["General Reconnaissance Bureau", "Reconnaissance General Bureau"]]],
    ["An officer of the RGB crossed the border in 2019.", [["RGB", "Reconnaissance General Bureau"]]],
    ["An official who worked for the Ministry of State Security escaped to the South last year.", [["Ministry of State Security", "Ministry of State Security"]]],
    ["A Bowibu agent fled across the Tumen river.", [["Bowibu", "Ministry of State Security"]]],
    ["One high-ranking officer of the powerful People's Army Politburo defected.", [["People's Army Politburo", "General Political Bureau"]]],
    ["Oh Chong-song, a staff sergeant in the Korean People's Army, fled across the border.", [["Korean People's Army", "Korean People's Army"]]],
    ["A senior official of the North's Korea Taesong Bank absconded in Russia.", [["Korea Taesong Bank", "Korea Taesong Bank"]]],
    ["The Treasury sanctioned two officials of Korea Kwangson Banking Corp for evading sanctions.", [["Korea Kwangson Banking Corp", "Korea Kwangson Banking Corporation"]]],
    ["Workers sent abroad by the Mansudae Overseas Project Group built statues in Senegal.", [["Mansudae Overseas Project Group", "Mansudae Overseas Project Group"]]],
    ["Seoul's unification ministry said it has no information on the defection.", [["unification ministry", "Ministry of Unification"]]],
    ["South Korea's National Intelligence Service (NIS) said 20 officials defected.", [["National Intelligence Service", "National Intelligence Service"], ["NIS", "National Intelligence Service"]]],
    ["The report by Yonhap News Agency was confirmed by the Unification Ministry.", [["Yonhap News Agency", "Yonhap"], ["Unification Ministry", "Ministry of Unification"]]],
    ["Lee Soo-seok is a chief researcher at Institute for National Security Strategy.", [["Institute for National Security Strategy", "Institute for National Security Strategy"]]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("findOrganisations settles a name several bodies share by the country words near it", () => {
  it.each([
    ["China's Ministry of State Security detained the group in Dandong.", "Chinese Ministry of State Security", "CN"],
    ["A former officer of North Korea's Ministry of State Security spoke to reporters.", "Ministry of State Security", "KP"],
    ["An officer of Ukraine's Main Intelligence Directorate said the pilot had landed.", "Defence Intelligence of Ukraine", "UA"],
    ["North Korea's Foreign Ministry called the defector human scum.", "North Korean Ministry of Foreign Affairs", "KP"],
    ["South Korea's Foreign Ministry declined to comment on the case.", "South Korean Ministry of Foreign Affairs", "KR"],
  ])("%s", (text, canonical, country) => {
    const [mention] = findOrganisations(sentence(text), builtInKnowledge);
    expect([mention?.canonical, mention?.country]).toEqual([canonical, country]);
  });
});

describe("findOrganisations reads generic bodies with their owner, modifier and host", () => {
  it.each([
    ["Thae was the No. 2 man at North Korea's embassy in London.", { name: "embassy in London", type: "diplomatic", country: "KP", host: "London GB", memberCategory: "diplomat" }],
    ["Kim Chol-song, a third secretary at North Korea's trade mission in Russia, escaped to Seoul.", { name: "trade mission in Russia", type: "diplomatic", country: "KP", host: "Russia RU", memberCategory: "diplomat" }],
    ["A clerk at the North Korean consulate in Shenyang walked out in May.", { name: "North Korean consulate in Shenyang", type: "diplomatic", country: "KP", host: "Shenyang CN", memberCategory: "diplomat" }],
    ["Seventeen North Koreans working at a Pyongyang-run restaurant in China made a group defection.", { name: "Pyongyang-run restaurant in China", type: "restaurant", country: "KP", host: "China CN", memberCategory: "worker" }],
    ["The 13 defectors escaped from a North Korean restaurant in a Chinese city Ningbo.", { name: "North Korean restaurant in a Chinese city Ningbo", type: "restaurant", country: "KP", host: "Ningbo CN", memberCategory: "worker" }],
    ["He was posted in Beijing to operate a trading company under the Army.", { name: "trading company", type: "trade", country: null, host: null, memberCategory: "trade" }],
    ["A senior official at North Korea's spy agency defected to South Korea last year.", { name: "spy agency", type: "intelligence", country: "KP", host: null, memberCategory: "intelligence" }],
    ["South Korea’s intel agency says more North Koreans working abroad have defected.", { name: "intel agency", type: "intelligence", country: "KR", host: null, memberCategory: "intelligence" }],
  ])("%s", (text, expected) => {
    const [mention] = findOrganisations(sentence(text), builtInKnowledge);
    expect({
      name: mention?.name,
      type: mention?.type,
      country: mention?.country,
      host: mention?.host ? `${mention.host.name} ${mention.host.country}` : null,
      memberCategory: mention?.memberCategory,
      canonical: mention?.canonical,
    }).toEqual({ ...expected, canonical: null });
  });

  it("puts a named body's outpost in its host: the Hong Kong headquarters of Room 39", () => {
    const [mention] = findOrganisations(sentence("One mid-level diplomat was based at the Hong Kong headquarters of the notorious Room 39."), builtInKnowledge);
    expect([mention?.name, mention?.canonical, mention?.host]).toEqual([
      "Hong Kong headquarters of the notorious Room 39",
      "Office 39",
      { name: "Hong Kong", country: "HK", kind: "city" },
    ]);
  });

  it("keeps offsets into the caller's string", () => {
    const text = "He defected from North Korea's trade mission in Russia.";
    const original = `${" ".repeat(7)}${text}`;
    for (const mention of findOrganisations(sentence(text), builtInKnowledge)) {
      expect(original.slice(mention.start, mention.end)).toBe(mention.text);
      expect(mention.text).toBe(mention.name);
    }
  });
});

describe("findOrganisations finds no body in these sentences", () => {
  it.each([
    ["A North Korean diplomat stationed in Vladivostok, Russia, defected to the South."],
    ["The mission was to find room 39 of the hotel before midnight."],
    ["Let us know if the US accepts the refugees."],
    ["Health officials warned that the virus can cause birth defects."],
    ["Senator Maria Lopez defected to the opposition Liberal Party on Monday."],
    ["The general assembly of the party met in the capital."],
  ])("%s", (text) => {
    expect(read(text)).toEqual([]);
  });
});
