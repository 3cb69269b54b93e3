// The benchmark's helpers: corpus builders, hostile texts, the table printer, the reference pass and the profile
// summary. Speed itself is never asserted here; `npm run bench` measures it.
import { describe, expect, it } from "vitest";
import {
  corpusBytes,
  everyNth,
  HOSTILE_CASES,
  hostileText,
  loadFixtures,
  loadNewsLines,
  relevantCorpus,
} from "../../bench/corpora.mjs";
import { medianOf, referencePass, timePairs } from "../../bench/measure.mjs";
import { bundleOwner, summariseProfile, type CpuProfile } from "../../bench/profile.mjs";
import { against, formatNumber, formatRatio, markdownTable, verdictCell } from "../../bench/table.mjs";

const HOSTILE_BYTES = 50_000;
const fixtures = loadFixtures();

describe("benchmark corpora", () => {
  it("repeats the five fixture articles until the relevant corpus holds the asked size", () => {
    const corpus = relevantCorpus(fixtures, 400_000);
    expect(fixtures).toHaveLength(5);
    expect(corpusBytes(corpus)).toBeGreaterThanOrEqual(400_000);
    expect(corpusBytes(corpus) - 400_000).toBeLessThan(corpusBytes(fixtures));
    expect(new Set(corpus.map((document) => document.id)).size).toBe(corpus.length);
  });

  it("reads the shipped real-news lines with their labels: 19 true, 67 false, 379 null", () => {
    const lines = loadNewsLines();
    const count = (label: boolean | null) => lines.filter((line) => line.defection === label).length;
    expect([lines.length, count(true), count(false), count(null)]).toEqual([465, 19, 67, 379]);
    expect(lines.every((line) => typeof line.text === "string" && line.text.length > 0)).toBe(true);
  });

  it("keeps every step-th document for a sample", () => {
    expect(everyNth(["a", "b", "c", "d", "e"], 2)).toEqual(["a", "c", "e"]);
  });
});

describe("hostile texts", () => {
  it.each(HOSTILE_CASES.map((hostile) => [hostile.description, hostile.name]))(
    "%s: the asked size, the same text on every call",
    (_, name) => {
      const text = hostileText(name, HOSTILE_BYTES, fixtures);
      expect(text.length).toBeLessThanOrEqual(HOSTILE_BYTES);
      expect(text.length).toBeGreaterThan(HOSTILE_BYTES * 0.99);
      expect(hostileText(name, HOSTILE_BYTES, fixtures)).toBe(text);
    },
  );

  it.each<[string, string, (text: string) => boolean]>([
    ["a trigger word every ~100 characters and not one sentence end", "trigger-every-100", (text) => !/[.!?]/.test(text) && countOf(text, /\b(?:defect\w*|fled|escaped|asylum|deserted|absconded)\b/g) >= HOSTILE_BYTES / 110],
    ["one trigger among thousands of names", "names-around-trigger", (text) => countOf(text, /defected/g) === 1 && countOf(text, /, /g) > 1_000],
    ["a defection sentence in every 100 characters", "defection-sentence-every-100", (text) => countOf(text, /defected to/g) === Math.ceil(HOSTILE_BYTES / 100)],
    ["not one whitespace character, yet trigger words at word boundaries", "no-spaces", (text) => !/\s/.test(text) && countOf(text, /\bdefect\w*/g) > 0],
    ["no punctuation at all in the long sentence", "one-long-sentence", (text) => !/[.!?,;:]/.test(text) && /defected/.test(text)],
    ["about 100,000 one-word sentences per megabyte", "one-word-sentences", (text) => Math.abs(countOf(text, /\. /g) / (HOSTILE_BYTES / 1e6) - 100_000) < 10_000],
  ])("%s", (_, name, holds) => {
    expect(holds(hostileText(name, HOSTILE_BYTES, fixtures))).toBe(true);
  });

  it("refuses a case it does not know", () => {
    expect(() => hostileText("no-such-case", 10, fixtures)).toThrow(/no hostile case/);
  });
});

describe("table printer", () => {
  it("prints a markdown table with alignments, short rows padded and pipes escaped", () => {
    const table = markdownTable(
      [
        { title: "figure", align: "left" },
        { title: "MB/s", align: "right" },
        { title: "note", align: "left" },
      ],
      [["relevant | news", 0.25], ["general news", 201, "ok"]],
    );
    expect(table.split("\n")).toEqual([
      "| figure | MB/s | note |",
      "| --- | ---: | --- |",
      "| relevant \\| news | 0.25 |  |",
      "| general news | 201 | ok |",
    ]);
  });

  it("refuses a row with more cells than columns", () => {
    expect(() => markdownTable([{ title: "figure", align: "left" }], [["a", "b"]])).toThrow(/2 cells for 1 columns/);
  });

  it.each<[string, number | null, string]>([
    ["a large figure is whole", 1234.56, "1235"],
    ["a two-digit figure keeps one decimal", 15.26, "15.3"],
    ["a small figure keeps two decimals", 0.256, "0.26"],
    ["a tiny figure keeps two significant digits", 0.004321, "0.0043"],
    ["zero is zero", 0, "0"],
    ["a missing figure is a dash", null, "-"],
  ])("%s", (_, value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  it("prints ratios with an x and a dash when there is none", () => {
    expect([formatRatio(0.3), formatRatio(1.74), formatRatio(null)]).toEqual(["0.3x", "1.74x", "-"]);
  });

  it.each<[string, number | null, { atMost: number } | { atLeast: number }, string, boolean]>([
    ["a ratio under its ceiling holds", 0.25, { atMost: 0.3 }, "<= 0.3", true],
    ["a ratio over its ceiling misses", 0.56, { atMost: 0.3 }, "<= 0.3", false],
    ["a throughput above its floor holds", 210, { atLeast: 200 }, ">= 200", true],
    ["a throughput below its floor misses", 48, { atLeast: 200 }, ">= 200", false],
    ["a figure over its time cap misses", null, { atMost: 3 }, "<= 3", false],
  ])("%s", (_, value, bound, target, met) => {
    expect(against(value, bound)).toEqual({ target, met });
    expect(verdictCell(against(value, bound))).toBe(met ? "ok" : "**MISS**");
  });

  it("leaves the verdict empty for a figure without a target", () => {
    expect(verdictCell(undefined)).toBe("");
  });
});

describe("measurement helpers", () => {
  it("counts every defection-like word in one pass over the documents", () => {
    const documents = [{ text: "He defected in 1983 and fled to Seoul." }, { text: "Two deserters sought asylum; the desert was hot." }];
    expect(referencePass(documents)).toBe(5);
    expect(referencePass(documents)).toBe(5);
  });

  it("times the two sides of a ratio in alternation and keeps each side's last value", async () => {
    const calls: string[] = [];
    const timed = await timePairs(
      () => calls.push("extract"),
      () => calls.push("parse"),
      { runs: 3, budgetSeconds: 60 },
    );
    expect(calls).toEqual(["extract", "parse", "extract", "parse", "extract", "parse"]);
    expect([timed.first.seconds.length, timed.second.seconds.length, timed.first.value, timed.second.value]).toEqual([3, 3, 5, 6]);
    expect(timed.ratio).toBeGreaterThan(0);
  });

  it.each<[string, number[], number]>([
    ["the middle of an odd count", [3, 1, 2], 2],
    ["the mean of the two middles of an even count", [4, 1, 3, 2], 2.5],
  ])("takes %s as the median", (_, values, expected) => {
    expect(medianOf(values)).toBe(expected);
  });
});

describe("profile summary", () => {
  const bundle = [
    "import nlp from 'compromise';",
    "// src/mentions/people.ts",
    "function findPeople() {}",
    "// src/records/assemble.ts",
    "function assembleRecords() {}",
  ].join("\n");
  const profile: CpuProfile = {
    startTime: 0,
    endTime: 10_000,
    nodes: [
      { id: 1, callFrame: { functionName: "(root)", url: "", lineNumber: -1 } },
      { id: 2, callFrame: { functionName: "findPeople", url: "file:///lib/dist/chunk.js", lineNumber: 2 } },
      { id: 3, callFrame: { functionName: "assembleRecords", url: "file:///lib/dist/chunk.js", lineNumber: 4 } },
      { id: 4, callFrame: { functionName: "tagger", url: "file:///lib/node_modules/compromise/src/tag.js", lineNumber: 9 } },
      { id: 5, callFrame: { functionName: "(garbage collector)", url: "", lineNumber: -1 } },
    ],
    samples: [2, 2, 2, 2, 3, 4, 4, 4, 5, 2],
  };
  const summary = summariseProfile(profile, { top: 2, ownerOf: bundleOwner(() => bundle) });

  it("gives each function its self time, the busiest first, as many as asked", () => {
    expect(summary.functions).toEqual([
      { name: "findPeople", owner: "src/mentions/people.ts", line: 3, selfMs: 5, percent: 50 },
      { name: "tagger", owner: "compromise", line: 10, selfMs: 3, percent: 30 },
    ]);
  });

  it("groups self time by package, the project's own code by source file", () => {
    expect(summary.owners.map(({ owner, percent }) => [owner, percent])).toEqual([
      ["src/mentions/people.ts", 50],
      ["compromise", 30],
      ["src/records/assemble.ts", 10],
      ["(garbage collector)", 10],
    ]);
  });
});

function countOf(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}
