// Records stage: drafts from triggers, coreference and merging, statistics, and the final contract records.
import type { DefectionRecord, RejectedTrigger, StatisticRecord } from "../contract.js";
import type { Sentence } from "../types.js";
import { draftRecords, type Rejection } from "./assemble.js";
import { resolveCoreference } from "./coreference.js";
import type { SentenceView } from "./draft.js";
import { finaliseRecords } from "./finalise.js";
import { span } from "./span.js";
import { findStatistics } from "./statistics.js";

export { sentenceView, type SentenceView } from "./draft.js";

export interface AssembledRecords {
  records: DefectionRecord[];
  statistics: StatisticRecord[];
  /** Triggers that became no record; filled only with `explain`. */
  rejected: RejectedTrigger[];
}

export interface AssemblyOptions {
  /** Add each record's sources and the rejected triggers. */
  explain: boolean;
  /** Why weak trigger words count in this article, or null (then only a defector in a state's service counts). */
  defectionContext: string | null;
  /** The country the people of the article's context place flee to ("KR" for North Korea), or null. */
  haven: string | null;
}

/** Records and statistics of one document. */
export function assembleRecords(views: readonly SentenceView[], sentences: readonly Sentence[], original: string, options: AssemblyOptions): AssembledRecords {
  const { explain } = options;
  const { drafts: triggered, rejections } = draftRecords(views, options.defectionContext, options.haven);
  const drafts = resolveCoreference(triggered, views);
  return {
    records: finaliseRecords(drafts, sentences, original, explain),
    statistics: findStatistics(views, drafts, original),
    rejected: explain ? rejections.map((rejection) => rejectedTrigger(rejection, sentences, original)) : [],
  };
}

function rejectedTrigger({ trigger, reason, rule }: Rejection, sentences: readonly Sentence[], original: string): RejectedTrigger {
  const sentence = sentences[trigger.sentence];
  return {
    span: span(original, trigger.start, trigger.end),
    trigger: trigger.rule,
    reason,
    rule,
    sentence: span(original, sentence?.start ?? trigger.start, sentence?.end ?? trigger.end),
  };
}
