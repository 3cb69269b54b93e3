// Child process of the benchmark: streams a long, lazily generated mixed corpus through extractStream and reports
// its resident memory at evenly spaced points and at its peak, as one JSON line.
// Stops reading early once `seconds` have passed, and says so. Usage:
// node bench/stream-rss.mjs <dist index URL> <megabytes> <jobs> <points> <seconds>
import { backgroundDocuments, corpusSentences, loadFixtures, mixedCorpus } from "./corpora.mjs";

const [distUrl, megabytesArgument, jobsArgument, pointsArgument, secondsArgument] = process.argv.slice(2);
const budgetMs = Number(secondsArgument) * 1000;
const targetBytes = Number(megabytesArgument) * 1_000_000;
const jobs = Number(jobsArgument);
const pointCount = Number(pointsArgument);
const library = await import(distUrl);
const corpus = mixedCorpus(backgroundDocuments(corpusSentences()), loadFixtures());
const baselineRss = process.memoryUsage().rss;
const megabytesOf = (bytes) => bytes / 1_048_576;

const points = [];
let readBytes = 0;
let stoppedEarly = false;
let nextPointBytes = targetBytes / pointCount;
// Points are also taken by time, so a stream stopped early still shows how its memory moved.
let nextPointMs = budgetMs / pointCount;
let peakSampledRss = baselineRss;
const sampler = setInterval(() => {
  peakSampledRss = Math.max(peakSampledRss, process.memoryUsage().rss);
}, 100);
const started = performance.now();

// Documents are produced one at a time as the stream asks for them; nothing but the source corpus is held.
function* documents() {
  for (let index = 0; readBytes < targetBytes; index += 1) {
    if (performance.now() - started > budgetMs) {
      points.push({ megabytesRead: readBytes / 1_000_000, rssMB: megabytesOf(process.memoryUsage().rss), seconds: budgetMs / 1000 });
      stoppedEarly = true;
      return;
    }
    const document = corpus[index % corpus.length];
    readBytes += Buffer.byteLength(document.text);
    const elapsedMs = performance.now() - started;
    if (readBytes >= nextPointBytes || elapsedMs >= nextPointMs) {
      const rss = process.memoryUsage().rss;
      peakSampledRss = Math.max(peakSampledRss, rss);
      points.push({ megabytesRead: readBytes / 1_000_000, rssMB: megabytesOf(rss), seconds: elapsedMs / 1000 });
      while (nextPointBytes <= readBytes) nextPointBytes += targetBytes / pointCount;
      while (nextPointMs <= elapsedMs) nextPointMs += budgetMs / pointCount;
    }
    yield { id: `stream-${index}`, text: document.text, publishedAt: document.publishedAt };
  }
}

let count = 0;
let records = 0;
let errors = 0;
for await (const outcome of library.extractStream(documents(), { jobs })) {
  count += 1;
  if (outcome.result) records += outcome.result.records.length;
  else errors += 1;
}
clearInterval(sampler);

process.stdout.write(
  `${JSON.stringify({
    jobs,
    documents: count,
    megabytes: readBytes / 1_000_000,
    stoppedEarly,
    records,
    errors,
    seconds: (performance.now() - started) / 1000,
    baselineRssMB: megabytesOf(baselineRss),
    peakSampledRssMB: megabytesOf(peakSampledRss),
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    points,
  })}\n`,
);
