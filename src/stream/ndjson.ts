// Reads NDJSON / JSON Lines ({"id", "text", "publishedAt"} per line) into documents, turning every line that is
// not a usable document into an error outcome in its place, so output lines match input lines one for one.
// Lines travel as bytes and are parsed where they are extracted (a worker thread), so the thread that reads the
// stream holds no text on its heap.
import { admitDocument } from "./admission.js";
import { errorOutcome, type DocumentInput, type DocumentOutcome, type DocumentTask } from "./outcome.js";
import { splitLines } from "./lines.js";

/** One line of NDJSON as it was read, not yet decoded: its own copy of the bytes, without the line break. */
export interface NdjsonLine {
  /** 1-based line number. */
  line: number;
  bytes: Uint8Array;
}

export type SourceItem = { input: DocumentInput } | { outcome: DocumentOutcome } | { ndjson: NdjsonLine };

const utf8 = new TextDecoder("utf-8", { fatal: true });

export async function* readNdjson(chunks: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<SourceItem> {
  for await (const { line, bytes } of splitLines(chunks, maxBytes)) {
    if (bytes === null) {
      yield { outcome: errorOutcome(null, line, "too_large", `defection-extractor: line is longer than the ${maxBytes}-byte limit`) };
      continue;
    }
    yield { ndjson: { line, bytes: ownBytes(bytes) } };
  }
}

/**
 * The line in a buffer of its own: a view into a larger buffer would keep it alive, and a message would clone all of
 * it. A long line joined from several chunks already has one.
 */
function ownBytes(bytes: Buffer): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}

/** The document a line holds, or the error outcome that takes its place. */
export function parseNdjsonLine({ bytes, line }: NdjsonLine): { input: DocumentInput } | { outcome: DocumentOutcome } {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { outcome: errorOutcome(null, line, "invalid_utf8", "defection-extractor: line is not valid UTF-8") };
  }
  if (text.trim() === "") return { outcome: errorOutcome(null, line, "empty_line", "defection-extractor: line is empty") };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { outcome: errorOutcome(null, line, "invalid_json", `defection-extractor: line is not valid JSON: ${reason}`) };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    const found = value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
    return { outcome: errorOutcome(null, line, "invalid_document", `defection-extractor: line must be a JSON object; got ${found}`) };
  }
  const fields = value as Record<string, unknown>;
  return { input: { id: fields.id as DocumentInput["id"], text: fields.text, publishedAt: fields.publishedAt, line } };
}

/** The checked document a line holds, ready to extract, or the error outcome that takes its place. */
export function admitLine(line: NdjsonLine, maxBytes: number): DocumentTask | DocumentOutcome {
  const parsed = parseNdjsonLine(line);
  return "outcome" in parsed ? parsed.outcome : admitDocument(parsed.input, maxBytes);
}
