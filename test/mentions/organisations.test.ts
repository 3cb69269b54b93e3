// Organisation mentions: gazetteer bodies in any spelling, owners left out of names, shared names settled by country,
// generic bodies with their modifier and host, a country's own army, named vessels; plain places, common words and
// unnamed boats are not bodies.
import { describe, expect, it } from "vitest";
import { builtInKnowledge } from "../../src/data/index.js";
import { findOrganisations, settleSharedNames } from "../../src/mentions/organisations.js";
import type { Mention, Sentence } from "../../src/types.js";

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
    ["One high-ranking officer of the powerful People's Army Politburo defected.", [["People's Army Politburo", "General Political Bureau of the Korean People's Army"]]],
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
    ["A clerk at the Netherlands' embassy in Moscow walked out in May.", { name: "embassy in Moscow", type: "diplomatic", country: "NL", host: "Moscow RU", memberCategory: "diplomat" }],
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

describe("findOrganisations names armed forces, services and state bodies of many countries", () => {
  it.each([
    ["Alexander Zuyev, a captain in the Soviet air force, landed his MiG-29 in Trabzon.", "Soviet air force", "Soviet Air Forces", "military"],
    ["Wang, a Chinese Air Force pilot, flew his MiG across the strait.", "Chinese Air Force", "People's Liberation Army Air Force", "military"],
    ["Korolev was a lieutenant in the Russian army, the BBC said.", "Russian army", "Russian Ground Forces", "military"],
    ["A helicopter pilot of the Russian Aerospace Forces landed in Ukraine.", "Russian Aerospace Forces", "Russian Aerospace Forces", "military"],
    ["Some 20 Syrian soldiers including a general defected from the army on Tuesday.", "army", "Syrian Arab Army", "military"],
    ["Syria's army lost another brigade commander to the rebels.", "army", "Syrian Arab Army", "military"],
    ["Two officers of the Islamic Revolutionary Guard Corps sought asylum in Turkey.", "Islamic Revolutionary Guard Corps", "Islamic Revolutionary Guard Corps", "military"],
    ["Guardsmen of the Venezuelan National Guard crossed the bridge into Colombia.", "Venezuelan National Guard", "Bolivarian National Guard", "military"],
    ["The Stasi kept a file on every athlete who travelled west.", "Stasi", "Stasi", "intelligence"],
    ["A Securitate general fled to the United States in 1978.", "Securitate", "Securitate", "intelligence"],
    ["He was recruited by Mossad while studying in Paris.", "Mossad", "Mossad", "intelligence"],
    ["He had been a loyal member of the Baath Party for years.", "Baath Party", "Baath Party", "party"],
    ["A dancer of the Bolshoi Ballet asked for asylum in New York in 1979.", "Bolshoi Ballet", "Bolshoi Ballet", "civilian"],
  ])("%s", (text, name, canonical, memberCategory) => {
    const mention = findOrganisations(sentence(text), builtInKnowledge).find((candidate) => candidate.name === name);
    expect([mention?.name, mention?.canonical, mention?.memberCategory]).toEqual([name, canonical, memberCategory]);
  });

  it("says which rule gave a country's own army its name", () => {
    const [army] = findOrganisations(sentence("Syrian soldiers defected from the army and fled to Turkey."), builtInKnowledge);
    expect([army?.rule, army?.country]).toEqual(["organisation/national-body", "SY"]);
  });

  it("leaves an army without a country generic", () => {
    const [army] = findOrganisations(sentence("He deserted from the army after two years."), builtInKnowledge);
    expect([army?.name, army?.canonical, army?.rule]).toEqual(["army", null, "organisation/generic"]);
  });
});

describe("findOrganisations reads kinds of bodies: ministries of other states, teams, troupes and named vessels", () => {
  it.each([
    ["Cuba's Foreign Ministry denounced the defection.", { name: "Foreign Ministry", canonical: null, type: "state", memberCategory: "diplomat" }],
    ["Japan's defence ministry said the aircraft had been tracked.", { name: "defence ministry", canonical: null, type: "military", memberCategory: "military" }],
    ["An official of the Syrian interior ministry fled to Jordan.", { name: "Syrian interior ministry", canonical: null, type: "state", memberCategory: "government" }],
    ["Nine members of the Eritrean national football team did not board the plane.", { name: "Eritrean national football team", canonical: null, type: "sports", memberCategory: "civilian" }],
    ["Thirteen players from a club side stayed in Tanzania.", { name: "club side", canonical: null, type: "sports", memberCategory: "civilian" }],
    ["Two violinists of a Soviet symphony orchestra stayed behind in London.", { name: "Soviet symphony orchestra", canonical: null, type: "arts", memberCategory: "civilian" }],
    ["A sailor jumped from the grain freighter Marshal Konyev into the river.", { name: "grain freighter Marshal Konyev", canonical: null, type: "ship", memberCategory: "unknown" }],
    ["Crewmen of the Soviet destroyer Storozhevoy mutinied in 1975.", { name: "Soviet destroyer Storozhevoy", canonical: null, type: "ship", memberCategory: "military" }],
    ["Workers of a timber company in Khabarovsk fled to Moscow.", { name: "timber company in Khabarovsk", canonical: null, type: "trade", memberCategory: "worker" }],
    // A head of state's staff office: its officials are in government.
    ["A deputy chief of the presidential secretariat in Kinshasa fled to Brussels.", { name: "presidential secretariat in Kinshasa", canonical: null, type: "state", memberCategory: "government" }],
    ["An aide of the Council of Ministers walked into the Austrian embassy in 1968.", { name: "Council of Ministers", canonical: null, type: "state", memberCategory: "government" }],
  ])("%s", (text, expected) => {
    const [mention] = findOrganisations(sentence(text), builtInKnowledge);
    expect({ name: mention?.name, canonical: mention?.canonical, type: mention?.type, memberCategory: mention?.memberCategory }).toEqual(expected);
  });

  it("takes a Soviet body's nationality word into its name though the country has no code", () => {
    const [embassy] = findOrganisations(sentence("He walked into the Soviet embassy in Washington."), builtInKnowledge);
    expect([embassy?.name, embassy?.country]).toEqual(["Soviet embassy in Washington", null]);
  });

  it("names a vessel with its own name and stamps the rule", () => {
    const [ship] = findOrganisations(sentence("The cook of the trawler “Mayak” swam ashore."), builtInKnowledge);
    expect([ship?.name, ship?.rule]).toEqual(["trawler “Mayak”", "organisation/named-vessel"]);
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
    ["Four North Koreans were found on a small wooden boat off the coast."],
    ["The ship sank on Monday and a tanker Tuesday."],
    ["The crew of the vessel were questioned by police."],
    ["The mission was to find the team before dark."],
    ["The soldier wished to defect, the ministry said in a statement."],
    // A secretary is a person, not the office.
    ["The first secretary of the press section crossed to the West."],
  ])("%s", (text) => {
    expect(read(text)).toEqual([]);
  });
});

/** The canonical body of each organisation mention of a document, sentence by sentence, after the document pass. */
function settled(texts: readonly string[]): (string | null)[][] {
  let offset = 0;
  const sentences = texts.map((text, index) => {
    const made: Sentence = { index, start: offset, end: offset + text.length, text, paragraph: 0, headline: false };
    offset += text.length + 1;
    return made;
  });
  const mentions: Mention[][] = sentences.map((made) => findOrganisations(made, builtInKnowledge));
  settleSharedNames(sentences, mentions, builtInKnowledge);
  return mentions.map((list) => list.map((mention) => (mention.kind === "organisation" ? mention.canonical : null)));
}

describe("settleSharedNames keeps a shared name on the body the article first said it means", () => {
  it.each([
    [
      ["A Ministry of State Security (MSS) official defected from Pyongyang in March.", "Three MSS agents stationed in Shenyang, China, also fled."],
      [["Ministry of State Security", "Ministry of State Security"], ["Ministry of State Security"]],
    ],
    [
      ["An officer of Russia's Main Intelligence Directorate defected to Britain in March.", "Two Main Intelligence Directorate officers posted in Kyiv, Ukraine, fled to Poland."],
      [["GRU"], ["GRU"]],
    ],
    // A later mention with an owner of its own names its own body.
    [
      ["A Ministry of State Security officer defected from Pyongyang in March.", "An officer of China's Ministry of State Security defected to Taiwan in May."],
      [["Ministry of State Security"], ["Chinese Ministry of State Security"]],
    ],
    // Once both bodies are named, each unowned mention goes by the country words near it.
    [
      ["An officer of North Korea's MSS defected in March.", "China's MSS arrested his driver in Dandong.", "An MSS officer posted in Beijing, China, defected to Taiwan."],
      [["Ministry of State Security"], ["Chinese Ministry of State Security"], ["Chinese Ministry of State Security"]],
    ],
  ])("%j", (texts, expected) => {
    expect(settled(texts)).toEqual(expected);
  });
});
