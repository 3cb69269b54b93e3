// Checks a document before it is sent anywhere: cheap shape and size checks in the calling thread, so a worker
// never receives something that cannot be cloned or that would blow its memory.
import { InvalidInputError } from "../errors.js";
import { errorOutcome, type DocumentInput, type DocumentOutcome, type DocumentTask } from "./outcome.js";

/** 32 MiB: above the contract's 10 MB article, which must still give a valid result. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

export function admitDocument(input: DocumentInput, maxBytes: number): DocumentTask | DocumentOutcome {
  const line = typeof input.line === "number" ? input.line : undefined;
  const { id, text, publishedAt } = input as { id: unknown; text: unknown; publishedAt: unknown };
  if (!(id === undefined || id === null || typeof id === "string" || (typeof id === "number" && Number.isFinite(id)))) {
    return errorOutcome(null, line, "invalid_id", new InvalidInputError("id", "a string or a number", id).message);
  }
  const documentId = id ?? null;
  if (text === undefined || text === null) {
    return errorOutcome(documentId, line, "missing_text", "defection-extractor: text is missing");
  }
  if (typeof text !== "string") {
    return errorOutcome(documentId, line, "invalid_text", new InvalidInputError("text", "a string", text).message);
  }
  if (utf8Length(text, maxBytes) > maxBytes) {
    return errorOutcome(documentId, line, "too_large", `defection-extractor: text is larger than the ${maxBytes}-byte limit`);
  }
  if (!(publishedAt === undefined || publishedAt === null || typeof publishedAt === "string" || publishedAt instanceof Date)) {
    const message = new InvalidInputError("publishedAt", "an ISO date string or a Date", publishedAt).message;
    return errorOutcome(documentId, line, "invalid_published_at", message);
  }
  const task: DocumentTask = { id: documentId, text };
  if (line !== undefined) task.line = line;
  if (publishedAt !== undefined && publishedAt !== null) task.publishedAt = publishedAt;
  return task;
}

/** Skips the byte count when even three bytes per UTF-16 unit would fit: the common case costs nothing. */
function utf8Length(text: string, maxBytes: number): number {
  return text.length * 3 <= maxBytes ? text.length : Buffer.byteLength(text, "utf8");
}

export function isOutcome(value: DocumentTask | DocumentOutcome): value is DocumentOutcome {
  return "error" in value || "result" in value;
}
