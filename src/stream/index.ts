// Batch and streaming extraction: many documents through a worker pool, outcomes in input order, bad input
// reported in its place as an error outcome, memory bounded by a fixed in-flight window.
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { KnowledgeExtension } from "../data/index.js";
import { InvalidInputError } from "../errors.js";
import { admitDocument, DEFAULT_MAX_DOCUMENT_BYTES, isOutcome } from "./admission.js";
import { readNdjson, type SourceItem } from "./ndjson.js";
import { inOrder } from "./ordered.js";
import type { DocumentInput, DocumentOutcome } from "./outcome.js";
import { inProcessRunner, poolRunner, type Runner } from "./runner.js";
import { defaultWorkerFile } from "./worker-file.js";

export type { DocumentError, DocumentErrorCode, DocumentInput, DocumentOutcome } from "./outcome.js";
export type { SourceItem } from "./ndjson.js";
export { DEFAULT_MAX_DOCUMENT_BYTES } from "./admission.js";
export { readNdjson } from "./ndjson.js";
export { errorOutcome } from "./outcome.js";

export interface PoolOptions {
  /** Worker threads; defaults to the number of cores. 1 runs in this thread without workers. */
  jobs?: number;
  /** Larger documents (UTF-8 bytes) become "too_large" outcomes; defaults to 32 MiB. */
  maxDocumentBytes?: number;
  /** Extra organisations, places, roles... sent once to each worker. */
  gazetteer?: KnowledgeExtension;
  /** A worker module exporting `extractDocument` (as dist/worker.js does); for custom bundles and tests. */
  workerFile?: string | URL;
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
 * Extracts documents as they arrive and yields one outcome per document, in input order. A byte stream
 * (such as process.stdin) is read as NDJSON lines `{"id", "text", "publishedAt"}`; an object-mode stream or any
 * iterable is read as documents. Stopping the iteration early shuts the workers down.
 *
 * @example
 * for await (const outcome of extractStream(process.stdin, { jobs: 4 })) process.stdout.write(`${JSON.stringify(outcome)}\n`);
 * // {"id":"yonhap-1","line":1,"result":{"documentId":"yonhap-1","publishedAt":"2016-10-12","records":[...],...}}
 * // {"id":null,"line":2,"error":{"code":"invalid_json","message":"defection-extractor: line is not valid JSON: ..."}}
 */
export function extractStream(
  source: AsyncIterable<DocumentInput> | Iterable<DocumentInput> | NodeJS.ReadableStream,
  options: PoolOptions = {},
): AsyncIterable<DocumentOutcome> {
  return extractItems(sourceItems(source, maxBytesFor(options)), options);
}

/** The engine under both public functions; `outcome` items (errors found while reading) pass through in place. */
export async function* extractItems(items: AsyncIterable<SourceItem>, options: PoolOptions = {}): AsyncGenerator<DocumentOutcome> {
  const maxBytes = maxBytesFor(options);
  const runner = createRunner(options);
  try {
    yield* inOrder(items, (item) => startItem(item, runner, maxBytes), runner.window);
  } finally {
    await runner.close();
  }
}

function startItem(item: SourceItem, runner: Runner, maxBytes: number): Promise<DocumentOutcome> {
  if ("outcome" in item) return Promise.resolve(item.outcome);
  const admitted = admitDocument(item.input, maxBytes);
  return isOutcome(admitted) ? Promise.resolve(admitted) : runner.run(admitted);
}

function createRunner(options: PoolOptions): Runner {
  const threads = threadsFor(options);
  if (threads === 1) return inProcessRunner(options.gazetteer);
  const file = options.workerFile instanceof URL ? fileURLToPath(options.workerFile) : (options.workerFile ?? defaultWorkerFile());
  return poolRunner(threads, file, options.gazetteer, options.workerFile === undefined);
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

async function* sourceItems(
  source: AsyncIterable<DocumentInput> | Iterable<DocumentInput> | NodeJS.ReadableStream,
  maxBytes: number,
): AsyncGenerator<SourceItem> {
  if (isByteStream(source)) {
    yield* readNdjson(source as AsyncIterable<Buffer | string>, maxBytes);
    return;
  }
  for await (const input of source as AsyncIterable<DocumentInput> | Iterable<DocumentInput>) yield { input };
}

function isByteStream(source: unknown): boolean {
  const stream = source as { pipe?: unknown; readableObjectMode?: unknown };
  return typeof stream.pipe === "function" && stream.readableObjectMode !== true;
}
