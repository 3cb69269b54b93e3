// Date mentions: each row is a news sentence, the wording found, and how it resolves against the reference date.
import { describe, expect, it } from "vitest";
import { anchorCountedDays, findDates, findReferenceDate } from "../../src/mentions/dates.js";
import { prepareText } from "../../src/text/index.js";
import type { DocumentContext, Mention, Sentence } from "../../src/types.js";

const reference = new Date(Date.UTC(2016, 9, 12)); // Wednesday 12 October 2016
const withReference: DocumentContext = { reference, referenceSource: "option" };
const withoutReference: DocumentContext = { reference: null, referenceSource: null };

function sentence(text: string, offset = 7): Sentence {
  return { index: 3, start: offset, end: offset + text.length, text, paragraph: 0, headline: false };
}

function only(text: string, context = withReference) {
  const found = findDates(sentence(text), context);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe("findDates resolves news wording against the reference", () => {
  it.each([
    ["A senior official at North Korea's spy agency defected to South Korea last year, a source said.", "last year", "2015-01-01", "2015-12-31", "year"],
    ["At least 20 senior officials have defected to Seoul this year, the NIS said.", "this year", "2016-01-01", "2016-12-31", "year"],
    ["North Koreans toiling in overseas countries defected to South Korea earlier this year.", "earlier this year", "2016-01-01", "2016-10-12", "year"],
    ["Thae defected to Seoul with his family in late July.", "late July", "2016-07-21", "2016-07-31", "month"],
    ["The diplomat was said to have fled in early March.", "early March", "2016-03-01", "2016-03-10", "month"],
    ["A trade official vanished in mid-June in Shenyang.", "mid-June", "2016-06-11", "2016-06-20", "month"],
    ["In April, a group of 17 North Koreans made a rare group defection to the South.", "April", "2016-04-01", "2016-04-30", "month"],
    ["In fact, in November, a senior North Korean diplomat based in Cuba defected.", "November", "2015-11-01", "2015-11-30", "month"],
    ["A North Korean diplomat defected to South Korea with his family members in May of last year.", "May of last year", "2015-05-01", "2015-05-31", "month"],
    ["1,036 North Koreans came to the South in the first nine months of this year.", "the first nine months of this year", "2016-01-01", "2016-09-30", "month"],
    ["The defections rose in the second half of last year, the agency said.", "the second half of last year", "2015-07-01", "2015-12-31", "month"],
    ["The 13 defectors arrived in the South on Thursday.", "Thursday", "2016-10-06", "2016-10-06", "day"],
    ["A source said Wednesday that the official had fled.", "Wednesday", "2016-10-12", "2016-10-12", "day"],
    ["Foreign Minister Yun Byung-se said on Oct. 2 that more elites had come.", "Oct. 2", "2016-10-02", "2016-10-02", "day"],
    ["The colonel crossed the border on Dec. 5, a lawmaker said.", "Dec. 5", "2015-12-05", "2015-12-05", "day"],
    ["Eight senior officials defected in 2013, the spy agency said.", "2013", "2013-01-01", "2013-12-31", "year"],
    ["Jang Song Taek was arrested and executed in December 2013.", "December 2013", "2013-12-01", "2013-12-31", "month"],
    ["Numbers have dropped since Kim took control since 2011.", "since 2011", "2011-01-01", "2016-10-12", "year"],
    ["More elite defectors came to the South over the past eight to nine months.", "over the past eight to nine months", "2016-01-12", "2016-10-12", "month"],
    ["As of end-September, the number of defectors reached about 29,830.", "end-September", null, "2016-09-30", "month"],
    ["The banker disappeared in Nakhodka last week with $5 million.", "last week", "2016-10-03", "2016-10-09", "day"],
    ["The sailor jumped into the river late Monday.", "late Monday", "2016-10-10", "2016-10-10", "day"],
    ["She has lived in Seoul since the summer of 1989.", "since the summer of 1989", "1989-06-01", "2016-10-12", "month"],
    ["The Room 35 bureau was blamed for blowing up a Korean Air plane in the 1980s.", "the 1980s", "1980-01-01", "1989-12-31", "year"],
    ["A second diplomat escaped two years ago, the lawmaker said.", "two years ago", "2014-01-01", "2014-12-31", "year"],
    ["Early this month, Park said South Korea will keep the road open.", "Early this month", "2016-10-01", "2016-10-10", "month"],
    ["The envoy disappeared last month from his post in Rome.", "last month", "2016-09-01", "2016-09-30", "month"],
    ["A waitress fled the restaurant in late 2015, activists said.", "late 2015", "2015-09-01", "2015-12-31", "month"],
  ])("%s", (text, wording, start, end, precision) => {
    const found = only(text);
    expect(found.timeframe).toEqual({ text: wording, start, end, precision });
    expect(found.text).toBe(wording);
    expect(text.slice(found.start - 7, found.end - 7)).toBe(wording);
  });
});

describe("findDates keeps vague wording without dates", () => {
  it.each([
    ["A North Korean diplomat is believed to have brought foreign currency when he recently defected.", "recently"],
    ["The number of elite North Koreans escaping has steadily increased in recent years.", "recent years"],
  ])("%s", (text, wording) => {
    expect(only(text).timeframe).toEqual({ text: wording, start: null, end: null, precision: "unknown" });
  });
});

describe("findDates without a reference date", () => {
  it.each([
    ["He defected to the South last year.", "last year", null, null, "unknown"],
    ["Thae defected to Seoul with his family in late July.", "late July", null, null, "unknown"],
    ["In April, a group of 17 North Koreans made a rare group defection.", "April", null, null, "unknown"],
    ["Kim Jong-un took control in 2011.", "2011", "2011-01-01", "2011-12-31", "year"],
    ["The diplomat arrived on October 23, 2015 with his wife.", "October 23, 2015", "2015-10-23", "2015-10-23", "day"],
    ["Jang Song Taek was executed in December 2013.", "December 2013", "2013-12-01", "2013-12-31", "month"],
    ["Defections have risen since 2011.", "since 2011", "2011-01-01", null, "year"],
  ])("%s", (text, wording, start, end, precision) => {
    expect(only(text, withoutReference).timeframe).toEqual({ text: wording, start, end, precision });
  });
});

describe("findDates marks a wire dateline as the day the copy was filed", () => {
  it("SEOUL, Oct. 12 (Yonhap) -- A North Korean soldier crossed the border on Saturday.", () => {
    const text = "SEOUL, Oct. 12 (Yonhap) -- A North Korean soldier crossed the border on Saturday.";
    expect(findDates(sentence(text), withReference).map((mention) => [mention.text, mention.rule, mention.timeframe.start])).toEqual([
      ["Oct. 12", "date/dateline", "2016-10-12"],
      ["Saturday", "date/weekday", "2016-10-08"],
    ]);
  });
});

describe("findDates finds several timeframes in one sentence", () => {
  it("The NIS says defections are on the rise, from eight in 2013 to 18 in 2014 to 20 already this year.", () => {
    const found = findDates(sentence("The NIS says defections are on the rise, from eight in 2013 to 18 in 2014 to 20 already this year."), withReference);
    expect(found.map((mention) => [mention.text, mention.timeframe.start])).toEqual([
      ["2013", "2013-01-01"],
      ["2014", "2014-01-01"],
      ["this year", "2016-01-01"],
    ]);
  });
});

describe("findDates hard negatives", () => {
  it.each([
    ["The source said the meeting started at 10:49 and lasted for three hours."],
    ["Protesters march outside the embassy as officials may defect soon."],
    ["Some 2000 defectors attended the rally in Seoul."],
    ["About 1,950 people were questioned by the agency."],
    ["The regime marked the 70th anniversary of the Workers' Party."],
    ["Room 39 handles leader Kim Jong-un's slush funds."],
    ["The talks will resume within a week, officials said."],
    ["The COVID-19 pandemic slowed down cross-border trade."],
  ])("%s", (text) => {
    expect(findDates(sentence(text), withReference)).toEqual([]);
  });
});

describe("findReferenceDate reads the dateline near the top only", () => {
  it.each([
    ["N.Korean Officials Defect from Key Positions Overseas\n\n  By Ahn Yong-hyun\n\n    October 23, 2015 10:49\n\n    Among dozens of officials ...", "2015-10-23"],
    ["Defector speaks out\nPublished : 2016-04-12 17:03\nA former diplomat said on Tuesday ...", "2016-04-12"],
    ["Oct. 23, 2015\nA senior colonel defected last year.", "2015-10-23"],
    ["Seoul, 23 October 2015 (AFP)\nA senior colonel defected last year.", "2015-10-23"],
    [" date 2013-12-16 NAIROBI Nine members of the national football team have disappeared in Kenya.", "2013-12-16"],
  ])("%s", (text, expected) => {
    expect(findReferenceDate(prepareText(text))?.toISOString().slice(0, 10)).toBe(expected);
  });

  it.each([
    ["SEOUL, June 1 (Yonhap) -- Three North Korean women who fled from a restaurant have defected.", "2016-06-02", "2016-06-01"],
    ["VLADIVOSTOK, Russia, Dec. 23 Kyodo - Twelve North Korean men fled.", "2009-12-24", "2009-12-23"],
    ["Published Aug 29, 2014\nA senior banking official has defected.", "2014-08-29", "2014-08-29"],
    [" date 2013-12-16 NAIROBI Nine members of the national football team have disappeared in Kenya.", "2013-12-16", "2013-12-16"],
  ])("with publishedAt %s", (text, publishedAt, expected) => {
    expect(findReferenceDate(prepareText(text), new Date(`${publishedAt}T00:00:00Z`))?.toISOString().slice(0, 10)).toBe(expected);
  });

  it.each([
    ["SEOUL, June 1 (Yonhap) -- A yearless dateline dates nothing without publishedAt.", null],
    ["October 23, 2015 10:49\nA dateline years before publication is some other date.", "2020-01-01"],
  ])("none in: %s", (text, publishedAt) => {
    expect(findReferenceDate(prepareText(text), publishedAt ? new Date(`${publishedAt}T00:00:00Z`) : null)).toBeNull();
  });

  it.each([
    ["A North Korean diplomat who fled his post on October 2, 2015 has spoken for the first time about his escape across the border."],
    ["Defector speaks out\n\nThe official left Pyongyang in 2013 and reached Seoul a year later."],
    [""],
  ])("none in: %s", (text) => {
    expect(findReferenceDate(prepareText(text))).toBeNull();
  });
});

/** The dates of a text after the counted days are placed; `read` picks the sentences whose mentions were found. */
function anchoredDates(text: string, read?: readonly number[]): [string, string | null][] {
  const { sentences } = prepareText(text);
  const mentions: Mention[][] = sentences.filter((each) => !read || read.includes(each.index)).map((each) => findDates(each, withReference));
  anchorCountedDays(mentions, sentences, withReference);
  return mentions.flat().map((mention) => [mention.text, mention.kind === "date" ? mention.timeframe.start : null]);
}

describe("anchorCountedDays places a count of days from the day told just before it", () => {
  it.each([
    ["The ministry said on Friday that the pilot had landed. He had left the base the night before.", "the night before", "2016-10-06"],
    ["The boat was found on Oct. 3 and its crew was questioned the next day.", "the next day", "2016-10-04"],
    ["Two cellists failed to board the bus on Sept. 30. Three days later they asked for asylum.", "Three days later", "2016-10-03"],
    ["The team flew to Madrid on Monday. That same day the striker went missing.", "That same day", "2016-10-10"],
    ["In 2009 two setters walked out of the team hotel. Three years later a boxer crossed into Mexico.", "Three years later", "2012-01-01"],
  ])("%s", (text, wording, placed) => {
    expect(anchoredDates(text)).toContainEqual([wording, placed]);
  });

  it("from a sentence before that was not read", () => {
    expect(anchoredDates("The ministry said on Friday that the pilot had landed. He had left the base the night before.", [1])).toEqual([["the night before", "2016-10-06"]]);
  });

  it.each([
    ["the date before is a year", "The pianist toured Japan in 1978. He vanished from his hotel the day before."],
    ["the day is two sentences back", "The ministry spoke on Friday. The pilot is safe. He had left the base the night before."],
    ["counted from a clause", "The envoy reached Rome on Oct. 3, two days after he left Bern."],
    ["counted from a named event", "The vote was held on Oct. 3. The minister fled the day before the count."],
    ["no day before it", "The colonel crossed the river the night before."],
  ])("unplaced when %s: %s", (_why, text) => {
    expect(anchoredDates(text).filter(([wording]) => /before|after|later|that|next/i.test(wording)).every(([, start]) => start === null)).toBe(true);
  });
});
