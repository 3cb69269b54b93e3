// The real extractor on the bundled gold fixtures must stay above the floor in floor.json (the table is in the message).
import { describe, expect, it } from "vitest";
import { evaluateFolder, formatEvaluationDetails, formatEvaluationTable, type SlotName } from "../../src/eval/index.js";
import { extractDefections } from "../../src/index.js";
import floor from "./floor.json";

const report = await evaluateFolder(undefined, extractDefections);
const explanation = `\n${formatEvaluationTable(report)}\n${formatEvaluationDetails(report)}`;
const slotFloors = Object.entries(floor.slots) as [SlotName, number][];

describe("gold fixtures", () => {
  it("has gold for every bundled article", () => {
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
});
