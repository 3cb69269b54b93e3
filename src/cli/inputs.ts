// Turns command-line arguments into documents in order: .txt articles (with an optional sibling .meta.json),
// directories of .txt files, NDJSON files and stdin. A file that cannot be used becomes an error in its place.
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { errorOutcome, readNdjson, type SourceItem } from "../stream/index.js";

export type InputSource =
  | { kind: "article"; path: string }
  | { kind: "ndjson"; path: string }
  | { kind: "stdin" }
  | { kind: "unreadable"; path: string; reason: string };

export interface ReadOptions {
  /** Reference date for articles without a .meta.json publishedAt. */
  publishedAt: string | undefined;
  maxBytes: number;
  stdin: NodeJS.ReadableStream;
  /** The number of stdin's first line: a block cut from a longer file (GNU parallel -N) keeps the file's numbers. */
  firstLine?: number;
}

const NDJSON_EXTENSIONS = new Set([".ndjson", ".jsonl"]);
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Expands directories (their .txt files, sorted by name) and classifies each argument; "-" is stdin. */
export async function planInputs(args: readonly string[]): Promise<InputSource[]> {
  const sources: InputSource[] = [];
  for (const arg of args) {
    if (arg === "-") {
      sources.push({ kind: "stdin" });
      continue;
    }
    try {
      const info = await stat(arg);
      if (info.isDirectory()) sources.push(...(await articlesIn(arg)));
      else sources.push({ kind: NDJSON_EXTENSIONS.has(extname(arg).toLowerCase()) ? "ndjson" : "article", path: arg });
    } catch (error) {
      sources.push({ kind: "unreadable", path: arg, reason: reasonOf(error) });
    }
  }
  return sources;
}

async function articlesIn(directory: string): Promise<InputSource[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  return entries
    .filter((entry) => !entry.isDirectory() && entry.name.toLowerCase().endsWith(".txt"))
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => ({ kind: "article", path: join(directory, name) }));
}

/** Documents are read lazily, one source at a time, so the extraction window bounds memory, not the file count. */
export async function* readInputs(sources: readonly InputSource[], options: ReadOptions): AsyncGenerator<SourceItem> {
  for (const source of sources) {
    switch (source.kind) {
      case "article":
        yield await readArticle(source.path, options);
        break;
      case "ndjson":
        yield* readNdjsonFile(source.path, options.maxBytes);
        break;
      case "stdin":
        yield* numberedFrom(readNdjson(options.stdin as AsyncIterable<Buffer | string>, options.maxBytes), options.firstLine ?? 1);
        break;
      case "unreadable":
        yield { outcome: errorOutcome(source.path, undefined, "unreadable_file", `defection-extractor: cannot read ${source.path}: ${source.reason}`) };
        break;
    }
  }
}

async function* numberedFrom(items: AsyncIterable<SourceItem>, firstLine: number): AsyncGenerator<SourceItem> {
  const shift = firstLine - 1;
  for await (const item of items) {
    if (shift === 0) yield item;
    else if ("ndjson" in item) yield { ndjson: { ...item.ndjson, line: item.ndjson.line + shift } };
    else if ("input" in item) yield { input: { ...item.input, line: (item.input.line ?? 0) + shift } };
    else yield { outcome: { ...item.outcome, line: (item.outcome.line ?? 0) + shift } };
  }
}

async function readArticle(path: string, options: ReadOptions): Promise<SourceItem> {
  let bytes: Buffer;
  try {
    if ((await stat(path)).size > options.maxBytes) {
      return { outcome: errorOutcome(path, undefined, "too_large", `defection-extractor: ${path} is larger than the ${options.maxBytes}-byte limit`) };
    }
    bytes = await readFile(path);
  } catch (error) {
    return { outcome: errorOutcome(path, undefined, "unreadable_file", `defection-extractor: cannot read ${path}: ${reasonOf(error)}`) };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { outcome: errorOutcome(path, undefined, "invalid_utf8", `defection-extractor: ${path} is not valid UTF-8`) };
  }
  const meta = await readMeta(path);
  if ("error" in meta) return { outcome: errorOutcome(path, undefined, "invalid_meta", meta.error) };
  return { input: { id: path, text, publishedAt: meta.publishedAt ?? options.publishedAt } };
}

/** The sibling `<name>.meta.json` of `<name>.txt`; a missing one is fine, a broken one is an error for its article. */
async function readMeta(path: string): Promise<{ publishedAt?: unknown } | { error: string }> {
  const metaPath = join(dirname(path), `${basename(path, extname(path))}.meta.json`);
  let raw: string;
  try {
    raw = await readFile(metaPath, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    return { error: `defection-extractor: cannot read ${metaPath}: ${reasonOf(error)}` };
  }
  try {
    const meta: unknown = JSON.parse(raw);
    if (typeof meta !== "object" || meta === null || Array.isArray(meta)) throw new Error("not a JSON object");
    return { publishedAt: (meta as Record<string, unknown>).publishedAt ?? undefined };
  } catch (error) {
    return { error: `defection-extractor: ${metaPath} is not a usable JSON object: ${reasonOf(error)}` };
  }
}

async function* readNdjsonFile(path: string, maxBytes: number): AsyncGenerator<SourceItem> {
  try {
    yield* readNdjson(createReadStream(path) as AsyncIterable<Buffer>, maxBytes);
  } catch (error) {
    yield { outcome: errorOutcome(path, undefined, "unreadable_file", `defection-extractor: cannot read ${path}: ${reasonOf(error)}`) };
  }
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}
