// Which subjects make a record: a named or singled-out person, or a group that fled together; never a trend.
import { describe, expect, it } from "vitest";
import { extractDefections } from "../../src/index.js";

const records = (text: string) => extractDefections(text, { publishedAt: "2020-06-15" }).records;

describe("a specific defector makes one record", () => {
  it.each([
    ["A senior diplomat at the embassy in Bangkok defected to Seoul last month.", "A senior diplomat"],
    ["Officials confirmed that a North Korean soldier defected across the border on Tuesday.", "a North Korean soldier"],
    ["Another official defected from Angola with millions of dollars.", "Another official"],
    ["One of the defectors was a colonel in the Korean People's Army.", "One of the defectors"],
    ["In May, a group of eight North Korean workers fled to South Korea from a factory in Vietnam.", "a group of eight North Korean workers"],
    ["Three North Korean soldiers defected to the South on Monday, the military said.", "Three North Korean soldiers"],
  ])("%s", (sentence, description) => {
    const found = records(sentence);
    expect(found).toHaveLength(1);
    expect(found[0]?.person.description).toBe(description);
  });

  it.each([
    ["Jo Song-gil, the acting ambassador in Rome, defected in November.", "Jo Song-gil"],
    ["Ri Il-kyu, a counsellor at the embassy in Havana, defected to South Korea with his family.", "Ri Il-kyu"],
    ["Cuban pitcher Yulieski Gurriel defected from the national team during a tournament in the Dominican Republic.", "Yulieski Gurriel"],
    ["In 1976, Soviet pilot Viktor Belenko flew his MiG-25 to Hakodate, Japan, and asked for asylum in the United States.", "Viktor Belenko"],
    ["A Chinese diplomat based in Sydney, Chen Yonglin, sought political asylum in Australia in 2005.", "Chen Yonglin"],
    ["Venezuelan Major General Hugo Carvajal, a former intelligence chief, broke with Maduro and fled to Spain in 2019.", "Hugo Carvajal"],
    ["Kim Hyuk is a defector who runs a bakery in Seoul. He fled across the Tumen River in 2009.", "Kim Hyuk"],
  ])("named: %s", (sentence, name) => {
    const found = records(sentence);
    expect(found).toHaveLength(1);
    expect(found[0]?.person.name).toBe(name);
  });
});

describe("trends, tallies and other people's actions make none", () => {
  it.each([
    ["More North Korean elites have deserted their country in search of freedom."],
    ["Dozens of officials who have defected from overseas posts now live in Seoul."],
    ["Some senior officials also sought refuge in the United States and European states."],
    ["North Koreans toiling in overseas countries defected to South Korea earlier this year."],
    ["Around 20 North Korean defectors have sought asylum in the South since 2011."],
    ["The number of North Koreans who defected to the South was 2,706 in 2011."],
    ["Eighteen senior officials defected in 2014, according to the spy agency."],
    ["Forty Iranian footballers have defected from national squads since the 1979 revolution in Tehran."],
    ["At least 30 Cuban doctors have deserted their missions in Caracas so far this month."],
    ["The leader is believed to have been upset by the growing number of elite members defecting."],
    ["Several North Korean diplomats escaped to South Korea this year, the ministry said."],
    ["Pyongyang banished its vice foreign minister to a farm after several diplomats escaped to South Korea."],
    ["Guards are allowed to kill people who try to defect."],
    ["Three Labour MPs defected to the Liberal Democrats on Monday."],
    ["The chief executive defected to a rival bank in March, taking three senior traders with him."],
    ["Two prisoners escaped from a jail in Texas on Sunday and are still at large, police said."],
    ["The drug thalidomide caused severe birth defects in thousands of children in the 1950s."],
    ["The striker defected to rival club Manchester United in the summer transfer window."],
    ["North Korea executed its defence minister Hyon Yong-chol, the spy agency said. Hyon was purged in April."],
    ["The US Treasury sanctioned Kim Su-il, a North Korean official in Vietnam, for helping Pyongyang evade sanctions."],
  ])("%s", (sentence) => {
    expect(records(sentence)).toEqual([]);
  });
});

describe("groups counted by the people they name", () => {
  it.each([
    ["Two colonels crossed the border into Jordan on Wednesday.", 2],
    ["Last month, 17 players and the team doctor claimed asylum in Uganda.", 18],
    ["Nine members of the national football team and the coach went missing in Kenya on Monday.", 10],
    ["Police said seven out of a group of 15 officials were caught trying to cross the border on Friday.", 7],
    ["On Monday, two of the four sailors rescued at sea defected to the South.", 2],
    ["Four dancers of the Bolshoi troupe sought asylum in Toronto during the tour in May.", 4],
  ])("%s", (sentence, count) => {
    const found = records(`North Korea and defectors. ${sentence}`);
    expect(found.map((record) => record.count)).toEqual([count]);
  });

  it.each([
    ["Around seven officials have defected in connection with the affair, a source said."],
    ["Eighteen senior officials defected in 2014, according to the spy agency."],
    ["Forty Iranian footballers have defected from national squads since the 1979 revolution in Tehran."],
    ["At least 30 Cuban doctors have deserted their missions in Caracas so far this month."],
  ])("an estimate or a yearly tally is a figure, not a group: %s", (sentence) => {
    expect(records(sentence)).toEqual([]);
  });
});

describe("the person at the head of the phrase", () => {
  it.each([
    ["Daughter of a Cuban minister defects", "Daughter"],
    ["On Saturday a senior aide to leader Kim Jong Il defected to China.", "a senior aide"],
    ["The son of the former prime minister sought asylum in Canada on Monday.", "The son"],
  ])("%s", (sentence, description) => {
    expect(records(sentence).map((record) => record.person.description)).toEqual([description]);
  });
});

describe("people listed after the copula of a defection clause", () => {
  it.each([
    [
      "Among North Koreans who have defected in recent months are a missile scientist, a naval officer claiming to have secrets, and a mathematician.",
      ["a missile scientist", "a naval officer", "a mathematician"],
    ],
    ["Those who fled to Seoul last year include a chemist and an army doctor.", ["a chemist", "an army doctor"]],
  ])("%s", (sentence, descriptions) => {
    expect(records(sentence).map((record) => record.person.description)).toEqual(descriptions);
  });

  it.each([
    ["The soldiers who fled to Turkey on Monday include a general, three colonels and several other officers."],
    ["Among dozens of officials who have defected are senior staff of the party's finance office, which serves leader Kim Jong-un."],
  ])("members of a group told of, or a clause inside the list, are no records of their own: %s", (sentence) => {
    expect(records(`A group of 20 soldiers defected to Turkey on Monday. ${sentence}`).map((record) => record.person.description)).toEqual(["A group of 20 soldiers"]);
  });
});
