// The error breakdown: each missed or spurious record and each wrong slot counted under the cause the pipeline knows.
import { describe, expect, it } from "vitest";
import type { DefectionRecord, ExplainedRecord, ExtractionResult, RejectedTrigger } from "../../src/contract.js";
import { breakdownErrors, formatErrorBreakdown, scoreExtraction } from "../../src/eval/index.js";
import { defection, named, result, spanOf } from "./build.js";

const THAE = "Thae Yong-ho, a minister at North Korea's embassy in London, defected to Seoul with his family in late July.";
const KIM = "Another diplomat, Kim Chol-song, fled from his post in Vladivostok in April.";
const GROUP = "A group of 17 North Koreans working at a restaurant in China made a rare group defection to the South.";

function explainedRecord(record: DefectionRecord, originRule: string, originWords: string): ExplainedRecord {
  return {
    ...record,
    explanation: {
      trigger: { rule: "trigger/defect", span: spanOf("defected") },
      fields: { person: { rule: "subject/named", span: spanOf("Thae Yong-ho") }, origin: { rule: originRule, span: spanOf(originWords) } },
    },
  };
}

function rejected(words: string, reason: RejectedTrigger["reason"], rule: string, sentence: string): RejectedTrigger {
  return { span: spanOf(words), trigger: "trigger/flee", reason, rule, sentence: spanOf(sentence) };
}

function breakdown(gold: ExtractionResult, predicted: ExtractionResult) {
  return breakdownErrors(scoreExtraction(gold, predicted).details, [predicted]);
}

describe("error breakdown", () => {
  it("names the rule that turned down the trigger of a missed record", () => {
    const predicted = { ...result([]), rejected: [rejected("fled", "vague-plural", "subject/vague-group", KIM)], mentions: [] };
    expect(breakdown(result([named("Kim Chol-song", KIM)]), predicted).missedRecords).toEqual({ "subject too vague (subject/vague-group)": 1 });
  });

  it("says a missed record with no trigger had none, and one inside a found record was merged", () => {
    const gold = result([named("Thae Yong-ho", THAE), named("Kim Chol-song", [KIM])]);
    const predicted = result([named("Thae Yong-ho", [THAE, KIM])]);
    expect(breakdown(gold, predicted).missedRecords).toEqual({ "merged into another record": 1 });
    expect(breakdown(result([named("Kim Chol-song", KIM)]), result([])).missedRecords).toEqual({ "no trigger": 1 });
  });

  it("tells a record split from a found one from a defection the gold does not have", () => {
    const gold = result([named("Thae Yong-ho", THAE)]);
    const predicted = result([named("Thae Yong-ho", THAE), defection(THAE, { person: { name: null, description: "a minister" } }), defection(GROUP, { count: 17 })]);
    expect(breakdown(gold, predicted).spuriousRecords).toEqual({ "split from a found record": 1, "no such defection in the gold": 1 });
  });

  it("names the rule behind a wrong slot, and says when it read outside the gold's evidence", () => {
    const gold = result([named("Thae Yong-ho", THAE, { origin: { name: "London", country: "GB", kind: "city" } })]);
    const wrongHere = explainedRecord(named("Thae Yong-ho", THAE, { origin: { name: "Seoul", country: "KR", kind: "city" } }), "origin/from", "Seoul");
    const wrongElsewhere = explainedRecord(named("Thae Yong-ho", THAE, { origin: { name: "Vladivostok", country: "RU", kind: "city" } }), "origin/at-after-trigger", "Vladivostok");
    expect(breakdown(gold, result([wrongHere])).wrongSlots).toEqual({ "origin: disagree (origin/from)": 1 });
    expect(breakdown(gold, result([wrongElsewhere])).wrongSlots).toEqual({ "origin: disagree (origin/at-after-trigger, read outside the gold evidence)": 1 });
    expect(breakdown(gold, result([named("Thae Yong-ho", THAE)])).wrongSlots).toEqual({ "origin: not found": 1 });
  });

  it("prints the most frequent causes first and says how many more there are", () => {
    const many = Object.fromEntries(Array.from({ length: 10 }, (_, index) => [`cause ${index}`, index + 1]));
    const text = formatErrorBreakdown({ missedRecords: many, spuriousRecords: {}, wrongSlots: {} });
    expect(text.split("\n").slice(0, 3)).toEqual(["missed records by cause", "     10  cause 9", "      9  cause 8"]);
    expect(text).toContain("… 2 more");
    expect(formatErrorBreakdown({ missedRecords: many, spuriousRecords: {}, wrongSlots: {} }, true)).toContain("cause 0");
    expect(formatErrorBreakdown({ missedRecords: {}, spuriousRecords: {}, wrongSlots: {} })).toBe("");
  });
});
