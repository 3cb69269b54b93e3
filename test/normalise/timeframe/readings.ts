// Reads the timeframes of one sentence as a table row compares them: the words, the rule, and the resolved span.
import { expect } from "vitest";
import { findTimeframes } from "../../../src/normalise/timeframe/index.js";

export interface Reading {
  text: string;
  rule: string;
  start: string | null;
  end: string | null;
  precision: string;
}

/** A UTC day from "yyyy-mm-dd"; years below 100 stay themselves. */
export function day(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}

export function readings(sentence: string, reference: Date | null): Reading[] {
  return findTimeframes(sentence, reference).map((found) => {
    expect(found.timeframe.text).toBe(sentence.slice(found.start, found.end));
    return { text: found.timeframe.text, rule: found.rule, start: found.timeframe.start, end: found.timeframe.end, precision: found.timeframe.precision };
  });
}

/** The one reading whose words are `text`. */
export function readingOf(sentence: string, reference: Date | null, text: string): Reading | undefined {
  const found = readings(sentence, reference).filter((reading) => reading.text === text);
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0];
}
