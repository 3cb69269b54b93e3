// Where two readings overlap, the longer one wins ("May of last year" over "last year", "late July" over "July");
// on equal length the earlier one in the list wins (the news rules come before chrono, the more specific rule first).
import type { TimeframeCandidate } from "../rule.js";

export function mergeOverlapping(candidates: readonly TimeframeCandidate[]): TimeframeCandidate[] {
  const ranked = candidates
    .map((candidate, order) => ({ candidate, order }))
    .sort((a, b) => b.candidate.end - b.candidate.start - (a.candidate.end - a.candidate.start) || a.order - b.order);
  const kept: TimeframeCandidate[] = [];
  for (const { candidate } of ranked) {
    if (!kept.some((other) => candidate.start < other.end && other.start < candidate.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
