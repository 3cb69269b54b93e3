// Worker entry (built to dist/worker.js and dist/worker.cjs): exports `extractDocument` for custom worker modules, and
// when a pool starts it as a thread, warms the extractor up, then extracts the batches it is sent one document at a time.
import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import { pathToFileURL } from "node:url";
import { DEFAULT_MAX_DOCUMENT_BYTES, isOutcome } from "./admission.js";
import { admitLine, type NdjsonLine } from "./ndjson.js";
import { errorOutcome, extractOutcome, type DocumentOutcome, type DocumentTask, type ExtractionSettings } from "./outcome.js";

export interface ThreadSettings {
  /** Marks a thread started by the pool, as opposed to one a caller started with this file. */
  pool: true;
  /** A custom module exporting `extractDocument`, or null for the built-in one. */
  module: string | null;
  extraction: ExtractionSettings;
  /** Larger documents (UTF-8 bytes) become "too_large" outcomes. */
  maxBytes: number;
}

/** Documents checked by the pool, and NDJSON lines to parse and check here. */
export type ToThread = { type: "tasks"; tasks: Array<DocumentTask | NdjsonLine> };
export type FromThread = { type: "ready" } | { type: "outcome"; outcome: DocumentOutcome };

type ExtractDocument = (task: DocumentTask) => DocumentOutcome;

/**
 * Loading compromise and compiling code paths takes most of a thread's first second; one short article run at start
 * pays for it while the input is still being read, so the first real document runs at full speed.
 */
const WARM_UP: DocumentTask = {
  id: null,
  text:
    "SEOUL, March 4 (Reuters) - A North Korean diplomat posted to the embassy in Rome defected to South Korea with his " +
    "wife and two children late last year, lawmakers said on Tuesday. The ministry said 1,047 North Koreans arrived in 2019.",
  publishedAt: "2020-03-04",
};

const settings = (workerData ?? {}) as Partial<ThreadSettings>;
/**
 * Claimed by the first copy of this module in the thread (the one the pool started): a custom module that imports
 * the other build of this file must not serve the thread a second time.
 */
const SERVING = Symbol.for("defection-extractor.pool-thread");
/** A real import() in both builds: the CommonJS build turns a plain import() into require(), which cannot load ESM. */
const importModule = new Function("specifier", "return import(specifier)") as (specifier: string) => Promise<unknown>;

export function extractDocument(task: DocumentTask): DocumentOutcome {
  return extractOutcome(task, settings.extraction ?? {});
}

if (parentPort !== null && settings.pool === true && !(SERVING in globalThis)) {
  Object.defineProperty(globalThis, SERVING, { value: true });
  void serve(parentPort, settings.module ?? null);
}

async function serve(port: MessagePort, module: string | null): Promise<void> {
  // A module that cannot be loaded throws here: the thread fails before "ready", which the pool reports.
  const extract = module === null ? extractDocument : await loadExtractor(module);
  extract(WARM_UP);
  port.on("message", (message: ToThread) => {
    for (const item of message.tasks) {
      const task = "bytes" in item ? admitLine(item, settings.maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES) : item;
      if (isOutcome(task)) port.postMessage({ type: "outcome", outcome: task } satisfies FromThread);
      else post(port, task, () => extract(task));
    }
  });
  port.postMessage({ type: "ready" } satisfies FromThread);
}

async function loadExtractor(module: string): Promise<ExtractDocument> {
  const loaded = (await importModule(pathToFileURL(module).href)) as { extractDocument?: unknown };
  if (typeof loaded.extractDocument !== "function") throw new Error(`${module} does not export a function extractDocument`);
  return loaded.extractDocument as ExtractDocument;
}

/** A custom module may throw or return what cannot be posted: the document still gets its outcome. */
function post(port: MessagePort, task: DocumentTask, extract: () => DocumentOutcome): void {
  try {
    port.postMessage({ type: "outcome", outcome: extract() } satisfies FromThread);
  } catch (error) {
    const message = `defection-extractor: extraction failed: ${error instanceof Error ? error.message : String(error)}`;
    port.postMessage({ type: "outcome", outcome: errorOutcome(task.id, task.line, "extraction_failed", message) } satisfies FromThread);
  }
}
