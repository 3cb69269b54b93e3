// `npm run bench`: speed and memory of the built library (dist/index.js) on relevant and mixed news-sized corpora,
// against a bare compromise parse. Prints a markdown table and writes bench/results/latest.json.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import { parseArgs } from "node:util";
import { fileURLToPath, pathToFileURL } from "node:url";
import nlp from "compromise";
import {
  backgroundDocuments,
  corpusBytes,
  corpusSentences,
  loadFixtures,
  mixedCorpus,
  relevantCorpus,
  RELEVANT_EVERY,
} from "./corpora.mjs";

const HELP = `Usage: node bench/run.mjs [--runs N] [--figure-seconds S] [--stream-mb N] [--dist PATH]
  --runs N            timed runs per figure at most; the median is reported (default 3)
  --figure-seconds S  no further run of a figure once its runs took S seconds (default 25)
  --stream-mb N       megabytes streamed for the peak-memory figure (default 200)
  --dist PATH         the built entry to measure (default dist/index.js)`;

const { values: flags } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    "figure-seconds": { type: "string", default: "25" },
    "stream-mb": { type: "string", default: "200" },
    dist: { type: "string", default: fileURLToPath(new URL("../dist/index.js", import.meta.url)) },
    help: { type: "boolean", default: false },
  },
});
if (flags.help) {
  process.stdout.write(`${HELP}\n`);
  process.exit(0);
}

const RUNS = Math.max(1, Number(flags.runs));
// Keeps the whole bench near five minutes on two cores: slow figures get fewer runs, and say so.
const FIGURE_SECONDS = Number(flags["figure-seconds"]);
const STREAM_MB = Math.max(1, Number(flags["stream-mb"]));
// Without extractStream the fallback is one thread, so its stream is shortened to keep the bench within minutes.
const SINGLE_THREAD_STREAM_MB = Math.min(STREAM_MB, 40);
const RELEVANT_MIN_BYTES = 2_000_000;
// compromise parses ~10x slower than the extractor runs on mixed text: it is timed on evenly spread samples.
const COMPROMISE_RELEVANT_SAMPLE = 100;
const COMPROMISE_MIXED_SAMPLE = 150;
const LOAD_RUNS = 5;
const CORES = availableParallelism();

const distUrl = pathToFileURL(flags.dist).href;
const library = await import(distUrl);
const fixtures = loadFixtures(fileURLToPath(new URL("../fixtures/articles", import.meta.url)));
const relevant = relevantCorpus(fixtures, RELEVANT_MIN_BYTES);
const mixed = mixedCorpus(backgroundDocuments(corpusSentences()), fixtures);
const rows = [];
const results = {};

const extract = (document) =>
  library.extractDefections(document.text, { publishedAt: document.publishedAt, documentId: document.id });
const parse = (document) => nlp(document.text);

progress(`relevant corpus: ${relevant.length} documents, ${mb(corpusBytes(relevant))} MB; mixed: ${mixed.length} documents, ${mb(corpusBytes(mixed))} MB`);
for (const document of [...fixtures, ...mixed.slice(0, 20)]) {
  extract(document);
  parse(document);
}

const extractRelevant = timed("extractDefections, relevant, 1 thread", relevant, extract);
const parseRelevant = timed(
  `compromise nlp(), relevant (sample of ${COMPROMISE_RELEVANT_SAMPLE})`,
  relevant.slice(0, COMPROMISE_RELEVANT_SAMPLE),
  parse,
);
ratio("extractDefections / compromise, relevant (MB/s)", extractRelevant, parseRelevant);

let mixedResults = [];
const extractMixed = timed("extractDefections, mixed, 1 thread", mixed, (document) => extract(document), (outputs) => {
  mixedResults = outputs;
});
const parseMixed = timed(
  `compromise nlp(), mixed (sample of ${COMPROMISE_MIXED_SAMPLE})`,
  spread(mixed, COMPROMISE_MIXED_SAMPLE),
  parse,
);
ratio("speed-up on mixed vs compromise on everything", extractMixed, parseMixed);
recallInMixedRun();

if (typeof library.extractMany === "function") {
  for (const [label, corpus, single] of [
    ["relevant", relevant, extractRelevant],
    ["mixed", mixed, extractMixed],
  ]) {
    const figure = await timedAsync(`extractMany, ${label}, ${CORES} threads (pool start included)`, corpus, (documents) =>
      library.extractMany(
        documents.map(({ id, text, publishedAt }) => ({ id, text, publishedAt })),
        { jobs: CORES },
      ),
    );
    ratio(`extractMany ${CORES} threads / 1 thread, ${label}`, figure, single);
  }
} else {
  note("extractMany", "not exported by this build: all-cores figures skipped");
}

moduleLoadTime();
peakStreamingMemory();

const machine = {
  cpu: cpus()[0]?.model ?? "unknown",
  cores: CORES,
  memoryGB: Number((totalmem() / 1_073_741_824).toFixed(1)),
  node: process.version,
  loadAverageAtEnd: loadavg().map((load) => Number(load.toFixed(2))),
};
const report = {
  date: new Date().toISOString(),
  dist: flags.dist,
  runs: RUNS,
  figureSeconds: FIGURE_SECONDS,
  machine,
  corpora: {
    relevant: { documents: relevant.length, megabytes: Number(mb(corpusBytes(relevant))), fixtures: fixtures.length },
    mixed: {
      documents: mixed.length,
      megabytes: Number(mb(corpusBytes(mixed))),
      relevantEvery: RELEVANT_EVERY,
      background: "nlp-corpus sentences cut into 3-5 KB documents",
    },
  },
  results,
};
mkdirSync(new URL("./results/", import.meta.url), { recursive: true });
writeFileSync(new URL("./results/latest.json", import.meta.url), `${JSON.stringify(report, null, 2)}\n`);

process.stdout.write(
  [
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}, ` +
      `load average ${machine.loadAverageAtEnd.join(" ")}`,
    `Corpora: relevant ${relevant.length} documents (${fixtures.length} fixture articles replicated), ` +
      `${report.corpora.relevant.megabytes} MB; mixed ${mixed.length} documents, ${report.corpora.mixed.megabytes} MB ` +
      `(nlp-corpus text, 1 fixture article per ${RELEVANT_EVERY}). Median of up to ${RUNS} runs, ` +
      `fewer once a figure's runs took ${FIGURE_SECONDS} s.`,
    "",
    "| measure | documents | MB | seconds | docs/s | MB/s | note |",
    "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ...rows,
    "",
  ].join("\n"),
);

function timed(label, documents, run, keep) {
  const seconds = [];
  while (wantsAnotherRun(seconds)) {
    const outputs = [];
    const started = performance.now();
    for (const document of documents) outputs.push(run(document));
    seconds.push((performance.now() - started) / 1000);
    keep?.(outputs);
  }
  return figure(label, documents, seconds);
}

async function timedAsync(label, documents, run) {
  const seconds = [];
  while (wantsAnotherRun(seconds)) {
    const started = performance.now();
    await run(documents);
    seconds.push((performance.now() - started) / 1000);
  }
  return figure(label, documents, seconds);
}

function wantsAnotherRun(seconds) {
  const spent = seconds.reduce((total, value) => total + value, 0);
  return seconds.length === 0 || (seconds.length < RUNS && spent < FIGURE_SECONDS);
}

function figure(label, documents, seconds) {
  const bytes = corpusBytes(documents);
  const median = medianOf(seconds);
  const result = {
    documents: documents.length,
    megabytes: Number(mb(bytes)),
    seconds: round(median, 3),
    runs: seconds.map((value) => round(value, 3)),
    documentsPerSecond: round(documents.length / median, 1),
    megabytesPerSecond: round(bytes / 1_000_000 / median, 3),
  };
  results[label] = result;
  rows.push(
    `| ${label} | ${result.documents} | ${result.megabytes} | ${result.seconds} | ${result.documentsPerSecond} | ` +
      `${result.megabytesPerSecond} | median of ${seconds.length} run${seconds.length === 1 ? "" : "s"} |`,
  );
  progress(`${label}: ${result.megabytesPerSecond} MB/s`);
  return result;
}

function ratio(label, numerator, denominator) {
  const value = round(numerator.megabytesPerSecond / denominator.megabytesPerSecond, 2);
  results[label] = value;
  rows.push(`| ${label} | | | | | | ${value}x |`);
}

function note(label, text, value = text) {
  results[label] = value;
  rows.push(`| ${label} | | | | | | ${text} |`);
}

// Records of the fixture articles must not depend on what else is in the batch: compare with each article alone.
function recallInMixedRun() {
  const alone = new Map(fixtures.map((fixture) => [fixture.id, extract(fixture)]));
  const inMixed = mixed.flatMap((document, index) =>
    document.fixtureId ? [{ fixtureId: document.fixtureId, id: document.id, result: mixedResults[index] }] : [],
  );
  const identical = inMixed.every(
    ({ fixtureId, result }) => recordsKey(result) === recordsKey(alone.get(fixtureId)),
  );
  const recordsAlone = inMixed.reduce((total, { fixtureId }) => total + alone.get(fixtureId).records.length, 0);
  const recordsMixed = inMixed.reduce((total, { result }) => total + result.records.length, 0);
  const withGold = inMixed.filter(({ fixtureId }) => fixtures.find((fixture) => fixture.id === fixtureId).gold);
  if (typeof library.scoreExtraction === "function" && withGold.length > 0) {
    const goldFor = (fixtureId, id) => ({ ...fixtures.find((fixture) => fixture.id === fixtureId).gold, documentId: id });
    const gold = withGold.map(({ fixtureId, id }) => goldFor(fixtureId, id));
    const recallAlone = library.scoreExtraction(
      gold,
      withGold.map(({ fixtureId, id }) => ({ ...alone.get(fixtureId), documentId: id })),
    ).records.recall;
    const recallMixed = library.scoreExtraction(
      gold,
      withGold.map(({ id, result }) => ({ ...result, documentId: id })),
    ).records.recall;
    note(
      "gold record recall of fixture articles: mixed run vs alone",
      `${round(recallMixed, 3)} vs ${round(recallAlone, 3)} (${recallMixed === recallAlone ? "equal" : "DIFFERENT"})`,
      { mixed: recallMixed, alone: recallAlone },
    );
  }
  note(
    "fixture articles' records in the mixed run vs alone",
    `${recordsMixed} vs ${recordsAlone} over ${inMixed.length} articles (${identical ? "identical" : "DIFFERENT"})`,
    { mixed: recordsMixed, alone: recordsAlone, articles: inMixed.length, identical },
  );
}

function recordsKey(result) {
  return JSON.stringify(result.records.map(({ id, ...record }) => record));
}

function moduleLoadTime() {
  const script = "const t = performance.now(); await import(process.argv[1]); process.stdout.write(String(performance.now() - t));";
  const imports = [];
  const walls = [];
  for (let round = 0; round < LOAD_RUNS; round += 1) {
    const started = performance.now();
    imports.push(Number(execFileSync(process.execPath, ["--input-type=module", "-e", script, distUrl], { encoding: "utf8" })));
    walls.push(performance.now() - started);
  }
  const value = { importMs: round(medianOf(imports), 1), processWallMs: round(medianOf(walls), 1), runs: LOAD_RUNS };
  note(
    "module load (fresh node, import dist/index.js)",
    `${value.importMs} ms import, ${value.processWallMs} ms whole process (median of ${LOAD_RUNS})`,
    value,
  );
}

// Measured in a child so the figure is the streaming process alone, not this one's corpora and results.
function peakStreamingMemory() {
  const streaming = typeof library.extractStream === "function";
  const megabytes = streaming ? STREAM_MB : SINGLE_THREAD_STREAM_MB;
  progress(`peak memory: streaming ${megabytes} MB ${streaming ? `through extractStream, ${CORES} threads` : "single-threaded"}`);
  const child = spawnSync(
    process.execPath,
    [fileURLToPath(new URL("./stream-rss.mjs", import.meta.url)), distUrl, String(megabytes), String(CORES)],
    { encoding: "utf8", maxBuffer: 1_048_576 },
  );
  if (child.status !== 0) {
    note("peak RSS while streaming", `child failed: ${child.stderr.trim().split("\n").at(-1)}`);
    return;
  }
  const measured = JSON.parse(child.stdout.trim().split("\n").at(-1));
  note(
    "peak RSS while streaming",
    `${round(measured.maxRssMB, 0)} MB max RSS (${round(measured.baselineRssMB, 0)} MB before streaming) ` +
      `over ${round(measured.megabytes, 0)} MB / ${measured.documents} documents in ${round(measured.seconds, 1)} s ` +
      `via ${measured.mode}${streaming ? `, ${measured.jobs} threads` : " (extractStream not exported: shorter stream)"}`,
    measured,
  );
}

function spread(documents, count) {
  const step = Math.max(1, Math.floor(documents.length / count));
  return documents.filter((_, index) => index % step === 0).slice(0, count);
}

function medianOf(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function round(value, digits) {
  return Number(value.toFixed(digits));
}

function mb(bytes) {
  return (bytes / 1_000_000).toFixed(2);
}

function progress(message) {
  process.stderr.write(`bench: ${message}\n`);
}
