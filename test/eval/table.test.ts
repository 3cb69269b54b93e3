// The printed table and the verbose details.
import { describe, expect, it } from "vitest";
import { formatEvaluationDetails, formatEvaluationTable, scoreExtraction, SLOT_NAMES } from "../../src/eval/index.js";
import { defection, figure, named, result } from "./build.js";

const THAE = "Thae Yong-ho, a minister at North Korea's embassy in London, defected to Seoul with his family in late July.";
const GROUP = "A group of 17 North Koreans working at a restaurant in China made a rare group defection to the South.";
const TOTAL = "As of end-September, the number of North Korean defectors reached about 29,830 in total.";

const score = scoreExtraction(
  result([named("Thae Yong-ho", THAE, { destination: { name: "Seoul", country: "KR", kind: "city" } }), defection(GROUP)], [figure(29830, TOTAL)], "yonhap-1"),
  result([named("Thae Yongho", THAE), named("Kim Jong-un", TOTAL)], [], "yonhap-1"),
);

describe("formatEvaluationTable", () => {
  const table = formatEvaluationTable(score);

  it.each([
    ["a header", /Evaluation of 1 document\n/],
    ["the column titles", /precision\s+recall\s+F1\s+support\s+TP\s+FP\s+FN/],
    ["records with one of two found", /records\s+0\.500\s+0\.500\s+0\.500\s+2\s+1\s+1\s+1/],
    ["overall slots", /overall \(micro\)\s+\d\.\d{3}/],
    ["statistics all missed", /statistics\s+1\.000\s+0\.000\s+0\.000\s+1\s+0\s+0\s+1/],
  ])("shows %s", (_title, pattern) => {
    expect(table).toMatch(pattern);
  });

  it("has one row per slot", () => {
    for (const slot of SLOT_NAMES) expect(table, slot).toMatch(new RegExp(`\\n  ${slot}\\s+\\d\\.\\d{3}`));
  });
});

describe("formatEvaluationDetails", () => {
  const details = formatEvaluationDetails(score);

  it.each([
    ["the document", "== yonhap-1 =="],
    ["the matched pair", 'matched: "Thae Yong-ho" ~ "Thae Yongho"'],
    ["a missed slot with the gold value", 'missed destination: gold "Seoul [KR]" | predicted -'],
    ["the missed group with its evidence", 'missed record: -; evidence "A group of 17 North Koreans'],
    ["the spurious record", 'spurious record: "Kim Jong-un"'],
    ["the missed figure with its evidence", 'missed statistic: exact 29830 North Korean defectors; evidence "As of end-September'],
  ])("shows %s", (_title, line) => {
    expect(details).toContain(line);
  });
});
