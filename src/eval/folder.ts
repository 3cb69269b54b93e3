// Runs an extractor over a fixture folder (<id>.txt, <id>.meta.json, <id>.gold.json) and scores it against the gold.
import { existsSync, readFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ExtractionResult } from "../contract.js";
import { scoreDocumentPairs } from "./score.js";
import type { EvaluationReport, ExtractFunction, FixtureDocument } from "./types.js";

const PACKAGE_NAME = "defection-extractor";

/**
 * The fixtures shipped with the package (`fixtures/articles`), found by walking up from this module to the package
 * root, so it works from the sources, the ESM build and the CJS build alike.
 */
export function bundledFixturesDirectory(): string {
  let directory = moduleDirectory();
  for (;;) {
    const manifest = join(directory, "package.json");
    if (existsSync(manifest) && readPackageName(manifest) === PACKAGE_NAME) return join(directory, "fixtures", "articles");
    const parent = dirname(directory);
    if (parent === directory) throw new Error(`${PACKAGE_NAME}: cannot find the package root above ${moduleDirectory()}`);
    directory = parent;
  }
}

/**
 * Extracts every `<id>.txt` of a folder (with `publishedAt` from `<id>.meta.json` when present, `documentId` = id) and
 * scores the results against `<id>.gold.json`; articles without gold are listed in `skipped`.
 *
 * @example
 * const report = await evaluateFolder(undefined, extractDefections);
 * report.records.f1 // 0.93
 */
export async function evaluateFolder(
  directory: string = bundledFixturesDirectory(),
  extract: ExtractFunction,
): Promise<EvaluationReport> {
  const folder = resolve(directory);
  const ids = (await readdir(folder))
    .filter((file) => file.endsWith(".txt"))
    .map((file) => file.slice(0, -".txt".length))
    .sort();
  const fixtures: FixtureDocument[] = [];
  const skipped: EvaluationReport["skipped"] = [];
  const pairs: [ExtractionResult, ExtractionResult][] = [];
  let extractMs = 0;

  for (const id of ids) {
    const goldPath = join(folder, `${id}.gold.json`);
    if (!existsSync(goldPath)) {
      skipped.push({ id, reason: `no ${id}.gold.json` });
      continue;
    }
    const [text, meta, gold] = await Promise.all([
      readFile(join(folder, `${id}.txt`), "utf8"),
      readMeta(join(folder, `${id}.meta.json`), id),
      readGold(goldPath),
    ]);
    const started = performance.now();
    const predicted = extract(text, meta.publishedAt ? { publishedAt: meta.publishedAt, documentId: id } : { documentId: id });
    extractMs += performance.now() - started;
    fixtures.push(meta);
    pairs.push([gold, predicted]);
  }

  return { ...scoreDocumentPairs(pairs), directory: folder, fixtures, skipped, extractMs };
}

async function readMeta(path: string, id: string): Promise<FixtureDocument> {
  if (!existsSync(path)) return { id, outlet: null, title: null, publishedAt: null };
  const meta = parseJson(await readFile(path, "utf8"), path) as Record<string, unknown>;
  const text = (field: string): string | null => (typeof meta[field] === "string" ? (meta[field] as string) : null);
  return { id, outlet: text("outlet"), title: text("title"), publishedAt: text("publishedAt") };
}

async function readGold(path: string): Promise<ExtractionResult> {
  const gold = parseJson(await readFile(path, "utf8"), path) as Partial<ExtractionResult> | null;
  if (!gold || !Array.isArray(gold.records)) {
    throw new Error(`${PACKAGE_NAME}: ${path} must hold an ExtractionResult with a "records" array`);
  }
  return {
    documentId: gold.documentId ?? null,
    publishedAt: gold.publishedAt ?? null,
    records: gold.records,
    statistics: Array.isArray(gold.statistics) ? gold.statistics : [],
    warnings: Array.isArray(gold.warnings) ? gold.warnings : [],
  };
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${PACKAGE_NAME}: ${path} is not valid JSON (${(error as Error).message})`);
  }
}

function readPackageName(manifest: string): unknown {
  try {
    return (JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown }).name;
  } catch {
    return undefined;
  }
}

// The CJS build has __dirname and no import.meta.url; the ESM build and the sources have the reverse.
function moduleDirectory(): string {
  return typeof __dirname === "string" ? __dirname : dirname(fileURLToPath(import.meta.url));
}
