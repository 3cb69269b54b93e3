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
  ])("%s", (sentence, description) => {
    const found = records(sentence);
    expect(found).toHaveLength(1);
    expect(found[0]?.person.description).toBe(description);
  });

  it.each([
    ["Jo Song-gil, the acting ambassador in Rome, defected in November.", "Jo Song-gil"],
    ["Ri Il-kyu, a counsellor at the embassy in Havana, defected to South Korea with his family.", "Ri Il-kyu"],
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
    ["The leader is believed to have been upset by the growing number of elite members defecting."],
    ["Several North Korean diplomats escaped to South Korea this year, the ministry said."],
    ["Pyongyang banished its vice foreign minister to a farm after several diplomats escaped to South Korea."],
    ["Guards are allowed to kill people who try to defect."],
  ])("%s", (sentence) => {
    expect(records(sentence)).toEqual([]);
  });
});
