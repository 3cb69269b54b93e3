// Runs checked documents in this thread or on a worker pool. With the built-in worker, a document without a
// defection cue is answered here: the cheap gate is one regex pass, cheaper than handing the text to a thread.
import { resolveKnowledge } from "../data/index.js";
import { hasDefectionCue } from "../events/index.js";
import { extractOutcome, type DocumentOutcome, type DocumentTask, type ExtractionSettings } from "./outcome.js";
import { WorkerPool, type PoolSettings } from "./pool.js";

export interface Runner {
  /** `cost` is what the document weighs in the in-flight window (its characters and a fixed overhead). */
  run(task: DocumentTask, cost: number): Promise<DocumentOutcome>;
  close(): Promise<void>;
}

export function inProcessRunner(extraction: ExtractionSettings): Runner {
  return {
    run: (task) => Promise.resolve(extractOutcome(task, extraction)),
    close: () => Promise.resolve(),
  };
}

export function poolRunner(settings: PoolSettings): Runner {
  const knowledge = resolveKnowledge(settings.extraction.gazetteer);
  const pool = new WorkerPool(settings);
  const gateHere = settings.module === null;
  return {
    run: (task, cost) =>
      gateHere && !hasDefectionCue(task.text, knowledge) ? Promise.resolve(extractOutcome(task, settings.extraction)) : pool.run(task, cost),
    close: () => pool.close(),
  };
}
