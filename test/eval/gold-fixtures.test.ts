// The real extractor on every bundled gold fixture set must stay above that set's floor in floor.json (the set's
// table and details are in the failure message), and no article whose gold has no record may get one.
import { describe, expect, it } from "vitest";
import { bundledFixtureSets, evaluateFolders, formatEvaluationDetails, formatEvaluationTable, type SlotName } from "../../src/eval/index.js";
import { extractDefections } from "../../src/index.js";
import floors from "./floor.json";

const { sets } = await evaluateFolders(bundledFixtureSets(), extractDefections);

describe("bundled fixture sets", () => {
  it("has a floor for every set and a set for every floor", () => {
    expect(sets.map((set) => set.name).sort()).toEqual(Object.keys(floors).sort());
  });
});

describe.each(sets)("fixture set $name", (report) => {
  const floor = floors[report.name as keyof typeof floors];
  const explanation = `\n${formatEvaluationTable(report)}\n${formatEvaluationDetails(report)}`;
  const slotFloors = Object.entries(floor.slots) as [SlotName, number][];

  it("has gold for every article", () => {
    expect(report.skipped, explanation).toEqual([]);
    expect(report.documents, explanation).toBeGreaterThanOrEqual(5);
  });

  it(`finds the records (F1 >= ${floor.recordF1})`, () => {
    expect(report.records.f1, explanation).toBeGreaterThanOrEqual(floor.recordF1);
  });

  it(`fills the slots (micro F1 >= ${floor.slotF1})`, () => {
    expect(report.overallSlots.f1, explanation).toBeGreaterThanOrEqual(floor.slotF1);
  });

  it(`finds the figures (F1 >= ${floor.statisticsF1})`, () => {
    expect(report.statistics.f1, explanation).toBeGreaterThanOrEqual(floor.statisticsF1);
  });

  it.each(slotFloors)("fills %s (F1 >= %s)", (slot, minimum) => {
    expect(report.slots[slot].f1, explanation).toBeGreaterThanOrEqual(minimum);
  });

  it("gives no record to an article whose gold has none", () => {
    const spurious = report.details
      .filter((detail) => detail.matched.length === 0 && detail.missedRecords.length === 0 && detail.spuriousRecords.length > 0)
      .map((detail) => `${detail.documentId}: ${detail.spuriousRecords.map((record) => record.evidence[0]?.text).join(" | ")}`);
    expect(spurious).toEqual([]);
  });
});
