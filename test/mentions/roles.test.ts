// Role mentions: titles with seniority and service words kept and nationality dropped, categories from the title, the
// service word or the body, occupation nouns the tagger knows, plural group titles, positions such as "No. 2 man";
// words inside a body's name, adjectives, kinship and figures of speech are not roles.
import { describe, expect, it } from "vitest";
import { builtInKnowledge, resolveKnowledge } from "../../src/data/index.js";
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
    ["Pyongyang banished its vice foreign minister Kung Sok-ung to a farm.", [["vice foreign minister", "government"]]],
    ["Kung, a veteran diplomat, was banished to a rural farm.", [["veteran diplomat", "diplomat"]]],
    ["Jeong Joon-hee, spokesman at the ministry, said the system will be overhauled.", [["spokesman", "government"]]],
    ["Oh Chong-song, a staff sergeant in the Korean People's Army, fled across the border.", [["staff sergeant", "military"]]],
    ["A group of 12 North Korean restaurant workers arrived in the South.", [["restaurant workers", "worker"]]],
    ["A Russian military pilot defected to Ukraine with his helicopter.", [["pilot", "military"]]],
    ["A military pilot defected to Ukraine with his helicopter.", [["military pilot", "military"]]],
    ["The former minister-counsellor at the embassy in Rome has vanished.", [["former minister-counsellor", "diplomat"]]],
    ["Major Kim Yong-chol was seen in Beijing with a bank official.", [["major", "military"], ["bank official", "finance"]]],
    ["Two North Korean fishermen were rescued off the east coast.", [["fishermen", "civilian"]]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("findRoles reads embassy and consular ranks", () => {
  it.each([
    ["WASHINGTON (AP) - The deputy ambassador of the mission asked for asylum on Monday.", "deputy ambassador"],
    ["The acting ambassador, who ran the embassy after the envoy's recall, has not been seen since March.", "acting ambassador"],
    ["Mr Novak, the chargé d'affaires in Lisbon, walked into a police station.", "chargé d'affaires"],
    ["A consul general in Osaka went missing in the spring of 1998.", "consul general"],
    ["The embassy's first secretary and his wife were last seen at the airport.", "first secretary"],
    ["She had served as a counsellor in Bern for four years.", "counsellor"],
    ["A cultural attaché in Paris is said to have left with her daughter.", "cultural attaché"],
    ["The vice-consul, a career officer, was reassigned.", "vice-consul"],
    ["He was an ex-diplomat who had served in three African capitals.", "ex-diplomat"],
  ])("%s", (text, title) => {
    expect(read(text)[0]).toEqual([title, "diplomat"]);
  });
});

describe("findRoles reads military and police ranks of many armies", () => {
  it.each([
    ["Lieutenant Colonel Park, 45, crossed the line at dawn.", "lieutenant colonel"],
    ["A senior lieutenant of the Soviet army asked for asylum in Vienna in 1984.", "senior lieutenant"],
    ["The colonel general commanding the district was recalled to Moscow.", "colonel general"],
    ["A senior colonel of the People's Liberation Army disappeared during a visit to Paris.", "senior colonel"],
    ["The petty officer swam to a Japanese fishing boat.", "petty officer"],
    ["A rear admiral of the Baltic Fleet sought refuge in Sweden.", "rear admiral"],
    ["The wing commander flew his jet to a NATO base.", "wing commander"],
    ["A sergeant major and two corporals walked across the bridge.", "sergeant major"],
    ["In 2009 a private swam across the river to the South.", "private"],
    ["Private Kim, 19, was spotted by a guard post at 8 a.m.", "private"],
    ["Two generals fled with their families overnight.", "generals"],
    ["The general, who commanded an armoured division, crossed into Turkey.", "general"],
    ["A major who served in the artillery defected on Sunday.", "major"],
    ["Lt. Col. Park was named as the officer who crossed.", "lt. col."],
    ["A paratrooper deserted his unit near Kherson.", "paratrooper"],
    ["The conscript, 20, had served for a year.", "conscript"],
  ])("%s", (text, title) => {
    expect(read(text)[0]).toEqual([title, "military"]);
  });

  it.each([
    ["A policeman from Sinuiju waded across the river.", "policeman"],
    ["The customs officer who stamped his passport was questioned.", "customs officer"],
  ])("%s is a state post", (text, title) => {
    expect(read(text)[0]).toEqual([title, "government"]);
  });
});

describe("findRoles reads crews, trades, athletes and artists", () => {
  it.each([
    ["A crew member of the freighter jumped into the harbour.", [["crew member", "unknown"]]],
    ["The seaman was pulled from the water by a tug.", [["seaman", "unknown"]]],
    ["The Cuban pianist requested asylum after a concert in Madrid.", [["pianist", "civilian"]]],
    ["A ballet dancer stayed behind when the troupe flew home.", [["ballet dancer", "civilian"]]],
    ["The 24-year-old swimmer disappeared from the team hotel.", [["swimmer", "civilian"]]],
    ["A boxer from the national squad vanished before his bout.", [["boxer", "civilian"]]],
    ["An Iranian judoka refused to return home.", [["judoka", "civilian"]]],
    ["The nuclear physicist was given a new identity.", [["nuclear physicist", "civilian"]]],
    ["A missile scientist slipped into China in March.", [["missile scientist", "civilian"]]],
    ["A dentist who deserted a medical mission reached Bogota.", [["dentist", "civilian"]]],
    ["The head coach of the team was also missing.", [["head coach", "civilian"]]],
    ["A migrant worker at a logging camp escaped in 2004.", [["migrant worker", "worker"]]],
    ["The money manager handled accounts in Macau.", [["money manager", "finance"]]],
    ["A trade official stationed in Dalian is missing.", [["trade official", "trade"]]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("findRoles reads party and government posts", () => {
  it.each([
    ["The prime minister defected to Jordan with his family.", [["prime minister", "government"]]],
    ["A vice minister of trade was purged in 2013.", [["vice minister", "government"]]],
    ["Syria's attorney-general for Aleppo province declared his defection.", [["attorney-general", "government"]]],
    ["The member of parliament sought refuge abroad after the coup.", [["member of parliament", "government"]]],
    ["A party secretary in Hyesan fled with his son.", [["party secretary", "party"]]],
    ["He was a Baath Party apparatchik for two decades.", [["apparatchik", "party"]]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("findRoles drops nationality and keeps seniority and service words", () => {
  it.each([
    ["A senior North Korean diplomat based in Cuba defected with his wife and child.", "senior diplomat"],
    ["A North Korean senior official crossed into China.", "senior official"],
    ["A senior Syrian intelligence officer had also defected to Jordan.", "senior intelligence officer"],
    ["Two Syrian air force generals have defected.", "generals"],
    ["Zuyev, a former Soviet air force pilot, lives in California.", "former pilot"],
    ["A former KGB colonel who spied for Britain died aged 86.", "former colonel"],
    ["Three Syrian state journalists deserted the regime's media arm.", "state journalists"],
    ["A high-level Ministry of State Security (MSS) official fled to China.", "high-level official"],
  ])("%s", (text, title) => {
    expect(read(text)[0]?.[0]).toBe(title);
  });
});

describe("findRoles takes the category from the title, else the service word, else the body", () => {
  it.each([
    ["An army doctor crossed the border at night.", "army doctor", "military", "role/category-qualifier"],
    ["Three Syrian state journalists deserted the regime's media arm.", "state journalists", "government", "role/category-qualifier"],
    ["A former KGB colonel who spied for Britain died aged 86.", "former colonel", "military", "role/category-title"],
    ["A KGB officer walked into the embassy.", "officer", "intelligence", "role/category-organisation"],
    ["Three MSS officials in Shenyang defected.", "officials", "intelligence", "role/category-organisation"],
    ["One high-ranking officer of the People's Army Politburo defected.", "high-ranking officer", "military", "role/category-organisation"],
    ["A senior official of the North's Korea Taesong Bank absconded in Russia.", "senior official", "finance", "role/category-organisation"],
    ["A dozen members of the Eritrean national football team stayed in Kenya.", "members", "civilian", "role/category-organisation"],
    ["A member of the Cuban Greco-Roman Wrestling national team stayed in Lima.", "member", "civilian", "role/category-organisation"],
    ["An official who worked for the ministry spoke on condition of anonymity.", "official", "unknown", "role/category-title"],
    ["The counter-intelligence official in charge of catching spies vanished.", "counter-intelligence official", "intelligence", "role/category-qualifier"],
    ["A state security agent was posted to Bucharest.", "state security agent", "intelligence", "role/category-qualifier"],
    ["A Chinese counter-espionage officer stayed in Seattle.", "counter-espionage officer", "intelligence", "role/category-qualifier"],
    ["A close adviser to Peruvian President Alan Garcia fled to Bolivia.", "adviser", "government", "role/category-leader-staff"],
    ["An aide to the prime minister sought asylum in Canada.", "aide", "government", "role/category-leader-staff"],
    ["An adviser to the club's coach stayed in Lisbon.", "adviser", "unknown", "role/category-title"],
  ])("%s", (text, title, category, rule) => {
    const [mention] = findRoles(analysed(text), builtInKnowledge);
    expect([mention?.title, mention?.category, mention?.categoryRule]).toEqual([title, category, rule]);
  });
});

describe("findRoles finds occupations the tagger knows and the data does not, with category unknown", () => {
  it.each([
    ["A plumber from Chongjin was among the passengers.", "plumber"],
    ["The chauffeur drove the family to the consulate gate.", "chauffeur"],
    ["An electrician who worked at the plant swam across.", "electrician"],
    ["The Soviet astronaut was said to have considered staying.", "astronaut"],
  ])("%s", (text, title) => {
    const mentions = findRoles(analysed(text), builtInKnowledge).filter((mention) => mention.title === title);
    expect(mentions.map((mention) => [mention.title, mention.category, mention.rule])).toEqual([[title, "unknown", "role/occupation"]]);
  });

  it("keeps an unknown occupation's words and says unknown rather than a guess", () => {
    const [plumber] = findRoles(analysed("A senior plumber fled."), builtInKnowledge);
    expect([plumber?.title, plumber?.category]).toEqual(["senior plumber", "unknown"]);
  });
});

describe("findRoles marks plural group titles", () => {
  it.each([
    ["Officials said the men were soldiers.", [["officials", true], ["soldiers", true]]],
    ["Three Cuban players went missing in Edmonton.", [["players", true]]],
    ["Several North Korean diplomats escaped last year.", [["diplomats", true]]],
    ["The two consuls general were recalled.", [["consuls general", true]]],
    ["The diplomat defected.", [["diplomat", false]]],
  ])("%s", (text, expected) => {
    expect(findRoles(analysed(text), builtInKnowledge).map((mention) => [mention.title, mention.plural])).toEqual(expected);
  });
});

describe("findRoles reads positions", () => {
  it.each([
    ["Thae was the No. 2 man at North Korea's embassy in London.", [["No. 2 man", "diplomat"]]],
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

describe("findRoles reads these as roles although they look like other things", () => {
  it.each([
    ["He called himself an officer of the law.", [["officer", "unknown"]]],
    ["The director of the documentary said he had no idea.", [["director", "unknown"]]],
    ["The director of the General Reconnaissance Bureau was promoted.", [["director", "intelligence"]]],
    ["Officials said the boat had drifted south.", [["officials", "unknown"]]],
    ["The defector's lawyer said his client feared for his life.", [["lawyer", "civilian"]]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("findRoles finds no role in these", () => {
  it.each([
    ["The General Bureau of Reconnaissance was blamed for the attack."],
    ["The number of North Korean defectors reached about 29,830 in total."],
    ["It was a major blow to the regime, the refugee said."],
    ["Official figures show a drop in arrivals."],
    ["The Workers Party's Room 39 handles the slush funds."],
    ["The private sector has grown since the reforms."],
    ["He met them in private after the general strike."],
    ["In general, the general public was not told."],
    ["China is a key player in the talks."],
    ["Captain America was showing at the cinema."],
    ["General Motors closed its plant in Kaesong."],
    ["The exile was poisoned with a nerve agent."],
    ["His wife and daughter stayed in Pyongyang with her brother."],
    ["[Newsmaker] The man who swam back"],
    ["The refugees and their children were taken to a shelter."],
  ])("%s", (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("findRoles reads titles and words a caller adds", () => {
  it("reads a caller's rank and service word", () => {
    const knowledge = resolveKnowledge({
      roles: [
        { title: "feldwebel", category: "military" },
        { title: "stasi", category: "intelligence", qualifier: true },
      ],
    });
    expect(findRoles(analysed("A Stasi feldwebel crossed at Checkpoint Charlie."), knowledge).map((mention) => [mention.title, mention.category])).toEqual([
      ["stasi feldwebel", "military"],
    ]);
  });
});
