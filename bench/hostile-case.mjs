// Child process of the benchmark: one hostile text through one extractDefections call, after a warm-up on the
// fixtures; prints one JSON line. The parent kills it at its time cap. Usage: node bench/hostile-case.mjs <dist
// index URL> <case name> <bytes>
import { hostileText, loadFixtures } from "./corpora.mjs";

const [distUrl, caseName, bytesArgument] = process.argv.slice(2);
const library = await import(distUrl);
const fixtures = loadFixtures();
for (const fixture of fixtures) library.extractDefections(fixture.text, { publishedAt: fixture.publishedAt });
const text = hostileText(caseName, Number(bytesArgument), fixtures);

const started = performance.now();
const result = library.extractDefections(text, { publishedAt: "2016-10-12", documentId: caseName });
const seconds = (performance.now() - started) / 1000;

process.stdout.write(
  `${JSON.stringify({
    caseName,
    bytes: Buffer.byteLength(text),
    seconds,
    records: result.records.length,
    statistics: result.statistics.length,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
