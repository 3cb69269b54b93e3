// Records stage: drafts from triggers, coreference and merging, statistics, and the final contract records.
import type { DefectionRecord, StatisticRecord } from "../contract.js";
import type { Sentence } from "../types.js";
import { draftRecords } from "./assemble.js";
import { resolveCoreference } from "./coreference.js";
import type { SentenceView } from "./draft.js";
import { finaliseRecords } from "./finalise.js";
import { findStatistics } from "./statistics.js";

export type { SentenceView } from "./draft.js";

export function assembleRecords(
  views: readonly SentenceView[],
  sentences: readonly Sentence[],
  original: string,
): { records: DefectionRecord[]; statistics: StatisticRecord[] } {
  const drafts = resolveCoreference(draftRecords(views), views);
  return {
    records: finaliseRecords(drafts, sentences, original),
    statistics: findStatistics(views, drafts, original),
  };
}
