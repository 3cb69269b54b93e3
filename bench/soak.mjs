// `npm run soak`: a long NDJSON stream with bad lines of every kind through the built command (dist/cli.js, all
// cores): every line must come back once, in order, with the error code its kind calls for, in bounded memory.
// Prints lines in and out, errors by code, documents/s and the peak RSS of the command's process tree.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { backgroundDocuments, corpusSentences, loadFixtures } from "./corpora.mjs";

const HELP = `Usage: node bench/soak.mjs [--lines N] [--huge-mb M] [--jobs N] [--json]
  --lines N    NDJSON lines to stream (default 100000): 1% defection articles, 5% bad lines, the rest other news
  --huge-mb M  size of the one over-long line, above the 32 MiB limit (default 40; 0 for none)
  --jobs N     the command's --jobs (default: all cores)
  --json       print the summary as one JSON object`;

const { values: flags } = parseArgs({
  options: {
    lines: { type: "string", default: "100000" },
    "huge-mb": { type: "string", default: "40" },
    jobs: { type: "string", default: String(availableParallelism()) },
    json: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (flags.help) {
  process.stdout.write(`${HELP}\n`);
  process.exit(0);
}

const LINES = Math.max(1, Number(flags.lines));
const HUGE_BYTES = Math.round(Number(flags["huge-mb"]) * 1_000_000);
const RELEVANT_EVERY = 100;
const BAD_EVERY = 20;
const RSS_SAMPLE_MS = 50;
const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

/** Defection articles: the bundled fixtures and the development news that has records, with their dates. */
function relevantArticles() {
  const folders = ["../fixtures/articles", "../fixtures/news"].map((folder) => fileURLToPath(new URL(folder, import.meta.url)));
  return folders
    .flatMap((folder) => loadFixtures(folder))
    .filter((article) => article.gold === null || article.gold.records.length > 0)
    .map(({ id, text, publishedAt }) => ({ id, text, publishedAt }));
}

/** Every kind of bad or hostile line, each with what the command must answer it with: an error code, or a result. */
const HOSTILE_LINES = [
  ["invalid_json", () => Buffer.from('{"id":"cut-off","text":"A soldier crossed the')],
  ["invalid_json", () => Buffer.from("{id: 'single quotes'}")],
  ["invalid_json", () => Buffer.from('{"id":"nul","text":"raw \u0000 byte"}')],
  ["invalid_json", () => Buffer.from([0x00, 0x00, 0x7b, 0x00])],
  ["result", () => Buffer.from('{"id":"escaped-nul","text":"A North Korean diplomat\\u0000 defected to Seoul.\\u0000"}')],
  ["invalid_text", () => Buffer.from('{"id":"number","text":42}')],
  ["invalid_text", () => Buffer.from('{"id":"array","text":["A diplomat defected."]}')],
  ["missing_text", () => Buffer.from('{"id":"no-text","publishedAt":"2016-10-12"}')],
  ["invalid_id", () => Buffer.from('{"id":{"source":"kcna"},"text":"A soldier defected."}')],
  ["invalid_published_at", () => Buffer.from('{"id":"date","text":"A diplomat defected last year.","publishedAt":20161012}')],
  ["invalid_published_at", () => Buffer.from('{"id":"late","text":"A diplomat defected last year.","publishedAt":"2016-10-12T99:99:99"}')],
  ["invalid_document", () => Buffer.from('"just a string"')],
  ["invalid_document", () => Buffer.from("null")],
  ["invalid_document", () => Buffer.from(`${"[".repeat(50_000)}${"]".repeat(50_000)}`)],
  ["missing_text", () => Buffer.from(`${'{"a":'.repeat(20_000)}1${"}".repeat(20_000)}`)],
  ["empty_line", () => Buffer.from("")],
  ["empty_line", () => Buffer.from("  \t \r")],
  ["invalid_utf8", () => Buffer.concat([Buffer.from('{"id":"latin1","text":"Pyongyang caf'), Buffer.from([0xe9]), Buffer.from('"}')])],
  ["invalid_utf8", () => Buffer.from([0xed, 0xa0, 0x80, 0xff])],
];

/** Lines as [expected code or "result", bytes], generated as they are written. */
function* soakLines(relevant, background) {
  const hugeAt = HUGE_BYTES > 0 ? Math.floor(LINES / 2) : -1;
  let bad = 0;
  for (let index = 0; index < LINES; index += 1) {
    if (index === hugeAt) {
      yield ["too_large", null];
    } else if (index % RELEVANT_EVERY === RELEVANT_EVERY - 1) {
      const article = relevant[(index / RELEVANT_EVERY) % relevant.length | 0];
      yield ["result", Buffer.from(JSON.stringify({ ...article, id: `${article.id}#${index}` }))];
    } else if (index % BAD_EVERY === 7) {
      const [code, make] = HOSTILE_LINES[bad % HOSTILE_LINES.length];
      bad += 1;
      yield [code, make()];
    } else {
      const document = background[index % background.length];
      yield ["result", Buffer.from(JSON.stringify({ id: `news-${index}`, text: document.text }))];
    }
  }
}

/** Writes the over-long line in 1 MB pieces, so the soak itself never holds it. */
async function writeHuge(stdin) {
  const piece = "a".repeat(1_000_000);
  await write(stdin, '{"id":"huge","text":"');
  for (let written = 0; written < HUGE_BYTES; written += piece.length) await write(stdin, piece);
  await write(stdin, '"}\n');
}

function write(stream, chunk) {
  return stream.write(chunk) ? Promise.resolve() : new Promise((resolve) => stream.once("drain", resolve));
}

/** The process and every descendant, from /proc. */
function processTree(pid) {
  const tree = [pid];
  for (let at = 0; at < tree.length; at += 1) {
    let tasks = [];
    try {
      tasks = readdirSync(`/proc/${tree[at]}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      try {
        const children = readFileSync(`/proc/${tree[at]}/task/${task}/children`, "utf8").trim();
        if (children) tree.push(...children.split(/\s+/).map(Number));
      } catch {
        // The task ended between the two reads.
      }
    }
  }
  return tree;
}

/** Resident kilobytes of `field` (VmRSS now, VmHWM the process's own peak), 0 once the process is gone. */
function statusKb(pid, field) {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

const relevant = relevantArticles();
const background = backgroundDocuments(corpusSentences());
const started = performance.now();
const child = spawn(process.execPath, [cli, "extract", "--format", "ndjson", "--jobs", flags.jobs], { stdio: ["pipe", "pipe", "pipe"] });
const exited = new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? signal)));

let peakKb = 0;
const sampler = setInterval(() => {
  const tree = processTree(child.pid);
  const now = tree.reduce((sum, pid) => sum + statusKb(pid, "VmRSS"), 0);
  peakKb = Math.max(peakKb, now, statusKb(child.pid, "VmHWM"));
}, RSS_SAMPLE_MS);

const expected = [];
const feeding = (async () => {
  child.stdin.on("error", () => undefined);
  for (const [code, bytes] of soakLines(relevant, background)) {
    expected.push(code);
    if (bytes === null) await writeHuge(child.stdin);
    else await write(child.stdin, Buffer.concat([bytes, Buffer.from("\n")]));
  }
  child.stdin.end();
})();

let diagnostics = 0;
createInterface({ input: child.stderr }).on("line", () => (diagnostics += 1));

const codes = {};
const unexpected = [];
let out = 0;
let outOfOrder = 0;
for await (const text of createInterface({ input: child.stdout, crlfDelay: Number.POSITIVE_INFINITY })) {
  out += 1;
  const outcome = JSON.parse(text);
  if (outcome.line !== out) outOfOrder += 1;
  const code = outcome.error ? outcome.error.code : "result";
  codes[code] = (codes[code] ?? 0) + 1;
  if (code !== expected[out - 1] && unexpected.length < 20) unexpected.push({ line: out, expected: expected[out - 1], found: code });
}
await feeding;
const exitCode = await exited;
clearInterval(sampler);
const seconds = (performance.now() - started) / 1000;

const summary = {
  linesIn: expected.length,
  linesOut: out,
  outOfOrder,
  errorsByCode: Object.fromEntries(Object.entries(codes).filter(([code]) => code !== "result").sort()),
  results: codes.result ?? 0,
  unexpected,
  diagnostics,
  exitCode,
  jobs: Number(flags.jobs),
  seconds: Math.round(seconds * 10) / 10,
  documentsPerSecond: Math.round((out / seconds) * 10) / 10,
  peakRssMb: Math.round(peakKb / 1024),
};
const passed = summary.linesIn === summary.linesOut && outOfOrder === 0 && unexpected.length === 0 && exitCode === 1;

if (flags.json) {
  process.stdout.write(`${JSON.stringify({ ...summary, passed })}\n`);
} else {
  const rows = [
    ["lines in", summary.linesIn],
    ["lines out", summary.linesOut],
    ["out of order", outOfOrder],
    ["results", summary.results],
    ...Object.entries(summary.errorsByCode).map(([code, count]) => [`error ${code}`, count]),
    ["unexpected codes", unexpected.length === 0 ? "none" : JSON.stringify(unexpected)],
    ["diagnostics on stderr", diagnostics],
    ["exit code", exitCode],
    ["documents/s", `${summary.documentsPerSecond} (${summary.linesOut} in ${summary.seconds} s, --jobs ${summary.jobs})`],
    ["peak RSS of the command", `${summary.peakRssMb} MB`],
  ];
  process.stdout.write(`${rows.map(([name, value]) => `${String(name).padEnd(28)}${value}`).join("\n")}\n${passed ? "soak passed" : "soak FAILED"}\n`);
}
process.exitCode = passed ? 0 : 1;
