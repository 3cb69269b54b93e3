// Batch and streaming extraction: many documents through a pool of warm worker threads, outcomes in input order,
// bad input, overruns and crashes reported in their place as error outcomes, memory bounded by a window of characters
// or bytes.
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { KnowledgeExtension } from "../data/index.js";
import { InvalidInputError } from "../errors.js";
import { admitDocument, DEFAULT_MAX_DOCUMENT_BYTES, isOutcome } from "./admission.js";
import { readNdjson, type SourceItem } from "./ndjson.js";
import { inOrder, type Window } from "./ordered.js";
import type { DocumentInput, DocumentOutcome, ExtractionSettings } from "./outcome.js";
import { inProcessRunner, poolRunner, type Runner } from "./runner.js";
import { defaultWorkerFile } from "./worker-file.js";

export type { DocumentError, DocumentErrorCode, DocumentInput, DocumentOutcome } from "./outcome.js";
export type { NdjsonLine, SourceItem } from "./ndjson.js";
export { DEFAULT_MAX_DOCUMENT_BYTES } from "./admission.js";
export { parseNdjsonLine, readNdjson } from "./ndjson.js";
export { errorOutcome } from "./outcome.js";

/** A minute per document: ordinary news takes seconds per megabyte, so only a runaway document comes near it. */
export const DEFAULT_TIMEOUT_MS = 60_000;
/**
 * Per worker thread. Measured: a 32 MB document of news runs in 384 MB and fails in 256. V8 lets a heap grow to up
 * to four times its live size before collecting when the limit is large, so a tight limit is also a smaller heap.
 */
export const DEFAULT_WORKER_MEMORY_MB = 512;
/** The longest delay a timer can wait; a longer budget would silently fire at once. */
const LONGEST_TIMEOUT_MS = 2 ** 31 - 1;
/**
 * Characters of text (bytes of an NDJSON line) in flight per thread, read but not yet yielded: eight of the pool's
 * batches, enough to keep a thread busy. Measured: 4 MiB per thread kept some 35 MB more old generation in the
 * reading thread.
 */
export const IN_FLIGHT_CHARACTERS_PER_THREAD = 512 * 1024;
/** What any item weighs in the window besides its text (the outcome, the bookkeeping), so that empty lines count. */
const ITEM_OVERHEAD = 1024;

/**
 * What extractStream reads: documents from any iterable or async iterable, or NDJSON text as chunks of bytes or
 * strings from any async iterable (process.stdin, a file stream, a fetch body). Structural, so no Node types needed.
 */
export type DocumentSource = Iterable<DocumentInput> | AsyncIterable<DocumentInput> | AsyncIterable<Uint8Array | string>;

export interface PoolOptions {
  /**
   * Worker threads; defaults to the number of cores. 1 runs in this thread without workers, unless `timeoutMs` is
   * given: extraction in this thread cannot be interrupted, so an explicit budget runs the documents on one worker.
   */
  jobs?: number;
  /** Larger documents (UTF-8 bytes) become "too_large" outcomes; defaults to 32 MiB. */
  maxDocumentBytes?: number;
  /**
   * Time budget per document in milliseconds, counted from when a worker begins it; a document still running then
   * becomes a "timeout" outcome, its worker is replaced and the stream goes on. Defaults to 60 000; Infinity for none.
   * Applies to worker threads only (see `jobs`).
   */
  timeoutMs?: number;
  /**
   * Heap limit of each worker thread in MB; a document that needs more becomes a "worker_crashed" outcome and its
   * worker is replaced. Defaults to 512.
   */
  workerMemoryMb?: number;
  /** Extra organisations, places, roles... sent once to each worker. */
  gazetteer?: KnowledgeExtension;
  /** Results say why, as `extractDefections(text, { explain: true })` does: each record's sources, rejected triggers, mentions. */
  explain?: boolean;
  /** A worker module exporting `extractDocument` (as dist/worker.js does), as a path or file URL; for custom bundles and tests. */
  workerFile?: string | { readonly href: string };
}

/**
 * Extracts every document and resolves to one outcome per document, in input order.
 *
 * @example
 * await extractMany([{ id: "a", text: "A North Korean diplomat in Rome defected last year." }, { id: "b", text: 42 }], { jobs: 2 })
 * // [{ id: "a", result: { documentId: "a", records: [...], ... } },
 * //  { id: "b", error: { code: "invalid_text", message: "defection-extractor: text must be a string; got number" } }]
 */
export async function extractMany(documents: Iterable<DocumentInput>, options: PoolOptions = {}): Promise<DocumentOutcome[]> {
  // No more threads than documents: starting a worker costs more than a short article.
  const jobs = Array.isArray(documents) ? Math.max(1, Math.min(threadsFor(options), documents.length)) : threadsFor(options);
  const outcomes: DocumentOutcome[] = [];
  for await (const outcome of extractStream(documents, { ...options, jobs })) outcomes.push(outcome);
  return outcomes;
}

/**
 * Extracts documents as they arrive and yields one outcome per document, in input order. Chunks of bytes or strings
 * (such as process.stdin) are read as NDJSON lines `{"id", "text", "publishedAt"}`; objects are read as documents.
 * Stopping the iteration early shuts the workers down.
 *
 * @example
 * for await (const outcome of extractStream(process.stdin, { jobs: 4 })) process.stdout.write(`${JSON.stringify(outcome)}\n`);
 * // {"id":"yonhap-1","line":1,"result":{"documentId":"yonhap-1","publishedAt":"2016-10-12","records":[...],...}}
 * // {"id":null,"line":2,"error":{"code":"invalid_json","message":"defection-extractor: line is not valid JSON: ..."}}
 * // {"id":"yonhap-3","line":3,"error":{"code":"timeout","message":"defection-extractor: extraction took longer than 60000 ms"}}
 */
export function extractStream(source: DocumentSource, options: PoolOptions = {}): AsyncIterable<DocumentOutcome> {
  return extractItems(sourceItems(source, maxBytesFor(options)), options);
}

/** The engine under both public functions; `outcome` items (errors found while reading) pass through in place. */
export async function* extractItems(items: AsyncIterable<SourceItem>, options: PoolOptions = {}): AsyncGenerator<DocumentOutcome> {
  const maxBytes = maxBytesFor(options);
  const threads = threadsFor(options);
  const runner = createRunner(options, threads, maxBytes);
  const window: Window<SourceItem> = { limit: threads * IN_FLIGHT_CHARACTERS_PER_THREAD, cost: costOf };
  try {
    yield* inOrder(items, (item) => startItem(item, runner, maxBytes), window);
  } finally {
    await runner.close();
  }
}

function startItem(item: SourceItem, runner: Runner, maxBytes: number): Promise<DocumentOutcome> {
  if ("outcome" in item) return Promise.resolve(item.outcome);
  if ("ndjson" in item) return runner.runLine(item.ndjson, costOf(item));
  const admitted = admitDocument(item.input, maxBytes);
  return isOutcome(admitted) ? Promise.resolve(admitted) : runner.run(admitted, costOf(item));
}

function costOf(item: SourceItem): number {
  if ("outcome" in item) return ITEM_OVERHEAD;
  if ("ndjson" in item) return ITEM_OVERHEAD + item.ndjson.bytes.byteLength;
  const { text } = item.input;
  return ITEM_OVERHEAD + (typeof text === "string" ? text.length : 0);
}

function createRunner(options: PoolOptions, threads: number, maxBytes: number): Runner {
  const timeoutMs = timeoutFor(options);
  const memoryMb = workerMemoryFor(options);
  const extraction: ExtractionSettings = { gazetteer: options.gazetteer, explain: options.explain === true };
  if (threads === 1 && options.timeoutMs === undefined) return inProcessRunner(extraction, maxBytes);
  const { workerFile } = options;
  const module = workerFile === undefined ? null : typeof workerFile === "string" ? workerFile : fileURLToPath(workerFile.href);
  return poolRunner({ threads, host: defaultWorkerFile(), module, extraction, timeoutMs, memoryMb, maxBytes });
}

function threadsFor(options: PoolOptions): number {
  const { jobs } = options;
  if (jobs === undefined) return availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1) throw new InvalidInputError("options.jobs", "a positive integer", jobs);
  return jobs;
}

function maxBytesFor(options: PoolOptions): number {
  const { maxDocumentBytes } = options;
  if (maxDocumentBytes === undefined) return DEFAULT_MAX_DOCUMENT_BYTES;
  if (!Number.isInteger(maxDocumentBytes) || maxDocumentBytes < 1) {
    throw new InvalidInputError("options.maxDocumentBytes", "a positive integer", maxDocumentBytes);
  }
  return maxDocumentBytes;
}

function timeoutFor(options: PoolOptions): number {
  const { timeoutMs } = options;
  if (timeoutMs === undefined) return DEFAULT_TIMEOUT_MS;
  if (timeoutMs === Number.POSITIVE_INFINITY) return timeoutMs;
  if (typeof timeoutMs !== "number" || !(timeoutMs > 0 && timeoutMs <= LONGEST_TIMEOUT_MS)) {
    throw new InvalidInputError("options.timeoutMs", `a number of milliseconds above 0 and at most ${LONGEST_TIMEOUT_MS}, or Infinity`, timeoutMs);
  }
  return timeoutMs;
}

function workerMemoryFor(options: PoolOptions): number {
  const { workerMemoryMb } = options;
  if (workerMemoryMb === undefined) return DEFAULT_WORKER_MEMORY_MB;
  if (!Number.isInteger(workerMemoryMb) || workerMemoryMb < 1) throw new InvalidInputError("options.workerMemoryMb", "a positive integer", workerMemoryMb);
  return workerMemoryMb;
}

/** Reads the first item to tell NDJSON chunks from documents, then hands the whole source on. */
async function* sourceItems(source: DocumentSource, maxBytes: number): AsyncGenerator<SourceItem> {
  const iterator = asyncIteratorOf(source);
  const first = await iterator.next();
  if (first.done) return;
  const rest = { [Symbol.asyncIterator]: () => iterator };
  if (isChunk(first.value)) {
    yield* readNdjson(prepend(first.value, rest as AsyncIterable<Uint8Array | string>), maxBytes);
    return;
  }
  yield { input: first.value as DocumentInput };
  for await (const input of rest as AsyncIterable<DocumentInput>) yield { input };
}

function asyncIteratorOf(source: DocumentSource): AsyncIterator<unknown> {
  if (Symbol.asyncIterator in source) return (source as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  const iterator = (source as Iterable<unknown>)[Symbol.iterator]();
  return {
    next: async () => iterator.next(),
    return: async (value?: unknown) => iterator.return?.(value) ?? { done: true, value },
  };
}

async function* prepend<T>(first: T, rest: AsyncIterable<T>): AsyncGenerator<T> {
  yield first;
  yield* rest;
}

function isChunk(value: unknown): value is Uint8Array | string {
  return typeof value === "string" || value instanceof Uint8Array;
}
