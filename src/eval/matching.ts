// One-to-one pairing of gold and predicted items (records, statistics): greedy, deterministic, best pairs first.
import type { DefectionRecord, Span, StatisticRecord } from "../contract.js";
import { normaliseName } from "./normalise.js";

export interface Pairing {
  pairs: { gold: number; predicted: number; overlap: number }[];
  /** Indices of gold items left without a partner. */
  missed: number[];
  /** Indices of predicted items left without a partner. */
  spurious: number[];
}

interface Candidate {
  gold: number;
  predicted: number;
  overlap: number;
  /** Ranks before overlap: two people named in one sentence share evidence, and only the name tells them apart. */
  namesAgree: boolean;
}

/** Characters shared by two sets of spans, summed over every pair of spans. */
export function evidenceOverlap(gold: readonly Span[], predicted: readonly Span[]): number {
  let shared = 0;
  for (const a of gold) {
    for (const b of predicted) shared += Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  }
  return shared;
}

/** Records pair when their evidence overlaps or their person names agree; agreeing names first, then overlap size. */
export function pairRecords(gold: readonly DefectionRecord[], predicted: readonly DefectionRecord[]): Pairing {
  const goldNames = gold.map(nameKey);
  const predictedNames = predicted.map(nameKey);
  const candidates: Candidate[] = [];
  gold.forEach((goldRecord, g) => {
    predicted.forEach((predictedRecord, p) => {
      const overlap = evidenceOverlap(goldRecord.evidence, predictedRecord.evidence);
      const namesAgree = goldNames[g] !== null && goldNames[g] === predictedNames[p];
      if (overlap > 0 || namesAgree) candidates.push({ gold: g, predicted: p, overlap, namesAgree });
    });
  });
  return pairGreedily(candidates, gold.length, predicted.length);
}

/** Statistics pair when their values are equal and their evidence overlaps; larger overlap first. */
export function pairStatistics(gold: readonly StatisticRecord[], predicted: readonly StatisticRecord[]): Pairing {
  const candidates: Candidate[] = [];
  gold.forEach((goldStatistic, g) => {
    predicted.forEach((predictedStatistic, p) => {
      if (goldStatistic.value !== predictedStatistic.value) return;
      const overlap = evidenceOverlap([goldStatistic.evidence], [predictedStatistic.evidence]);
      if (overlap > 0) candidates.push({ gold: g, predicted: p, overlap, namesAgree: false });
    });
  });
  return pairGreedily(candidates, gold.length, predicted.length);
}

function nameKey(record: DefectionRecord): string | null {
  const key = record.person.name ? normaliseName(record.person.name) : "";
  return key === "" ? null : key;
}

function pairGreedily(candidates: Candidate[], goldCount: number, predictedCount: number): Pairing {
  candidates.sort(
    (a, b) =>
      Number(b.namesAgree) - Number(a.namesAgree) ||
      b.overlap - a.overlap ||
      a.gold - b.gold ||
      a.predicted - b.predicted,
  );
  const goldTaken = new Set<number>();
  const predictedTaken = new Set<number>();
  const pairs: Pairing["pairs"] = [];
  for (const candidate of candidates) {
    if (goldTaken.has(candidate.gold) || predictedTaken.has(candidate.predicted)) continue;
    goldTaken.add(candidate.gold);
    predictedTaken.add(candidate.predicted);
    pairs.push({ gold: candidate.gold, predicted: candidate.predicted, overlap: candidate.overlap });
  }
  pairs.sort((a, b) => a.gold - b.gold);
  return {
    pairs,
    missed: indices(goldCount).filter((index) => !goldTaken.has(index)),
    spurious: indices(predictedCount).filter((index) => !predictedTaken.has(index)),
  };
}

function indices(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index);
}
