// The machine's own ceiling for the workers figure: the same extraction in bare threads, no pool, no messages per
// document. Two cores need not give twice the work (shared caches, memory bandwidth, a host's scheduling), so
// the pool's speed-up is read against what two plain threads reach on the same machine in the same run.
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";

/**
 * Runs `documents` in one bare thread, then in `threads` bare threads at once; each thread runs the corpus
 * `warmUpPasses` times and then once timed. Returns the seconds of one thread's pass, the wall seconds until every
 * parallel thread finished its pass, and their ratio as work per second.
 */
export async function threadCeiling(entry, documents, threads, warmUpPasses) {
  const tasks = documents.map(({ text, publishedAt, id }) => ({ text, publishedAt, id }));
  const [one] = await runThreads(entry, tasks, 1, warmUpPasses);
  const parallel = await runThreads(entry, tasks, threads, warmUpPasses);
  const parallelSeconds = Math.max(...parallel);
  return { oneSeconds: one, parallelSeconds, speedUp: (one * threads) / parallelSeconds };
}

/** The timed pass of each thread, in seconds; the threads start their timed passes together. */
function runThreads(entry, tasks, threads, warmUpPasses) {
  const workers = Array.from({ length: threads }, () => new Worker(new URL(import.meta.url), { workerData: { entry, tasks, warmUpPasses } }));
  let warm = 0;
  return Promise.all(
    workers.map(
      (worker) =>
        new Promise((resolve, reject) => {
          worker.on("error", reject);
          worker.on("message", (message) => {
            if (message === "warm") {
              warm += 1;
              if (warm === threads) for (const each of workers) each.postMessage("go");
              return;
            }
            resolve(message);
            void worker.terminate();
          });
        }),
    ),
  );
}

if (!isMainThread && workerData?.tasks) {
  const { entry, tasks, warmUpPasses } = workerData;
  const { extractDefections } = await import(entry);
  const pass = () => {
    for (const task of tasks) extractDefections(task.text, { publishedAt: task.publishedAt, documentId: task.id });
  };
  for (let index = 0; index < warmUpPasses; index += 1) pass();
  parentPort.once("message", () => {
    const started = performance.now();
    pass();
    parentPort.postMessage((performance.now() - started) / 1000);
  });
  parentPort.postMessage("warm");
}
