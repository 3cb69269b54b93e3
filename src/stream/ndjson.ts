// Reads NDJSON / JSON Lines ({"id", "text", "publishedAt"} per line) into documents, turning every line that is
// not a usable document into an error outcome in its place, so output lines match input lines one for one.
import type { DocumentInput, DocumentOutcome } from "./outcome.js";
import { errorOutcome } from "./outcome.js";
import { splitLines } from "./lines.js";

export type SourceItem = { input: DocumentInput } | { outcome: DocumentOutcome };

const utf8 = new TextDecoder("utf-8", { fatal: true });

export async function* readNdjson(chunks: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<SourceItem> {
  for await (const { line, bytes } of splitLines(chunks, maxBytes)) {
    if (bytes === null) {
      yield { outcome: errorOutcome(null, line, "too_large", `defection-extractor: line is longer than the ${maxBytes}-byte limit`) };
      continue;
    }
    yield parseLine(bytes, line);
  }
}

function parseLine(bytes: Buffer, line: number): SourceItem {
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
