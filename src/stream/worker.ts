// Piscina worker entry (built to dist/worker.js and dist/worker.cjs): extracts one checked document per task.
// The gazetteer arrives once per thread through workerData, not with every task.
import { workerData } from "node:worker_threads";
import type { KnowledgeExtension } from "../data/index.js";
import { extractOutcome, type DocumentOutcome, type DocumentTask } from "./outcome.js";

export interface WorkerSettings {
  gazetteer?: KnowledgeExtension;
}

const settings = (workerData ?? {}) as WorkerSettings;

export function extractDocument(task: DocumentTask): DocumentOutcome {
  return extractOutcome(task, settings.gazetteer);
}
