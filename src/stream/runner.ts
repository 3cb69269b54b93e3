// Runs checked documents in this thread (jobs 1) or on a piscina pool; a document whose worker dies comes back
// as a "worker_crashed" outcome (piscina replaces the thread), so nothing is lost.
import { Piscina } from "piscina";
import { resolveKnowledge, type KnowledgeExtension } from "../data/index.js";
import { hasDefectionCue } from "../events/index.js";
import { errorOutcome, extractOutcome, type DocumentOutcome, type DocumentTask } from "./outcome.js";
import type { WorkerSettings } from "./worker.js";

export interface Runner {
  /** How many documents may be in flight at once. */
  readonly window: number;
  run(task: DocumentTask): Promise<DocumentOutcome>;
  close(): Promise<void>;
}

/** Documents in flight per thread: enough to keep every thread busy, small enough to keep memory flat. */
const IN_FLIGHT_PER_THREAD = 16;
const WORKER_FUNCTION = "extractDocument";

export function inProcessRunner(gazetteer: KnowledgeExtension | undefined): Runner {
  return {
    window: 1,
    run: (task) => Promise.resolve(extractOutcome(task, gazetteer)),
    close: () => Promise.resolve(),
  };
}

/**
 * With the built-in worker, a document without a defection cue is answered here: the cheap gate is one regex pass,
 * cheaper than handing the text to a thread. A custom worker file sees every document.
 */
export function poolRunner(threads: number, workerFile: string, gazetteer: KnowledgeExtension | undefined, gateHere: boolean): Runner {
  const knowledge = resolveKnowledge(gazetteer);
  const settings: WorkerSettings = gazetteer ? { gazetteer } : {};
  const pool = new Piscina({ filename: workerFile, minThreads: threads, maxThreads: threads, workerData: settings });
  // A worker that fails outside any task (its module cannot be loaded) is reported on the pool, and one that exits
  // while starting is not replaced: either way nothing would ever complete, so the run fails instead of hanging.
  let closing = false;
  const broken = new Promise<never>((_, reject) => {
    const fail = (reason: string) => reject(new Error(`defection-extractor: worker pool failed (${workerFile}): ${reason}`));
    pool.on("error", (error: unknown) => fail(reasonOf(error)));
    pool.on("workerDestroy", () => {
      setImmediate(() => {
        if (!closing && pool.threads.length === 0) fail("every worker exited while starting");
      });
    });
  });
  broken.catch(() => undefined);
  return {
    window: threads * IN_FLIGHT_PER_THREAD,
    run: (task) =>
      gateHere && !hasDefectionCue(task.text, knowledge)
        ? Promise.resolve(extractOutcome(task, gazetteer))
        : Promise.race([
            broken,
            pool.run(task, { name: WORKER_FUNCTION }).then(
              (outcome: DocumentOutcome) => outcome,
              (error: unknown) =>
                errorOutcome(task.id, task.line, "worker_crashed", `defection-extractor: worker stopped on this document: ${reasonOf(error)}`),
            ),
          ]),
    close: () => {
      closing = true;
      return pool.destroy();
    },
  };
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
