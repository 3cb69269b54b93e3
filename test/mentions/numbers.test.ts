// Number mentions: counts with their qualifier; years, labels, ordinals, times, money and vague plurals are not counts.
import { describe, expect, it } from "vitest";
import { findNumbers } from "../../src/mentions/numbers.js";
import type { Sentence } from "../../src/types.js";

function sentence(text: string, offset = 11): Sentence {
  return { index: 2, start: offset, end: offset + text.length, text, paragraph: 0, headline: false };
}

function read(text: string) {
  return findNumbers(sentence(text)).map((mention) => [mention.text, mention.value, mention.qualifier]);
}

describe("findNumbers reads counts and their qualifiers", () => {
  it.each([
    ["As of end-September, the number of North Korean defectors reached about 29,830 in total.", [["29,830", 29830, "about"]]],
    ["1,036 North Koreans came to the South in the first nine months of this year.", [["1,036", 1036, "exact"]]],
    ["The defections rose from eight in 2013 to 18 in 2014.", [["eight", 8, "exact"], ["18", 18, "exact"]]],
    ["The group said 15 North Korean defectors, 13 women and two children, were arrested in Kunming.", [["15", 15, "exact"], ["13", 13, "exact"], ["two", 2, "exact"]]],
    ["A civic group claims that more than a dozen North Korean defectors have been detained in China.", [["a dozen", 12, "more than"]]],
    ["At least 20 senior officials of the North Korean government have defected to Seoul.", [["20", 20, "at least"]]],
    ["Around 20 North Korean defectors who used to be senior officials have sought asylum.", [["20", 20, "about"]]],
    ["The leader ordered the execution of more than 100 state, party and military officials.", [["100", 100, "more than"]]],
    ["Some 300 workers left the construction site in Kuwait.", [["300", 300, "about"]]],
    ["No fewer than thirteen waitresses walked out of the restaurant.", [["thirteen", 13, "at least"]]],
    ["Fewer than 1,200 defectors reached the South in 2017.", [["1,200", 1200, "less than"]]],
    ["Up to a hundred workers may have fled the logging camps.", [["a hundred", 100, "less than"]]],
    ["Nearly twenty-five officials were recalled to Pyongyang.", [["twenty-five", 25, "about"]]],
    ["Over two hundred North Koreans crossed into China that winter.", [["two hundred", 200, "more than"]]],
    ["A group of 17 North Koreans working at a restaurant in China defected.", [["17", 17, "exact"]]],
    ["One official with Room 39 who defected from Africa fled with part of the payment.", [["One", 1, "exact"]]],
    ["Last year a record 2,000-plus defectors from the North arrived in South Korea.", [["2,000-plus", 2000, "more than"]]],
    ["Some 300-odd Cuban rafters reached Key West that summer.", [["300-odd", 300, "about"]]],
    ["As many as 300,000 North Koreans have managed to get into China.", [["300,000", 300000, "about"]]],
    ["The accumulated total now tops 10,000.", [["10,000", 10000, "more than"]]],
    ["Arrivals topped 2,900 in 2009 and surpassed 1,000 again in 2016.", [["2,900", 2900, "more than"], ["1,000", 1000, "more than"]]],
    ["Just under 1,100 East Germans crossed into Hungary that week.", [["1,100", 1100, "less than"]]],
    ["The figure has averaged around 1,000-1,500 a year since 2011.", [["1,000", 1000, "about"], ["1,500", 1500, "about"]]],
    ["Officials counted 40–45 deserters at the border post.", [["40", 40, "exact"], ["45", 45, "exact"]]],
    ["In 2015, 1,200 defectors arrived, while Kim, 52, stayed behind.", [["1,200", 1200, "exact"]]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("reads both ends of a range with their own offsets and rule: The figure averaged around 1,000-1,500.", () => {
    const text = "The figure averaged around 1,000-1,500.";
    expect(findNumbers(sentence(text)).map((mention) => [mention.start, mention.end, mention.rule])).toEqual([
      [38, 43, "number/range"],
      [44, 49, "number/range"],
    ]);
  });

  it("keeps offsets into the original string: The group said 15 defectors were arrested.", () => {
    const text = "The group said 15 defectors were arrested.";
    const [mention] = findNumbers(sentence(text));
    expect(mention).toMatchObject({ kind: "number", start: 26, end: 28, sentence: 2, rule: "number/digits" });
  });
});

describe("findNumbers hard negatives", () => {
  it.each([
    ["Kim Jong-un took control in 2011 after his father died."],
    ["The numbers fell sharply since 2012, the ministry said."],
    ["The party marked its 70th anniversary with a parade."],
    ["North Korea conducted its fourth nuclear test in January."],
    ["Thae was the No. 2 man at North Korea's embassy in London."],
    ["Senior staff of the notorious Room 39 handle the leader's slush funds."],
    ["He once worked for the party's Office 35 in Pyongyang."],
    ["Defections slowed during the COVID-19 pandemic and the G20 summit."],
    ["The report was filed at 10:49 on the embassy's website."],
    ["Exports fell 12 percent and imports dropped 8% last year."],
    ["He took $3 million and millions of dollars from the regime's coffers."],
    ["One of the defectors said she wanted to keep studying."],
    ["Dozens of officials, hundreds of workers and thousands of refugees have fled."],
    ["He spent three years in a labour camp before escaping."],
    ["No one knows how many diplomats have left their posts."],
    ["Xu Lin, 33, a third secretary in the education office, defected on Wednesday."],
    ["The former KGB colonel died at the age of 86 at his home in Surrey."],
    ["Ambassador who defected from Poland dies at 76"],
    ["He was 76."],
    ["She published a 141-page memoir about a 24-person escape network."],
    ["The estimated 2012 figure is on par with the level of 2005."],
    ["He ran away with 130-thousand dollar proceeds from the team."],
    ["Kia shares were down as of 0223 GMT."],
    ["He slipped away after appearing at Lincoln Center Festival '97."],
    ["She spent eight to nine months in hiding in Laos."],
    ["North Koreans have defected since the 1950-1953 war."],
  ])("%s", (text) => {
    expect(read(text)).toEqual([]);
  });
});
