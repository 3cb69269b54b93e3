// Child process of the benchmark: streams a long, lazily generated mixed corpus through the library and reports
// its peak resident memory as one JSON line. Usage: node bench/stream-rss.mjs <dist index URL> <megabytes> <jobs>
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { backgroundDocuments, corpusSentences, loadFixtures, mixedCorpus } from "./corpora.mjs";

const [distUrl, megabytesArgument, jobsArgument] = process.argv.slice(2);
const targetBytes = Number(megabytesArgument) * 1_000_000;
const jobs = Number(jobsArgument) || availableParallelism();
const library = await import(distUrl);
const fixturesDirectory = fileURLToPath(new URL("../fixtures/articles", import.meta.url));
const corpus = mixedCorpus(backgroundDocuments(corpusSentences()), loadFixtures(fixturesDirectory));
const baselineRss = process.memoryUsage().rss;

// Documents are produced one at a time as the consumer asks for them; nothing but the source corpus is held.
function* documents() {
  let bytes = 0;
  for (let index = 0; bytes < targetBytes; index += 1) {
    const document = corpus[index % corpus.length];
    bytes += Buffer.byteLength(document.text);
    yield { id: `stream-${index}`, text: document.text, publishedAt: document.publishedAt };
  }
}

let peakSampledRss = baselineRss;
const sampler = setInterval(() => {
  peakSampledRss = Math.max(peakSampledRss, process.memoryUsage().rss);
}, 100);

const started = performance.now();
let count = 0;
let bytes = 0;
let records = 0;
const mode = typeof library.extractStream === "function" ? "extractStream" : "single-threaded";
if (mode === "extractStream") {
  for await (const outcome of library.extractStream(countingBytes(documents()), { jobs })) {
    count += 1;
    if (outcome.result) records += outcome.result.records.length;
  }
} else {
  for (const document of countingBytes(documents())) {
    records += library.extractDefections(document.text, { publishedAt: document.publishedAt, documentId: document.id }).records.length;
    count += 1;
  }
}
clearInterval(sampler);

function* countingBytes(source) {
  for (const document of source) {
    bytes += Buffer.byteLength(document.text);
    yield document;
  }
}

process.stdout.write(
  `${JSON.stringify({
    mode,
    jobs: mode === "extractStream" ? jobs : 1,
    documents: count,
    megabytes: bytes / 1_000_000,
    records,
    seconds: (performance.now() - started) / 1000,
    baselineRssMB: baselineRss / 1_048_576,
    peakSampledRssMB: peakSampledRss / 1_048_576,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
