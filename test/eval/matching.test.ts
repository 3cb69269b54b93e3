// One-to-one pairing of records and statistics: by shared evidence or agreeing names, best pairs first.
import { describe, expect, it } from "vitest";
import type { DefectionRecord, StatisticRecord } from "../../src/contract.js";
import { evidenceOverlap, pairRecords, pairStatistics } from "../../src/eval/matching.js";
import { defection, figure, named, spanOf } from "./build.js";

const THAE = "Thae Yong-ho, a minister at North Korea's embassy in London, defected to Seoul with his family in late July.";
const KIM = "Another diplomat, Kim Chol-song, fled from his post in Vladivostok in April.";
const GROUP = "A group of 17 North Koreans working at a restaurant in China made a rare group defection to the South.";
const TOTAL = "As of end-September, the number of North Korean defectors reached about 29,830 in total.";
const TREND = "The NIS says defections of senior officials rose from eight in 2013 to 18 in 2014.";

type PairRow = [string, DefectionRecord[], DefectionRecord[], [number, number][]];

describe("records that pair", () => {
  it.each<PairRow>([
    [THAE, [named("Thae Yong-ho", THAE)], [named("Thae Yongho", THAE)], [[0, 0]]],
    ["Thae Yong-ho found by name in another sentence of the article", [named("Thae Yong-ho", THAE)], [named("Thae Yong Ho", KIM)], [[0, 0]]],
    [`${GROUP} (unnamed group, shared evidence)`, [defection(GROUP, { count: 17 })], [defection(GROUP, { count: 1 })], [[0, 0]]],
    [
      "Thae Yong-ho and Kim Chol-song quoted by one sentence pair by name, not by order",
      [named("Thae Yong-ho", [THAE, KIM]), named("Kim Chol-song", [THAE, KIM])],
      [named("Kim Chol-song", [THAE, KIM]), named("Thae Yong-ho", [THAE, KIM])],
      [
        [0, 1],
        [1, 0],
      ],
    ],
    [
      "the prediction sharing more evidence wins the gold record",
      [defection([THAE, KIM])],
      [defection(THAE), defection([THAE, KIM])],
      [[0, 1]],
    ],
    [
      "one prediction for two gold records pairs once",
      [defection(GROUP), defection(GROUP)],
      [defection(GROUP)],
      [[0, 0]],
    ],
  ])("%s", (_title, gold, predicted, expected) => {
    expect(pairRecords(gold, predicted).pairs.map((pair) => [pair.gold, pair.predicted])).toEqual(expected);
  });

  it("pairs deterministically: the same input gives the same pairs", () => {
    const gold = [defection(GROUP), defection(GROUP), defection(THAE)];
    const predicted = [defection(GROUP), defection(THAE), defection(GROUP)];
    expect(pairRecords(gold, predicted)).toEqual(pairRecords(gold, predicted));
    expect(pairRecords(gold, predicted).pairs.map((pair) => [pair.gold, pair.predicted])).toEqual([
      [0, 0],
      [1, 2],
      [2, 1],
    ]);
  });

  it("reports what is left over on each side", () => {
    const pairing = pairRecords([defection(THAE), defection(GROUP)], [defection(GROUP), defection(TREND)]);
    expect(pairing).toMatchObject({ missed: [0], spurious: [1] });
  });
});

describe("records that do not pair", () => {
  it.each<[string, DefectionRecord[], DefectionRecord[]]>([
    ["Kim Jong-un and Kim Jong-nam are different people in different sentences", [named("Kim Jong-un", THAE)], [named("Kim Jong-nam", KIM)]],
    [`${KIM} vs ${GROUP}: unnamed, no shared evidence`, [defection(KIM)], [defection(GROUP)]],
    ["a gold record with no prediction at all", [named("Thae Yong-ho", THAE)], []],
  ])("%s", (_title, gold, predicted) => {
    expect(pairRecords(gold, predicted).pairs).toEqual([]);
  });
});

describe("statistics", () => {
  it.each<[string, StatisticRecord[], StatisticRecord[], [number, number][]]>([
    [TOTAL, [figure(29830, TOTAL)], [figure(29830, "29,830 in total")], [[0, 0]]],
    [TREND, [figure(8, TREND), figure(18, TREND)], [figure(18, "18 in 2014"), figure(8, "eight in 2013")], [
      [0, 1],
      [1, 0],
    ]],
  ])("pair: %s", (_title, gold, predicted, expected) => {
    expect(pairStatistics(gold, predicted).pairs.map((pair) => [pair.gold, pair.predicted])).toEqual(expected);
  });

  it.each<[string, StatisticRecord[], StatisticRecord[]]>([
    [`${TOTAL} (a different value)`, [figure(29830, TOTAL)], [figure(30000, TOTAL)]],
    ["the same value in another sentence", [figure(18, TREND)], [figure(18, GROUP)]],
  ])("do not pair: %s", (_title, gold, predicted) => {
    expect(pairStatistics(gold, predicted).pairs).toEqual([]);
  });
});

describe("evidence overlap", () => {
  it.each([
    ["a sentence with itself", [THAE], [THAE], THAE.length],
    ["a sentence with part of itself", [TOTAL], ["29,830 in total"], "29,830 in total".length],
    ["two different sentences", [THAE], [KIM], 0],
    ["two sentences with one of them", [THAE, KIM], [KIM], KIM.length],
  ])("%s", (_title, gold, predicted, expected) => {
    expect(evidenceOverlap(gold.map(spanOf), predicted.map(spanOf))).toBe(expected);
  });
});
