// Aggregate figures: value, qualifier, subject as worded and the period each one covers; and what is no statistic.
import { describe, expect, it } from "vitest";
import { extractDefections } from "../../src/index.js";

const PUBLISHED = "2019-04-10";

const figures = (text: string) =>
  extractDefections(text, { publishedAt: PUBLISHED }).statistics.map((statistic) => [statistic.value, statistic.qualifier, statistic.subject]);

const periods = (text: string) =>
  extractDefections(text, { publishedAt: PUBLISHED }).statistics.map((statistic) => [
    statistic.value,
    statistic.timeframe?.start ?? null,
    statistic.timeframe?.end ?? null,
  ]);

describe("the people named after the figure", () => {
  it.each([
    ["A total of 1,137 North Korean defectors arrived in South Korea last year, the Unification Ministry said on Monday.", [[1137, "exact", "North Korean defectors"]]],
    [
      "Defections by sea have surged. More than 1,500 Cuban rafters were intercepted at sea by the U.S. Coast Guard in fiscal year 2016, officials said.",
      [[1500, "more than", "Cuban rafters"]],
    ],
    ["Nearly 34,000 North Koreans have defected to the South since the end of the 1950-53 Korean War.", [[34000, "about", "North Koreans"]]],
    ["Some 2,000 East Germans fled to the West in 1988 alone, West German officials said, as defections climbed.", [[2000, "about", "East Germans"]]],
    ["About 3,000 East Germans fled to Austria in 1989 after Hungary opened its border.", [[3000, "about", "East Germans"]]],
    ["Last year a record 2,000-plus defectors from the North arrived in South Korea.", [[2000, "more than", "defectors from the North"]]],
    ["There are now around 300 defectors from the North's elite living in Seoul, officials estimate.", [[300, "about", "defectors from the North's elite living in Seoul"]]],
    ["Over 300 Venezuelan soldiers have deserted and crossed into Colombia since February, Colombian officials said.", [[300, "more than", "Venezuelan soldiers"]]],
    ["A civic group said more than a dozen North Korean defectors have been arrested and detained in China.", [[12, "more than", "North Korean defectors"]]],
    ["At least 20 senior officials of the North Korean government have defected to Seoul this year.", [[20, "at least", "senior officials of the North Korean government"]]],
  ])("%s", (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe("what the sentence says it counts", () => {
  it.each([
    [
      "The number of North Koreans defecting to the South fell to 1,047 last year, the lowest annual tally since 2001.",
      [[1047, "exact", "North Koreans defecting to the South"]],
    ],
    [
      "The total number of defectors who have settled in the South stood at 33,523 as of the end of March.",
      [[33523, "exact", "defectors who have settled in the South"]],
    ],
    [
      "Nine players have defected in Kenya, bringing the number of those to abscond from the national team to 11.",
      [[11, "exact", "those to abscond from the national team"]],
    ],
    [
      "The NIS says defections of disaffected senior officials are on the rise, from eight in 2013 to 18 in 2014.",
      [
        [8, "exact", "defections of disaffected senior officials"],
        [18, "exact", "defections of disaffected senior officials"],
      ],
    ],
    ["Arrivals fell to 67 in 2021 and 63 in 2022 as Pyongyang kept its border sealed against defections.", [[67, "exact", "Arrivals"], [63, "exact", "Arrivals"]]],
    ["Defections by border guards rose from 12 in 1961 to 30 in 1962, the West German interior ministry said.", [[12, "exact", "Defections"], [30, "exact", "Defections"]]],
    ["Cuba's baseball federation said 24 players have defected so far this year, after 150 left in 2015.", [[24, "exact", "players"], [150, "exact", "players"]]],
  ])("%s", (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe("breakdowns of a figure already read", () => {
  it.each([
    [
      "Some 1,250 Cuban doctors defected last year, including 1,010 women and 240 men.",
      [[1250, "about", "Cuban doctors"], [1010, "exact", "women"], [240, "exact", "men"]],
    ],
    ["Some 1,047 defectors reached the South last year, of whom 856 were women.", [[1047, "about", "defectors"], [856, "exact", "women"]]],
    [
      "The number of defectors reaching the South in the first half of this year fell to 499, with women accounting for 412 of them.",
      [[499, "exact", "defectors reaching the South"], [412, "exact", "women"]],
    ],
    [
      "A total of 135 North Koreans defected to the South in the first quarter of this year. The total includes 39 men and 96 women.",
      [[135, "exact", "North Koreans"], [39, "exact", "men"], [96, "exact", "women"]],
    ],
    [
      "According to the ministry, 720 Cuban doctors deserted their missions in Venezuela this year. Of them, 117 are still waiting for US visas, while 603 have been deported.",
      [[720, "exact", "Cuban doctors"], [117, "exact", "Cuban doctors"], [603, "exact", "Cuban doctors"]],
    ],
    [
      "Officials say there have been 31 defections from the delegation so far -- 12 in Toronto, nine in both Montreal and Ottawa and one in Vancouver.",
      [
        [31, "exact", "defections from the delegation"],
        [12, "exact", "defections from the delegation in Toronto"],
        [9, "exact", "defections from the delegation in Montreal"],
        [9, "exact", "defections from the delegation in Ottawa"],
        [1, "exact", "defections from the delegation in Vancouver"],
      ],
    ],
    [
      "SEOUL, April 3 (Yonhap) -- A total of 135 North Korean defectors arrived in the South in the first quarter of this year, down from 229 a year earlier.",
      [[135, "exact", "North Korean defectors"], [229, "exact", "North Korean defectors"]],
    ],
  ])("%s", (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe("sentences that point back to the figure before them", () => {
  it.each([
    [
      "The annual number of North Korean defectors arriving in the South has fallen sharply since 2011. The yearly number stood at 2,706 for 2011, 1,502 for 2012 and 1,514 for 2013.",
      [2706, 1502, 1514].map((value) => [value, "exact", "North Korean defectors arriving in the South"]),
    ],
    [
      "Last year, 1,047 North Korean defectors came to South Korea. The figure has averaged around 1,000-1,500 since 2012.",
      [[1047, "exact", "North Korean defectors"], [1000, "about", "North Korean defectors"], [1500, "about", "North Korean defectors"]],
    ],
    [
      "The number of North Koreans who defected to the South was 2,706 in 2011. It then plunged to 1,502 in 2012.",
      [[2706, "exact", "North Koreans who defected to the South"], [1502, "exact", "North Koreans who defected to the South"]],
    ],
    [
      "Last year a record 2,000-plus defectors from the North arrived in South Korea. The accumulated total now tops 10,000.",
      [[2000, "more than", "defectors from the North"], [10000, "more than", "defectors from the North"]],
    ],
  ])("%s", (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe("the period each figure covers, from its own clause", () => {
  it.each([
    ["As of end-September, the number of North Korean defectors reached about 29,830 in total.", [[29830, null, "2018-09-30"]]],
    ["A total of 1,137 North Korean defectors arrived in South Korea last year, the Unification Ministry said on Monday.", [[1137, "2018-01-01", "2018-12-31"]]],
    [
      "SEOUL, April 3 (Yonhap) -- A total of 135 North Korean defectors arrived in the South in the first quarter of this year, down from 229 a year earlier, the ministry said Friday.",
      [[135, "2019-01-01", "2019-03-31"], [229, null, null]],
    ],
    ["In the first three months of 2019, 229 North Koreans defected to the South, the ministry said.", [[229, "2019-01-01", "2019-03-31"]]],
    ["Some 720 Cubans have entered Colombia so far this year after deserting from medical missions in Venezuela.", [[720, "2019-01-01", PUBLISHED]]],
    ["Almost 200 North Korean soldiers have defected across the DMZ since 1990, the defence ministry said.", [[200, "1990-01-01", PUBLISHED]]],
    [
      "The yearly figures for defections were 2,553 for 2007, 2,804 for 2008 and 2,914 for 2009.",
      [[2553, "2007-01-01", "2007-12-31"], [2804, "2008-01-01", "2008-12-31"], [2914, "2009-01-01", "2009-12-31"]],
    ],
    [
      "It then plunged in 2012 to 1,502 defectors, and last year marked the lowest rate in a decade, with 1,276 defectors.",
      [[1502, "2012-01-01", "2012-12-31"], [1276, "2018-01-01", "2018-12-31"]],
    ],
    [
      "A total of 135 North Koreans defected to the South in the first quarter of this year. The total includes 39 men and 96 women.",
      [[135, "2019-01-01", "2019-03-31"], [39, "2019-01-01", "2019-03-31"], [96, "2019-01-01", "2019-03-31"]],
    ],
    ["The preliminary data on defectors indicated that of the 535 North Koreans who sought asylum in South Korea in 2015, 444 were women.", [[535, "2015-01-01", "2015-12-31"], [444, "2015-01-01", "2015-12-31"]]],
    ["Up to 200 defectors a month were crossing into Thailand at the peak, aid workers said.", [[200, null, null]]],
    ["Between 1961 and 1988, about 40,000 East Germans fled to the West by all routes.", [[40000, "1961-01-01", "1988-12-31"]]],
    ["A total of 1,137 North Korean defectors arrived in the 12 months to March, the ministry said.", [[1137, null, null]]],
    ["A total of 40 North Korean defectors arrived in January alone, the ministry said.", [[40, "2019-01-01", "2019-01-31"]]],
  ])("%s", (text, expected) => {
    expect(periods(text)).toEqual(expected);
  });
});

describe("qualifiers", () => {
  it.each([
    ["Nearly 1,100 North Koreans defected to the South in 2020.", "about"],
    ["Almost 2,000 East Germans fled to the West in 1988 as defections climbed.", "about"],
    ["As many as 300,000 North Koreans have defected to China in recent years.", "about"],
    ["Roughly 400 Eritrean players and officials have defected since 2009.", "about"],
    ["Some 22,000 North Koreans have defected from their homeland since the 1950-1953 war.", "about"],
    ["Over 1,000 Cuban doctors have defected from their missions since 2013.", "more than"],
    ["Fewer than 1,000 North Koreans defected to the South in 2020, the lowest figure since records began.", "less than"],
    ["No fewer than 60 diplomats have defected since 2016, the spy agency said.", "at least"],
  ])("%s", (text, qualifier) => {
    expect(figures(text).map(([, found]) => found)).toEqual([qualifier]);
  });
});

describe("not a statistic", () => {
  it.each([
    ["A 28-year-old North Korean soldier defected across the DMZ on Tuesday, the military said."],
    ["Kim Ryon-hui, 49, who fled to the South in 2011, has asked to be sent back to the North."],
    ["The defector was paid $30,000 for his story after he fled in 2016."],
    ["Some 80 percent of the defectors who arrived last year were women."],
    ["Gunmen freed 575 detainees in a jailbreak last year, and 262 escapees have since been recaptured."],
    ["Some 575 inmates were still missing, and 262 escapees have fled across the border into Benin since 2019."],
    ["About 3,000 workers fled to Ghana in 2019 after the mines closed."],
    ["Seventeen MPs have defected to the Liberal Democrats since the 2019 election."],
    ["The number of North Korean defectors is expected to exceed 30,000 this year."],
    ["The number of defectors arriving in the South is set to top the 30,000 mark, the ministry said."],
    ["By the year's end, the number of new defectors is expected to hit 1,440, the first figure below the 2,000 level in years."],
    ["He defected more than a decade ago, after spending 12 years in the army."],
    ["Wang was the second pilot to defect in less than four months."],
    ["The regime executed more than 100 officials in 2013, a defector group said."],
    ["The leader has purged more than 340 people since taking power in 2011, a defector said."],
    ["About 300 defectors attended a rally in Seoul last year to protest forced repatriations."],
    ["The 13 defectors arrived in Seoul last year and were resettled in 2017."],
    ["Last year, a group of 12 waitresses fled a restaurant in Ningbo and reached Seoul."],
    ["In 2009, a dozen members of the national team defected in Kenya."],
    ["Three Cuban players defected during a junior baseball championship in Edmonton in 2008."],
    ["Two of the five sailors who defected last year have returned home."],
    ["Last December, 17 players and the team doctor defected in Uganda."],
    ["The pilot defected in 1981 and was escorted by two fighters to an air base."],
    ["The number of defectors rose by 200 last year, the ministry said."],
    ["Nine North Korean refugees, including three children, were picked up after they defected in September."],
    ["A group of some 20 Syrian soldiers including a general defected from the army Tuesday and fled to Turkey."],
    ["Figures from the UN showed that 11,000 refugees had fled in 24 hours from Thursday, most to Turkey."],
    ["More than 10,000 Syrians fled the country in the past week, the UN refugee agency said, as the exodus to Turkey grew."],
    ["The automaker said it would recall 240,000 vehicles over safety defects."],
    ["A boat was found adrift on Sunday. In total, 22 people were aboard; 19 asked to defect to the South."],
    ["Ukraine says more than 300 Russian soldiers have surrendered via its hotline since September, and dozens have defected."],
    ["The defector, one of 12 children, said he escaped in 2015."],
    ["Confident of victory, the party has asked some 20,000 workers to come to its headquarters in Delhi this evening."],
    ["In 1983, the attaché fled to Vienna with his wife and two sons."],
    ["The consul, who defected in May, brought out her three daughters as well."],
  ])("%s", (text) => {
    expect(figures(text)).toEqual([]);
  });
});

describe("headlines", () => {
  it("do not repeat the body's figure: 135 N. Korean defectors arrive in S. Korea during Q1", () => {
    const text = "135 N. Korean defectors arrive in S. Korea during Q1\n\nA total of 135 North Korean defectors arrived in South Korea during the first quarter of this year.";
    expect(figures(text)).toEqual([[135, "exact", "North Korean defectors"]]);
  });
});
