// Benchmark corpora: the fixture articles replicated, and real non-defection English (nlp-corpus) cut into
// article-sized documents with a fixture article mixed in every 100 documents.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { all as allCorpusSentences } from "nlp-corpus";

const MIN_DOCUMENT_BYTES = 3_000;
const MAX_DOCUMENT_BYTES = 5_000;
export const RELEVANT_EVERY = 100;

/** The fixture articles with their publishedAt and, when present, their gold result. */
export function loadFixtures(directory) {
  return readdirSync(directory)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => {
      const id = file.slice(0, -4);
      const metaPath = join(directory, `${id}.meta.json`);
      const goldPath = join(directory, `${id}.gold.json`);
      const meta = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, "utf8")) : {};
      return {
        id,
        text: readFileSync(join(directory, file), "utf8"),
        publishedAt: typeof meta.publishedAt === "string" ? meta.publishedAt : undefined,
        gold: existsSync(goldPath) ? JSON.parse(readFileSync(goldPath, "utf8")) : null,
      };
    });
}

/** Fixture articles repeated until the corpus holds at least `minBytes` of UTF-8 text. */
export function relevantCorpus(fixtures, minBytes) {
  const documents = [];
  let bytes = 0;
  for (let copy = 0; bytes < minBytes; copy += 1) {
    for (const fixture of fixtures) {
      documents.push(asDocument(fixture, `${fixture.id}#${copy}`));
      bytes += Buffer.byteLength(fixture.text);
    }
  }
  return documents;
}

/** Every sentence nlp-corpus ships (film reviews, UN prose, lyrics, transcripts...), in its file order. */
export function corpusSentences() {
  return allCorpusSentences();
}

/** Sentences grouped into paragraphs and 3-5 KB documents, sizes drawn from a fixed seed (same corpus every run). */
export function backgroundDocuments(sentences) {
  const random = seededRandom(20161012);
  const documents = [];
  let target = nextTarget(random);
  let paragraphs = [];
  let paragraph = [];
  let bytes = 0;
  for (const sentence of sentences) {
    paragraph.push(sentence);
    bytes += Buffer.byteLength(sentence) + 1;
    if (paragraph.length >= 4) {
      paragraphs.push(paragraph.join(" "));
      paragraph = [];
    }
    if (bytes >= target) {
      if (paragraph.length > 0) paragraphs.push(paragraph.join(" "));
      documents.push({ id: `background-${documents.length}`, text: paragraphs.join("\n\n"), publishedAt: undefined });
      paragraphs = [];
      paragraph = [];
      bytes = 0;
      target = nextTarget(random);
    }
  }
  return documents;
}

/** Background documents with one fixture article after every 99 of them (1 in 100), cycling through the fixtures. */
export function mixedCorpus(background, fixtures) {
  const documents = [];
  let relevant = 0;
  for (const document of background) {
    documents.push(document);
    if (documents.length % RELEVANT_EVERY === RELEVANT_EVERY - 1) {
      const fixture = fixtures[relevant % fixtures.length];
      documents.push({ ...asDocument(fixture, `${fixture.id}#mixed-${relevant}`), fixtureId: fixture.id });
      relevant += 1;
    }
  }
  return documents;
}

export function corpusBytes(documents) {
  return documents.reduce((total, document) => total + Buffer.byteLength(document.text), 0);
}

function asDocument(fixture, id) {
  return { id, text: fixture.text, publishedAt: fixture.publishedAt };
}

function nextTarget(random) {
  return MIN_DOCUMENT_BYTES + Math.floor(random() * (MAX_DOCUMENT_BYTES - MIN_DOCUMENT_BYTES));
}

// mulberry32: a tiny deterministic generator, so the corpus is identical from run to run.
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
