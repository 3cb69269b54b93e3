// Record, slot and statistic precision/recall/F1 over one or many documents.
import { describe, expect, it } from "vitest";
import { scoreExtraction } from "../../src/eval/index.js";
import { defection, figure, named, result } from "./build.js";

const THAE = "Thae Yong-ho, a minister at North Korea's embassy in London, defected to Seoul with his family in late July.";
const KIM = "Another diplomat, Kim Chol-song, fled from his post in Vladivostok in April.";
const GROUP = "A group of 17 North Koreans working at a restaurant in China made a rare group defection to the South.";
const TOTAL = "As of end-September, the number of North Korean defectors reached about 29,830 in total.";

const thae = named("Thae Yong-ho", THAE, {
  role: { title: "minister", category: "diplomat" },
  origin: { name: "London", country: "GB", kind: "city" },
  destination: { name: "Seoul", country: "KR", kind: "city" },
  companions: ["family"],
});
const kim = named("Kim Chol-song", KIM, { role: { title: "diplomat", category: "diplomat" } });
const group = defection(GROUP, { count: 17 });

describe("records", () => {
  it.each([
    ["all three events of the article found", [thae, kim, group], [thae, kim, group], { precision: 1, recall: 1, f1: 1 }],
    ["Kim Chol-song missed", [thae, kim, group], [thae, group], { precision: 1, recall: 2 / 3, f1: 0.8 }],
    ["a purge reported as a defection", [thae], [thae, defection(TOTAL)], { precision: 0.5, recall: 1, f1: 2 / 3 }],
    ["nothing found in a defection story", [thae], [], { precision: 1, recall: 0, f1: 0 }],
    ["a sanctions story with no defection, nothing found", [], [], { precision: 1, recall: 1, f1: 1 }],
    ["a sanctions story with no defection, one record invented", [], [kim], { precision: 0, recall: 1, f1: 0 }],
  ])("%s", (_title, gold, predicted, expected) => {
    const { records } = scoreExtraction(result(gold), result(predicted));
    expect(records.precision).toBeCloseTo(expected.precision, 6);
    expect(records.recall).toBeCloseTo(expected.recall, 6);
    expect(records.f1).toBeCloseTo(expected.f1, 6);
  });
});

describe("slots", () => {
  it("counts agreeing, disagreeing, missed and spurious values of a matched pair", () => {
    const predicted = named("Thae Yongho", THAE, {
      role: { title: "senior diplomat", category: "diplomat" },
      origin: { name: "UK", country: "GB", kind: "country" },
      destination: null,
      companions: ["wife"],
      timeframe: { text: "late July", start: "2016-07-21", end: "2016-07-31", precision: "month" },
    });
    const score = scoreExtraction(result([thae]), result([predicted]));
    expect(score.details[0]?.matched[0]?.slots).toEqual({
      name: "agree",
      roleCategory: "agree",
      roleTitle: "disagree",
      organisation: "absent",
      origin: "agree",
      destination: "missed",
      timeframe: "spurious",
      count: "agree",
      status: "agree",
      companions: "disagree",
    });
    expect(score.slots.roleTitle).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 1, support: 1 });
    expect(score.slots.destination).toMatchObject({ precision: 1, recall: 0, support: 1 });
    expect(score.slots.timeframe).toMatchObject({ precision: 0, recall: 1, support: 0 });
    expect(score.overallSlots).toMatchObject({ truePositives: 5, falsePositives: 3, falseNegatives: 3, support: 8 });
  });

  it("counts every filled slot of an unmatched record against it", () => {
    const score = scoreExtraction(result([thae]), result([group]));
    expect(score.slots.name).toMatchObject({ truePositives: 0, falsePositives: 0, falseNegatives: 1 });
    expect(score.slots.count).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
    expect(score.slots.companions).toMatchObject({ falsePositives: 0, falseNegatives: 1 });
    expect(score.overallSlots).toMatchObject({ truePositives: 0, falsePositives: 2, falseNegatives: 8 });
  });
});

describe("statistics", () => {
  it.each([
    ["the 29,830 total found", [figure(29830, TOTAL)], [figure(29830, TOTAL)], { precision: 1, recall: 1 }],
    ["the total misread as 29,000", [figure(29830, TOTAL)], [figure(29000, TOTAL)], { precision: 0, recall: 0 }],
    ["a group size reported as a figure", [], [figure(17, GROUP)], { precision: 0, recall: 1 }],
  ])("%s", (_title, gold, predicted, expected) => {
    expect(scoreExtraction(result([], gold), result([], predicted)).statistics).toMatchObject(expected);
  });

  it("lists missed and spurious figures with their evidence", () => {
    const { details } = scoreExtraction(result([], [figure(29830, TOTAL)]), result([], [figure(17, GROUP)]));
    expect(details[0]?.missedStatistics.map((statistic) => statistic.evidence.text)).toEqual([TOTAL]);
    expect(details[0]?.spuriousStatistics.map((statistic) => statistic.evidence.text)).toEqual([GROUP]);
  });
});

describe("documents", () => {
  it("pairs documents by documentId whatever their order", () => {
    const gold = [result([thae], [], "yonhap-1"), result([group], [], "nk-news-2")];
    const predicted = [result([group], [], "nk-news-2"), result([thae], [], "yonhap-1")];
    const score = scoreExtraction(gold, predicted);
    expect(score.records.f1).toBe(1);
    expect(score.details.map((detail) => detail.documentId)).toEqual(["yonhap-1", "nk-news-2"]);
  });

  it("pairs documents by position when they have no ids", () => {
    const score = scoreExtraction([result([thae]), result([group])], [result([group]), result([thae])]);
    expect(score.records).toMatchObject({ truePositives: 0, falsePositives: 2, falseNegatives: 2 });
  });

  it("scores a document with no partner against an empty result", () => {
    const score = scoreExtraction([result([thae], [], "yonhap-1")], [result([kim], [], "chosun-7")]);
    expect(score.documents).toBe(2);
    expect(score.records).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
  });

  it("accepts a single result on each side", () => {
    expect(scoreExtraction(result([thae, kim]), result([kim])).documents).toBe(1);
  });
});
