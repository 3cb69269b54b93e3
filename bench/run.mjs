// `npm run bench`: speed, memory, load time and bundle size of a built library (a dist folder) against a bare
// compromise parse and a one-regex pass measured in the same run, with hostile inputs under a time cap.
// Prints markdown tables (targets that miss are marked) and writes bench/results/latest.json.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath, pathToFileURL } from "node:url";
import nlp from "compromise";
import { browserBundleSize } from "./bundle.mjs";
import { threadCeiling } from "./ceiling.mjs";
import { corpusBytes, everyNth, HOSTILE_CASES, loadFixtures, loadNewsLines, relevantCorpus } from "./corpora.mjs";
import { medianOf, perPassPairs, referencePass, secondsPerPass, timePairs, timeRuns } from "./measure.mjs";
import { profileOf, summariseProfile } from "./profile.mjs";
import { against, formatNumber, formatRatio, markdownTable, verdictCell } from "./table.mjs";

const SECTIONS = ["relevant", "news", "general", "workers", "stream", "load", "bundle", "hostile"];
const HELP = `Usage: npm run bench -- [options]   (or: node bench/run.mjs [options] after a build)
  --dist DIR          the built dist folder to measure (default: this repository's dist)
  --quick             development run: smaller corpora, one run per figure, shorter stream and hostile inputs
  --profile           also take a CPU profile of the relevant run and summarise it by function and by package
  --only LIST         comma-separated sections to run: ${SECTIONS.join(", ")}
  --runs N            timed runs per figure, the median is reported (default 3, quick 1)
  --cap-seconds S     time cap of one hostile input; a case over it reads "over S s" (default: 1.5 times the
                      time its bound allows at the measured speed of relevant news, plus start-up, at most 90 s)
  --stream-mb N       megabytes streamed for the memory figure (default 1000, quick 100; the stream stops after
                      300 s, quick 60 s, and says how far it got)
  --out FILE          where the JSON results go (default bench/results/latest.json)`;

const { values: flags } = parseArgs({
  options: {
    dist: { type: "string", default: fileURLToPath(new URL("../dist", import.meta.url)) },
    quick: { type: "boolean", default: false },
    profile: { type: "boolean", default: false },
    only: { type: "string", default: SECTIONS.join(",") },
    runs: { type: "string" },
    "cap-seconds": { type: "string" },
    "stream-mb": { type: "string" },
    out: { type: "string", default: fileURLToPath(new URL("./results/latest.json", import.meta.url)) },
    help: { type: "boolean", default: false },
  },
});
if (flags.help) {
  process.stdout.write(`${HELP}\n`);
  process.exit(0);
}

const QUICK = flags.quick;
const RUNS = Math.max(1, Number(flags.runs ?? (QUICK ? 1 : 3)));
// A figure stops taking runs once its runs took this long: the slow baselines get fewer runs, never a hang. A
// ratio's two sides are timed in alternation, so load that comes and goes falls on both.
const FIGURE_BUDGET_SECONDS = QUICK ? 10 : 60;
const CAP_SECONDS = flags["cap-seconds"] === undefined ? null : Number(flags["cap-seconds"]);
// A hostile run over 1.5 times the time its bound allows has missed it anyway; the rest is the child's start-up.
const CAP_OVER_BOUND = 1.5;
const CAP_START_UP_SECONDS = 5;
// Whatever the measured speed, no hostile run waits longer than this.
const CAP_MAX_SECONDS = QUICK ? 30 : 90;
const STREAM_MB = Math.max(1, Number(flags["stream-mb"] ?? (QUICK ? 100 : 1000)));
const STREAM_POINTS = 10;
// The stream stops reading after this long and reports how far it got: the bench finishes even on a slow build.
const STREAM_BUDGET_SECONDS = QUICK ? 60 : 300;
// The first fifth of the stream is warm-up (pool start, compiled matchers, heap growth); RSS after it must stay flat.
const STREAM_WARM_UP_SHARE = 0.2;
const RELEVANT_BYTES = QUICK ? 100_000 : 400_000;
const HOSTILE_SIZES = QUICK ? [100_000, 400_000] : [1_000_000, 4_000_000];
// In a quick run compromise parses a sample of the real news: its figure is per byte, so the ratio still holds.
const NEWS_PARSE_SAMPLE_STEP = QUICK ? 4 : 1;
const FAST_PASS = { samples: QUICK ? 3 : 7, minSeconds: QUICK ? 0.1 : 0.3 };
const LOAD_RUNS = QUICK ? 3 : 7;
const WORKERS = 2;
// Files and packages under this share of the profile are left out of its table (they stay in the JSON).
const PROFILE_MIN_PERCENT = 0.2;
// Fixture articles each thread runs before the clock starts. Measured: a new thread's first 150 articles take twice
// as long as later ones (code still being compiled), its next 150 some 10% longer.
const WARM_UP_DOCUMENTS_PER_THREAD = 300;
// Passes of the relevant corpus each bare thread of the machine-ceiling figure runs before its timed one.
const WARM_UP_PASSES = 2;
const TARGETS = {
  relevantToParse: { atMost: 0.3 },
  newsToParse: { atMost: 0.01 },
  falsePositiveRecords: { atMost: 0 },
  generalMegabytesPerSecond: { atLeast: 200 },
  generalToRegex: { atMost: 2 },
  workersSpeedUp: { atLeast: 1.7 },
  streamPeakRssMB: { atMost: 250 },
  streamGrowthAfterWarmUp: { atMost: 1.15 },
  hostilePerMegabyteToRelevant: { atMost: 3 },
  // The two hostile sizes are 4x apart: linear time would be 4x.
  hostileGrowth: { atMost: 4.5 },
};

const only = new Set(flags.only.split(",").map((name) => name.trim()));
for (const name of only) if (!SECTIONS.includes(name)) fail(`no section named "${name}"; sections: ${SECTIONS.join(", ")}`);
const distFolder = resolve(flags.dist);
const distEntry = join(distFolder, "index.js");
const distUrl = pathToFileURL(distEntry).href;
const packageRoot = dirname(distFolder);
const library = await import(distUrl);
const fixtures = loadFixtures();
const news = loadNewsLines();
const general = news.filter((line) => line.defection === null);
const relevant = relevantCorpus(fixtures, RELEVANT_BYTES);
const loadAtStart = loadAverage();
const figures = {};
const mainRows = [];
const extraTables = [];

const extract = (document) =>
  library.extractDefections(document.text, { publishedAt: document.publishedAt, documentId: document.id });
const extractAll = (documents) => documents.map(extract);
const parseAll = (documents) => {
  for (const document of documents) nlp(document.text);
};

progress(`measuring ${distFolder} (${commitOf(packageRoot)}), ${QUICK ? "quick" : "full"} run, load average ${loadAtStart.join(" ")}`);
for (const document of [...fixtures, ...everyNth(news, 20)]) {
  extract(document);
  nlp(document.text);
}

// The one-minute load average after each section: how much the machine's other work may have moved the figures.
const loadBySection = {};
const section = async (name, measure) => {
  const value = await measure();
  loadBySection[name] = loadAverage()[0];
  return value;
};
const relevantFigure = await section("relevant", measureRelevant);
if (only.has("news")) await section("news", measureNews);
if (only.has("general")) await section("general", measureGeneral);
if (only.has("workers")) await section("workers", measureWorkers);
if (only.has("stream")) await section("stream", measureStream);
if (only.has("load")) await section("load", measureLoad);
if (only.has("bundle")) await section("bundle", measureBundle);
if (only.has("hostile")) await section("hostile", () => measureHostile(relevantFigure.secondsPerMB));
if (flags.profile) await section("profile", measureProfile);

const loadAtEnd = loadAverage();
const machine = {
  cpu: cpus()[0]?.model ?? "unknown",
  cores: availableParallelism(),
  memoryGB: Number((totalmem() / 1_073_741_824).toFixed(1)),
  node: process.version,
  loadAverageAtStart: loadAtStart,
  loadAverageAtEnd: loadAtEnd,
  loadAverageBySection: loadBySection,
};
const missed = mainRows.filter((row) => row.verdict && !row.verdict.met).map((row) => row.figure);
const report = {
  date: new Date().toISOString(),
  dist: distFolder,
  commit: commitOf(packageRoot),
  mode: QUICK ? "quick" : "full",
  runs: RUNS,
  machine,
  figures,
  missedTargets: missed,
};
mkdirSync(dirname(resolve(flags.out)), { recursive: true });
writeFileSync(resolve(flags.out), `${JSON.stringify(report, null, 2)}\n`);

process.stdout.write(
  [
    `Measured: ${distFolder} (${report.commit}), ${report.mode} run, median of up to ${RUNS} run${RUNS === 1 ? "" : "s"} per figure`,
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}; ` +
      `load average ${loadAtStart.join(" ")} at start, ${loadAtEnd.join(" ")} at end; one-minute load after each section: ` +
      Object.entries(loadBySection).map(([name, load]) => `${name} ${load}`).join(", "),
    "",
    markdownTable(
      [
        { title: "figure", align: "left" },
        { title: "measured", align: "left" },
        { title: "ratio", align: "right" },
        { title: "target", align: "left" },
        { title: "", align: "left" },
      ],
      mainRows.map((row) => [row.figure, row.measured, row.ratio ?? "", row.verdict?.target ?? "", verdictCell(row.verdict)]),
    ),
    ...extraTables.flatMap((table) => ["", table]),
    "",
    missed.length === 0 ? "Every target holds." : `Targets missed (${missed.length}): ${missed.join("; ")}.`,
    `Results: ${resolve(flags.out)}`,
    "",
  ].join("\n"),
);

async function measureRelevant() {
  const bytes = corpusBytes(relevant);
  const paired = only.has("relevant") ? await timePairs(() => extractAll(relevant), () => parseAll(relevant), budget()) : null;
  const extracted = paired?.first ?? (await timeRuns(() => extractAll(relevant), budget()));
  const parsed = paired?.second ?? null;
  const regexSeconds = secondsPerPass(() => referencePass(relevant), FAST_PASS);
  const figure = {
    documents: relevant.length,
    megabytes: bytes / 1e6,
    extractSeconds: extracted.median,
    extractRuns: extracted.seconds,
    extractMegabytesPerSecond: bytes / 1e6 / extracted.median,
    secondsPerMB: extracted.median / (bytes / 1e6),
    parseSeconds: parsed?.median ?? null,
    regexSeconds,
  };
  figures.relevant = figure;
  progress(`relevant: ${formatNumber(figure.extractMegabytesPerSecond)} MB/s`);
  if (!only.has("relevant")) return figure;
  figure.toParse = paired.ratio;
  figure.toRegex = extracted.median / regexSeconds;
  const corpus = `${relevant.length} docs, ${formatNumber(bytes / 1e6)} MB`;
  row("relevant: extractDefections", `${rate(bytes, extracted.median)} (${corpus}, ${seconds(extracted.median)})`);
  row("relevant: compromise nlp()", `${rate(bytes, parsed.median)} (${seconds(parsed.median)})`);
  row("relevant: one regex pass", `${rate(bytes, regexSeconds)} (${seconds(regexSeconds)})`);
  row("relevant: extractor time / compromise parse", "", figure.toParse, against(figure.toParse, TARGETS.relevantToParse, "x"));
  row("relevant: extractor time / regex pass", "", figure.toRegex);
  return figure;
}

async function measureNews() {
  const bytes = corpusBytes(news);
  const sample = everyNth(news, NEWS_PARSE_SAMPLE_STEP);
  const sampleBytes = corpusBytes(sample);
  const paired = await timePairs(() => extractAll(news), () => parseAll(sample), { ...budget(), bytes: [bytes, sampleBytes] });
  const extracted = paired.first;
  const parsed = paired.second;
  const extractRate = bytes / extracted.median;
  const parseRate = sampleBytes / parsed.median;
  const recordsOn = (labels) => {
    const lines = news.flatMap((line, index) => (labels.includes(line.defection) ? [extracted.value[index].records.length] : []));
    return { lines: lines.length, linesWithRecords: lines.filter((count) => count > 0).length, records: lines.reduce((a, b) => a + b, 0) };
  };
  const falsePositives = recordsOn([false, null]);
  const onTrue = recordsOn([true]);
  const figure = {
    documents: news.length,
    megabytes: bytes / 1e6,
    extractSeconds: extracted.median,
    extractRuns: extracted.seconds,
    extractMegabytesPerSecond: extractRate / 1e6,
    parseMegabytesPerSecond: parseRate / 1e6,
    parseSampleDocuments: sample.length,
    toParse: paired.ratio,
    recordsOnFalseOrNullLines: falsePositives,
    recordsOnTrueLines: onTrue,
  };
  figures.news = figure;
  progress(`real news: ${formatNumber(figure.extractMegabytesPerSecond)} MB/s`);
  const sampled = sample.length === news.length ? "" : `, on ${sample.length} of the ${news.length} texts`;
  row("real news: extractDefections", `${rate(bytes, extracted.median)} (${news.length} texts, ${formatNumber(bytes / 1e6)} MB, ${seconds(extracted.median)})`);
  row("real news: compromise nlp()", `${rate(sampleBytes, parsed.median)} (${seconds(parsed.median)}${sampled})`);
  row("real news: extractor time / compromise parse", "", figure.toParse, against(figure.toParse, TARGETS.newsToParse, "x"));
  row(
    "real news: records on lines marked false or null",
    `${count(falsePositives.records, "record")} on ${falsePositives.linesWithRecords} of ${falsePositives.lines} lines`,
    undefined,
    against(falsePositives.records, TARGETS.falsePositiveRecords),
  );
  row("real news: records on lines marked true", `${count(onTrue.records, "record")} on ${onTrue.linesWithRecords} of ${onTrue.lines} lines`);
}

function measureGeneral() {
  const bytes = corpusBytes(general);
  const paired = perPassPairs(() => extractAll(general), () => referencePass(general), FAST_PASS);
  const extractSeconds = paired.first;
  const regexSeconds = paired.second;
  const figure = {
    documents: general.length,
    megabytes: bytes / 1e6,
    extractSeconds,
    regexSeconds,
    extractMegabytesPerSecond: bytes / 1e6 / extractSeconds,
    regexMegabytesPerSecond: bytes / 1e6 / regexSeconds,
    toRegex: paired.ratio,
  };
  figures.general = figure;
  progress(`general news: ${formatNumber(figure.extractMegabytesPerSecond)} MB/s`);
  row(
    "general news: extractDefections",
    `${rate(bytes, extractSeconds)} (${general.length} texts, ${formatNumber(bytes / 1e6)} MB, ${seconds(extractSeconds)} a pass)`,
    undefined,
    against(figure.extractMegabytesPerSecond, TARGETS.generalMegabytesPerSecond, " MB/s"),
  );
  row("general news: one regex pass", `${rate(bytes, regexSeconds)} (${seconds(regexSeconds)} a pass)`);
  row("general news: extractor time / regex pass", "", figure.toRegex, against(figure.toRegex, TARGETS.generalToRegex, "x"));
}

async function measureWorkers() {
  if (typeof library.extractStream !== "function") {
    row("2 workers vs 1", "not measured: this build exports no extractStream");
    return;
  }
  const bytes = corpusBytes(relevant);
  const single = await streamRun(1);
  const pooled = await streamRun(WORKERS);
  const ceiling = await threadCeiling(distUrl, relevant, WORKERS, WARM_UP_PASSES);
  const singleSeconds = medianOf(single.passSeconds);
  const pooledSeconds = medianOf(pooled.passSeconds);
  const figure = {
    documents: relevant.length,
    megabytes: bytes / 1e6,
    oneThreadSeconds: singleSeconds,
    twoWorkersSeconds: pooledSeconds,
    poolStartUpSeconds: pooled.startUpSeconds,
    passes: pooled.passSeconds.length,
    speedUp: singleSeconds / pooledSeconds,
    bareThreadsSpeedUp: ceiling.speedUp,
    // Work per second of the pool against that of the bare threads running at once.
    toBareThreads: (bytes / pooledSeconds) / ((bytes * WORKERS) / ceiling.parallelSeconds),
  };
  figures.workers = figure;
  progress(`2 workers vs 1: ${formatRatio(figure.speedUp)} (bare threads: ${formatRatio(ceiling.speedUp)})`);
  row(`pool start-up, ${WORKERS} workers (to the first outcome)`, seconds(pooled.startUpSeconds));
  row("relevant: extractStream, 1 thread (warm)", `${rate(bytes, singleSeconds)} (${seconds(singleSeconds)})`);
  row(`relevant: extractStream, ${WORKERS} workers (warm)`, `${rate(bytes, pooledSeconds)} (${seconds(pooledSeconds)})`);
  row(`${WORKERS} workers vs 1 (throughput)`, "", figure.speedUp, against(figure.speedUp, TARGETS.workersSpeedUp, "x"));
  row(
    `machine ceiling: ${WORKERS} bare threads vs 1 (extractDefections in each, no pool)`,
    `${rate(bytes * WORKERS, ceiling.parallelSeconds)} vs ${rate(bytes, ceiling.oneSeconds)}`,
    ceiling.speedUp,
  );
  row(`${WORKERS} workers' throughput as a share of ${WORKERS} bare threads'`, "", figure.toBareThreads);
}

/**
 * One pool for the whole figure: warm-up documents until compiled code is in place, then the relevant corpus
 * `RUNS` times, each pass released once the previous one's outcomes are back. Start-up is the time to the first
 * outcome; each pass is timed from its release to its last outcome.
 */
async function streamRun(jobs) {
  const warmUp = Array.from({ length: WARM_UP_DOCUMENTS_PER_THREAD * jobs }, (_, index) => {
    const { text, publishedAt } = fixtures[index % fixtures.length];
    return { id: `warm-up-${index}`, text, publishedAt };
  });
  const gates = [];
  const passes = Array.from({ length: RUNS }, () => {
    let open;
    gates.push(new Promise((resolvePromise) => (open = resolvePromise)));
    return open;
  });
  async function* documents() {
    yield* warmUp;
    for (const gate of gates) {
      await gate;
      yield* relevant;
    }
  }
  const started = performance.now();
  let firstOutcome = 0;
  let count = 0;
  const marks = [];
  const release = () => {
    marks.push(performance.now());
    passes[marks.length - 1]?.();
  };
  for await (const outcome of library.extractStream(documents(), { jobs })) {
    if (!outcome.result) fail(`a document of the workers run failed: ${JSON.stringify(outcome.error)}`);
    count += 1;
    if (count === 1) firstOutcome = performance.now();
    if (count >= warmUp.length && (count - warmUp.length) % relevant.length === 0) release();
  }
  return {
    startUpSeconds: (firstOutcome - started) / 1000,
    passSeconds: marks.slice(1).map((mark, index) => (mark - marks[index]) / 1000),
  };
}

// In a child, so the figure is the streaming process alone, not this one's corpora.
function measureStream() {
  if (typeof library.extractStream !== "function") {
    row("extractStream: peak RSS", "not measured: this build exports no extractStream");
    return;
  }
  progress(`stream: ${STREAM_MB} MB through extractStream with ${availableParallelism()} threads`);
  const child = spawnSync(
    process.execPath,
    [fileURLToPath(new URL("./stream-rss.mjs", import.meta.url)), distUrl, String(STREAM_MB), String(availableParallelism()), String(STREAM_POINTS), String(STREAM_BUDGET_SECONDS)],
    { encoding: "utf8", maxBuffer: 1_048_576 },
  );
  if (child.status !== 0) {
    row("extractStream: peak RSS", `child failed: ${lastLine(child.stderr)}`);
    return;
  }
  const measured = JSON.parse(lastLine(child.stdout));
  const warmUpEnd = measured.points.findLastIndex((point) => point.megabytesRead <= STREAM_WARM_UP_SHARE * measured.megabytes);
  const warmedUp = measured.points[warmUpEnd];
  const afterWarmUp = warmUpEnd < 0 ? [] : measured.points.slice(warmUpEnd + 1);
  const growth = afterWarmUp.length > 0 ? Math.max(...afterWarmUp.map((point) => point.rssMB)) / warmedUp.rssMB : null;
  figures.stream = { ...measured, growthAfterWarmUp: growth };
  const streamed = measured.stoppedEarly
    ? `${formatNumber(measured.megabytes, 0)} of ${STREAM_MB} MB (stopped after ${STREAM_BUDGET_SECONDS} s)`
    : `${formatNumber(measured.megabytes, 0)} MB`;
  row(
    `extractStream ${streamed}: peak RSS`,
    `${formatNumber(measured.maxRssMB)} MB (${formatNumber(measured.baselineRssMB)} MB before streaming; ` +
      `${measured.documents} docs, ${formatNumber(measured.megabytes / measured.seconds)} MB/s, ${measured.jobs} threads, ` +
      `${measured.errors} errors)`,
    undefined,
    against(measured.maxRssMB, TARGETS.streamPeakRssMB, " MB"),
  );
  row(
    `extractStream: RSS growth after the first ${100 * STREAM_WARM_UP_SHARE}% of the stream`,
    warmedUp ? `highest later point / RSS at ${formatNumber(warmedUp.megabytesRead, 0)} MB read` : "too few points read",
    growth,
    against(growth, TARGETS.streamGrowthAfterWarmUp, "x"),
  );
  extraTables.push(
    markdownTable(
      [
        { title: "MB read", align: "right" },
        { title: "seconds", align: "right" },
        { title: "RSS MB", align: "right" },
      ],
      measured.points.map((point) => [formatNumber(point.megabytesRead, 0), formatNumber(point.seconds), formatNumber(point.rssMB, 0)]),
    ),
  );
}

function measureLoad() {
  const script = "const t = performance.now(); await import(process.argv[1]); process.stdout.write(String(performance.now() - t));";
  const imports = [];
  const walls = [];
  for (let run = 0; run < LOAD_RUNS; run += 1) {
    const started = performance.now();
    imports.push(Number(execFileSync(process.execPath, ["--input-type=module", "-e", script, distUrl], { encoding: "utf8" })));
    walls.push(performance.now() - started);
  }
  figures.load = { importMs: medianOf(imports), processWallMs: medianOf(walls), runs: LOAD_RUNS };
  row(
    "module load (fresh node, import dist/index.js)",
    `${formatNumber(figures.load.importMs)} ms import, ${formatNumber(figures.load.processWallMs)} ms whole process (median of ${LOAD_RUNS})`,
  );
}

async function measureBundle() {
  const { name } = JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8"));
  const size = await browserBundleSize(packageRoot, name);
  figures.bundle = size;
  row(
    "browser bundle (esbuild --platform=browser, minified, gzipped)",
    size.error ? `not buildable: ${size.error}` : `${kilobytes(size.gzippedBytes)} gzipped (${kilobytes(size.minifiedBytes)} minified)`,
  );
}

function measureHostile(relevantSecondsPerMB) {
  const [small, large] = HOSTILE_SIZES;
  const capFor = (bytes) =>
    CAP_SECONDS ??
    Math.min(
      CAP_MAX_SECONDS,
      Math.ceil(CAP_OVER_BOUND * TARGETS.hostilePerMegabyteToRelevant.atMost * relevantSecondsPerMB * (bytes / 1e6) + CAP_START_UP_SECONDS),
    );
  const caps = [capFor(small), capFor(large)];
  const label = (bytes) => `${formatNumber(bytes / 1e6)} MB`;
  const results = [];
  for (const hostile of HOSTILE_CASES) {
    const smallRun = hostileRun(hostile.name, small, caps[0]);
    // Only when the larger input could finish in its cap at the smaller one's speed: otherwise it would only wait.
    const linearLarge = smallRun.seconds === null ? null : smallRun.seconds * (large / smallRun.bytes);
    const largeRun =
      linearLarge === null
        ? { seconds: null, failure: `not run: ${label(small)} over its cap` }
        : linearLarge <= caps[1]
          ? hostileRun(hostile.name, large, caps[1])
          : { seconds: null, failure: `not run: at the ${label(small)} speed, over ${caps[1]} s` };
    const perMB = (run) => (run.seconds === null ? null : run.seconds / (run.bytes / 1e6));
    const toRelevant = [perMB(smallRun), perMB(largeRun)].map((value) => (value === null ? null : value / relevantSecondsPerMB));
    const growth = largeRun.seconds === null ? null : largeRun.seconds / smallRun.seconds;
    const worst = toRelevant.includes(null) ? null : Math.max(...toRelevant);
    const met =
      against(worst, TARGETS.hostilePerMegabyteToRelevant).met && against(growth, TARGETS.hostileGrowth).met;
    results.push({ ...hostile, small: smallRun, large: largeRun, toRelevant, growth, met });
  }
  figures.hostile = { sizes: HOSTILE_SIZES, capSeconds: caps, relevantSecondsPerMB, cases: results };
  const cell = (run) => {
    if (run.seconds === null) return run.failure;
    return `${formatNumber(run.seconds / (run.bytes / 1e6))} s/MB (${formatNumber(run.seconds)} s, ${run.records} rec, ${formatNumber(run.maxRssMB, 0)} MB RSS)`;
  };
  extraTables.push(
    [
      `Hostile inputs: one extractDefections call each, in a child process capped at ${caps[0]} s (${label(small)}) and ` +
        `${caps[1]} s (${label(large)}); bounds: s/MB within ` +
        `${TARGETS.hostilePerMegabyteToRelevant.atMost}x of relevant news at both sizes, time at ${label(large)} within ` +
        `${formatNumber(TARGETS.hostileGrowth.atMost)}x of time at ${label(small)}.`,
      "",
      markdownTable(
        [
          { title: "input", align: "left" },
          { title: label(small), align: "left" },
          { title: label(large), align: "left" },
          { title: `${label(large)} / ${label(small)} time`, align: "right" },
          { title: "s/MB vs relevant (worse size)", align: "right" },
          { title: "", align: "left" },
        ],
        [
          ["normal relevant news (the relevant corpus above)", `${formatNumber(relevantSecondsPerMB)} s/MB`],
          ...results.map((result) => [
            result.description,
            cell(result.small),
            cell(result.large),
            formatRatio(result.growth),
            formatRatio(result.toRelevant.includes(null) ? null : Math.max(...result.toRelevant)),
            result.met ? "ok" : "**MISS**",
          ]),
        ],
      ),
    ].join("\n"),
  );
  const missing = results.filter((result) => !result.met).length;
  row(
    "hostile inputs within their bounds",
    `${results.length - missing} of ${results.length} (table below)`,
    undefined,
    { target: "all", met: missing === 0 },
  );
}

function hostileRun(caseName, bytes, capSeconds) {
  progress(`hostile: ${caseName} at ${formatNumber(bytes / 1e6)} MB (cap ${capSeconds} s)`);
  const child = spawnSync(
    process.execPath,
    [fileURLToPath(new URL("./hostile-case.mjs", import.meta.url)), distUrl, caseName, String(bytes)],
    { encoding: "utf8", timeout: capSeconds * 1000, killSignal: "SIGKILL", maxBuffer: 1_048_576 },
  );
  if (child.error?.code === "ETIMEDOUT" || child.signal === "SIGKILL") return { seconds: null, failure: `over ${capSeconds} s` };
  if (child.status !== 0) return { seconds: null, failure: `failed: ${lastLine(child.stderr)}` };
  return JSON.parse(lastLine(child.stdout));
}

async function measureProfile() {
  progress("profile: relevant corpus, one pass");
  const profile = await profileOf(() => extractAll(relevant));
  const profilePath = join(dirname(resolve(flags.out)), "relevant.cpuprofile");
  mkdirSync(dirname(profilePath), { recursive: true });
  writeFileSync(profilePath, JSON.stringify(profile));
  const summary = summariseProfile(profile, { top: 20 });
  figures.profile = { file: profilePath, ...summary };
  extraTables.push(
    [
      `CPU profile of the relevant run (${formatNumber(summary.totalMs / 1000)} s, ${summary.samples} samples; ${profilePath}): top functions by self time`,
      "",
      markdownTable(
        [
          { title: "function", align: "left" },
          { title: "owner: line in the bundle", align: "left" },
          { title: "self ms", align: "right" },
          { title: "self %", align: "right" },
        ],
        summary.functions.map((entry) => [
          entry.name,
          entry.owner === entry.name ? "V8" : entry.line === null ? `${entry.owner} (its caller)` : `${entry.owner}:${entry.line}`,
          formatNumber(entry.selfMs),
          formatNumber(entry.percent, 1),
        ]),
      ),
      "",
      `Self time by package (the project's own code by source file; regexes and builtins count for their caller): ` +
        familyShares(summary.owners),
      "",
      markdownTable(
        [
          { title: "package or file", align: "left" },
          { title: "self ms", align: "right" },
          { title: "self %", align: "right" },
        ],
        summary.owners
          .filter((entry) => entry.percent >= PROFILE_MIN_PERCENT)
          .map((entry) => [entry.owner, formatNumber(entry.selfMs), formatNumber(entry.percent, 1)]),
      ),
    ].join("\n"),
  );
}

/** "compromise 42%, chrono-node 2%, own code 45%, ...": the owners added up by family. */
function familyShares(owners) {
  const families = new Map();
  for (const { owner, percent } of owners) {
    const family = owner.startsWith("src/") ? "own code" : owner;
    families.set(family, (families.get(family) ?? 0) + percent);
  }
  return [...families.entries()]
    .sort((a, b) => b[1] - a[1])
    .filter(([, percent]) => percent >= 1)
    .map(([family, percent]) => `${family} ${formatNumber(percent, 1)}%`)
    .join(", ");
}

function row(figure, measured, ratio, verdict) {
  mainRows.push({ figure, measured, ratio: ratio === undefined ? undefined : formatRatio(ratio), verdict });
}

function budget() {
  return { runs: RUNS, budgetSeconds: FIGURE_BUDGET_SECONDS };
}

function rate(bytes, secondsTaken) {
  return `${formatNumber(bytes / 1e6 / secondsTaken)} MB/s`;
}

function seconds(value) {
  return value < 1 ? `${formatNumber(value * 1000)} ms` : `${formatNumber(value)} s`;
}

function count(value, noun) {
  return `${value} ${noun}${value === 1 ? "" : "s"}`;
}

function kilobytes(bytes) {
  return `${formatNumber(bytes / 1024)} KiB`;
}

function commitOf(folder) {
  try {
    return execFileSync("git", ["-C", folder, "rev-parse", "--short", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "no git commit";
  }
}

function loadAverage() {
  return loadavg().map((load) => Number(load.toFixed(2)));
}

function lastLine(text) {
  return text.trim().split("\n").at(-1) ?? "";
}

function progress(message) {
  process.stderr.write(`bench: ${message}\n`);
}

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}
