// Runs checked documents and NDJSON lines in this thread or on a worker pool. With the built-in worker, a document
// without a defection cue is answered here: the cheap gate is one regex pass, cheaper than handing the text to a
// thread. A line goes to a thread as bytes, to be parsed, checked and gated there.
import { resolveKnowledge, type Knowledge } from "../data/index.js";
import { hasDefectionCue } from "../events/index.js";
import { isOutcome } from "./admission.js";
import { admitLine, type NdjsonLine } from "./ndjson.js";
import { extractOutcome, type DocumentOutcome, type DocumentTask, type ExtractionSettings } from "./outcome.js";
import { WorkerPool, type PoolSettings } from "./pool.js";

export interface Runner {
  /** `cost` is what the document weighs in the in-flight window (its characters and a fixed overhead). */
  run(task: DocumentTask, cost: number): Promise<DocumentOutcome>;
  /** `cost` is what the line weighs in the in-flight window (its bytes and a fixed overhead). */
  runLine(line: NdjsonLine, cost: number): Promise<DocumentOutcome>;
  close(): Promise<void>;
}

export function inProcessRunner(extraction: ExtractionSettings, maxBytes: number): Runner {
  const run = (task: DocumentTask): Promise<DocumentOutcome> => Promise.resolve(extractOutcome(task, extraction));
  return {
    run,
    runLine: (line) => {
      const task = admitLine(line, maxBytes);
      return isOutcome(task) ? Promise.resolve(task) : run(task);
    },
    close: () => Promise.resolve(),
  };
}

export function poolRunner(settings: PoolSettings): Runner {
  const pool = new WorkerPool(settings);
  const gateHere = settings.module === null;
  // Built on the first document: a stream of lines never needs it in this thread.
  let knowledge: Knowledge | null = null;
  return {
    run: (task, cost) => {
      if (gateHere && !hasDefectionCue(task.text, (knowledge ??= resolveKnowledge(settings.extraction.gazetteer)))) {
        return Promise.resolve(extractOutcome(task, settings.extraction));
      }
      return pool.run(task, cost);
    },
    runLine: (line, cost) => pool.run(line, cost),
    close: () => pool.close(),
  };
}
