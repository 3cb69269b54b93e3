// Runs an extractor over a fixture folder (<id>.txt, <id>.meta.json, <id>.gold.json) and scores it against the gold.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ExtractionResult } from "../contract.js";
import { breakdownErrors } from "./causes.js";
import { scoreDocumentPairs } from "./score.js";
import type { ErrorBreakdown, EvaluationReport, EvaluationScore, ExtractFunction, FixtureDocument, SetsEvaluation } from "./types.js";

const PACKAGE_NAME = "defection-extractor";

/**
 * The fixtures shipped with the package (`fixtures/articles`), found by walking up from this module to the package
 * root, so it works from the sources, the ESM build and the CJS build alike.
 */
export function bundledFixturesDirectory(): string {
  return join(packageRoot(), "fixtures", "articles");
}

/**
 * Every fixture set shipped with the package: each folder of `fixtures/` that holds gold files
 * (`articles`: the five source articles; `news`: the development corpus of real news), in name order.
 */
export function bundledFixtureSets(): string[] {
  const fixtures = join(packageRoot(), "fixtures");
  return readdirSync(fixtures)
    .map((name) => join(fixtures, name))
    .filter((path) => statSync(path).isDirectory() && readdirSync(path).some((file) => file.endsWith(".gold.json")))
    .sort();
}

function packageRoot(): string {
  let directory = moduleDirectory();
  for (;;) {
    const manifest = join(directory, "package.json");
    if (existsSync(manifest) && readPackageName(manifest) === PACKAGE_NAME) return directory;
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
  const { pairs, ...read } = await extractFolder(directory, extract);
  return { ...scored(pairs), ...read };
}

function scored(pairs: Pairs): EvaluationScore & { errors: ErrorBreakdown } {
  const score = scoreDocumentPairs(pairs);
  return { ...score, errors: breakdownErrors(score.details, pairs.map(([, predicted]) => predicted)) };
}

/**
 * Scores several fixture folders, each on its own and all together (the combined score pools every document, so a
 * large set weighs more than a small one).
 *
 * @example
 * const { sets, all } = await evaluateFolders(bundledFixtureSets(), extractDefections);
 * sets.map((set) => [set.name, set.records.f1]) // [["articles", 1], ["news", 0.86]]
 */
export async function evaluateFolders(directories: readonly string[], extract: ExtractFunction): Promise<SetsEvaluation> {
  const sets: SetsEvaluation["sets"] = [];
  const pooled: Pairs = [];
  for (const directory of directories) {
    const { pairs, ...read } = await extractFolder(directory, extract);
    pooled.push(...pairs);
    sets.push({ name: basename(read.directory), ...scored(pairs), ...read });
  }
  return { sets, all: scored(pooled) };
}

type Pairs = [ExtractionResult, ExtractionResult][];

/** A folder's documents extracted and paired with their gold, before scoring. */
interface ExtractedFolder extends Pick<EvaluationReport, "directory" | "fixtures" | "skipped" | "extractMs"> {
  pairs: Pairs;
}

async function extractFolder(directory: string, extract: ExtractFunction): Promise<ExtractedFolder> {
  const folder = resolve(directory);
  const ids = (await readdir(folder))
    .filter((file) => file.endsWith(".txt"))
    .map((file) => file.slice(0, -".txt".length))
    .sort();
  const fixtures: FixtureDocument[] = [];
  const skipped: EvaluationReport["skipped"] = [];
  const pairs: Pairs = [];
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
  return { directory: folder, fixtures, skipped, extractMs, pairs };
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
