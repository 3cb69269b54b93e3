// What goes into and comes out of batch extraction: one outcome per input document, a result or a coded error.
import type { ExtractionResult } from "../contract.js";
import type { KnowledgeExtension } from "../data/index.js";
import { InvalidInputError } from "../errors.js";
import { extractDefections } from "../pipeline.js";

/** One document to extract; `text` and `publishedAt` are `unknown` because they usually come from parsed JSON. */
export interface DocumentInput {
  id?: string | number;
  text: unknown;
  publishedAt?: unknown;
  /** The 1-based input line it came from, echoed in the outcome. */
  line?: number;
}

export type DocumentErrorCode =
  | "missing_text"
  | "invalid_text"
  | "invalid_id"
  | "invalid_published_at"
  | "too_large"
  | "invalid_json"
  | "invalid_document"
  | "invalid_utf8"
  | "empty_line"
  | "unreadable_file"
  | "invalid_meta"
  | "worker_crashed"
  | "timeout"
  | "extraction_failed";

export interface DocumentError {
  code: DocumentErrorCode;
  message: string;
}

interface OutcomeBase {
  id: string | number | null;
  line?: number;
}

export type DocumentOutcome = (OutcomeBase & { result: ExtractionResult }) | (OutcomeBase & { error: DocumentError });

/** A checked document as sent to a worker: structured-cloneable, text already known to be a string. */
export interface DocumentTask {
  id: string | number | null;
  line?: number;
  text: string;
  publishedAt?: string | Date;
}

export function errorOutcome(id: string | number | null, line: number | undefined, code: DocumentErrorCode, message: string): DocumentOutcome {
  return line === undefined ? { id, error: { code, message } } : { id, line, error: { code, message } };
}

/** What every document of a batch is extracted with. */
export interface ExtractionSettings {
  gazetteer?: KnowledgeExtension;
  /** Each record says where its fields came from; rejected triggers and mentions are listed. */
  explain?: boolean;
}

/** Runs the extractor on one checked document; never throws, so one bad document cannot stop a batch. */
export function extractOutcome(task: DocumentTask, settings: ExtractionSettings): DocumentOutcome {
  try {
    const result = extractDefections(task.text, {
      publishedAt: task.publishedAt,
      documentId: task.id === null ? undefined : String(task.id),
      gazetteer: settings.gazetteer,
      explain: settings.explain === true,
    });
    return task.line === undefined ? { id: task.id, result } : { id: task.id, line: task.line, result };
  } catch (error) {
    if (error instanceof InvalidInputError) return errorOutcome(task.id, task.line, codeForField(error.field), error.message);
    const message = error instanceof Error ? error.message : String(error);
    return errorOutcome(task.id, task.line, "extraction_failed", `defection-extractor: extraction failed: ${message}`);
  }
}

function codeForField(field: string): DocumentErrorCode {
  if (field === "options.publishedAt") return "invalid_published_at";
  if (field === "options.documentId") return "invalid_id";
  return "invalid_text";
}
