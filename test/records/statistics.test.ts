// Aggregate figures: value, qualifier, subject and the period each one covers.
import { describe, expect, it } from "vitest";
import { extractDefections } from "../../src/index.js";

const statistics = (text: string) =>
  extractDefections(text, { publishedAt: "2016-10-12" }).statistics.map((statistic) => ({
    value: statistic.value,
    qualifier: statistic.qualifier,
    start: statistic.timeframe?.start ?? null,
  }));

describe("statistics", () => {
  it.each([
    [
      "The NIS says defections of disaffected senior officials are on the rise, from eight in 2013 to 18 in 2014 to 20 already this year.",
      [
        { value: 8, qualifier: "exact", start: "2013-01-01" },
        { value: 18, qualifier: "exact", start: "2014-01-01" },
        { value: 20, qualifier: "exact", start: "2016-01-01" },
      ],
    ],
    [
      "As of end-September, the number of North Korean defectors reached about 29,830 in total.",
      [{ value: 29830, qualifier: "about", start: null }],
    ],
    [
      "At least 20 senior officials of the North Korean government have defected to Seoul this year.",
      [{ value: 20, qualifier: "at least", start: "2016-01-01" }],
    ],
    [
      "A civic group said more than a dozen North Korean defectors have been arrested and detained in China.",
      [{ value: 12, qualifier: "more than", start: null }],
    ],
  ])("%s", (text, expected) => {
    expect(statistics(text)).toEqual(expected);
  });

  it.each([
    ["In April, a group of 17 North Koreans working at a restaurant in China made a rare group defection to the South."],
    ["The leader ordered the execution of more than 100 officials, a defector said."],
    ["The number of defectors is set to top the 30,000 mark, the ministry said."],
    ["A defector who fled in 2014 was paid $3 million for his story."],
    ["About 300 defectors attended the rally in Seoul on Saturday to protest forced repatriations."],
  ])("not a statistic: %s", (text) => {
    expect(statistics(text)).toEqual([]);
  });
});
