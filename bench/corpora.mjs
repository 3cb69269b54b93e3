// Benchmark corpora: the fixture articles replicated, the shipped real-news lines, real non-defection English
// (nlp-corpus) cut into article-sized documents, and generated hostile texts. Everything is deterministic.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { all as allCorpusSentences } from "nlp-corpus";

const MIN_DOCUMENT_BYTES = 3_000;
const MAX_DOCUMENT_BYTES = 5_000;
export const RELEVANT_EVERY = 100;

export const FIXTURES_DIRECTORY = fileURLToPath(new URL("../fixtures/articles", import.meta.url));
export const NEWS_LINES_PATH = fileURLToPath(new URL("./corpus/news.ndjson", import.meta.url));

/** The fixture articles with their publishedAt and, when present, their gold result. */
export function loadFixtures(directory = FIXTURES_DIRECTORY) {
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

/**
 * The real-news lines (bench/corpus/news.ndjson): `defection` is true (reports a defection), false (defection-like
 * words, no defection) or null (none of those words).
 */
export function loadNewsLines(path = NEWS_LINES_PATH) {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const { id, text, publishedAt, defection } = JSON.parse(line);
      return { id, text, publishedAt: publishedAt ?? undefined, defection };
    });
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

/** Every `step`-th document, for the quick run's samples. */
export function everyNth(documents, step) {
  return documents.filter((_, index) => index % step === 0);
}

const FILLER_WORDS = [
  "officials", "said", "the", "ministry", "on", "Monday", "that", "a", "group", "of", "workers", "near", "border",
  "river", "province", "reported", "while", "others", "waited", "in", "town", "after", "talks", "with", "envoy",
  "army", "unit", "crossed", "into", "neighbouring", "country", "last", "year", "according", "to", "sources",
];
const TRIGGER_WORDS = ["defected", "fled", "escaped", "defector", "sought asylum", "deserted", "absconded", "defection"];
const SURNAMES = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin"];
const GIVEN_NAMES = ["Chol-su", "Min-ho", "Yong-ho", "Sok-ung", "Hye-jin", "Song-il", "Kwang-jin", "Eun-ha", "Jong-nam"];
const WESTERN_NAMES = ["Ivan Petrov", "Anna Novak", "Jan Kowalski", "Maria Ionescu", "Oleg Sidorov", "Vera Horvat"];
const ROLES = ["A diplomat", "Lt.", "A senior official", "Colonel", "A trade envoy", "Sergeant", "A pilot named"];
const DESTINATIONS = ["South Korea", "Seoul", "Japan", "the United States", "Turkey", "Lithuania", "Canada"];
const MONTHS = ["January", "March", "April", "July", "September", "October", "December"];
const CLOSING_SENTENCES = [
  "Officials declined to comment.", "The ministry confirmed it later.", "He was later questioned.",
  "She is said to be safe.", "No further details were given.",
];
// About 10 bytes each with the space, so 1 MB holds about 100,000 sentences.
const ONE_WORD_SENTENCES = [
  "Defected.", "Officials.", "Escaped.", "Yesterday.", "Pyongyang.", "Soldiers.", "Border.", "Seoul.", "Kim.", "Confirmed.",
];
// Words stay words (the text has word boundaries) without a single whitespace character.
const WORD_JOINERS_WITHOUT_SPACE = ["-", ",", "/", "'"];
const PUNCTUATION = /[.!?;:,"'“”‘’()[\]{}\-–—/\\]/g;

/** Crafted inputs that stress one dimension each (triggers, names, records, sentences); one document per call. */
export const HOSTILE_CASES = [
  { name: "trigger-every-100", description: "a trigger word every ~100 characters, no sentence ends" },
  { name: "names-around-trigger", description: "a long list of names around one trigger" },
  { name: "defection-sentence-every-100", description: "one defection sentence every 100 characters" },
  { name: "fixtures-concatenated", description: "the five fixtures concatenated" },
  { name: "no-spaces", description: "no spaces (words joined by - , / '), trigger words inside" },
  { name: "one-long-sentence", description: "one long sentence, no punctuation" },
  { name: "one-word-sentences", description: "one-word sentences (100,000 per MB)" },
];

/** The hostile text of one case, cut to `bytes` characters (all ASCII except the fixtures' own quotes). */
export function hostileText(caseName, bytes, fixtures = loadFixtures()) {
  const random = seededRandom(caseName.length * 7919 + 11);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const name = () => (random() < 0.8 ? `${pick(SURNAMES)} ${pick(GIVEN_NAMES)}` : pick(WESTERN_NAMES));
  const build = (nextPiece) => {
    const pieces = [];
    let length = 0;
    while (length < bytes) {
      const piece = nextPiece(pieces.length);
      pieces.push(piece);
      length += piece.length;
    }
    return pieces.join("").slice(0, bytes);
  };
  const wordsWithTriggers = (separators) => () => {
    const trigger = pick(TRIGGER_WORDS).replace(" ", pick(separators));
    const words = [];
    let length = trigger.length + 1;
    while (length < 100) {
      const word = pick(FILLER_WORDS);
      words.push(word);
      length += word.length + 1;
    }
    words.splice(Math.floor(random() * words.length), 0, trigger);
    return words.map((word) => `${word}${pick(separators)}`).join("");
  };
  switch (caseName) {
    case "trigger-every-100":
      return build(wordsWithTriggers([" "]));
    case "names-around-trigger": {
      const middle = ` and ${name()} defected to South Korea along with `;
      const half = Math.floor((bytes - middle.length - 1) / 2);
      const names = () => build(() => `${name()}, `).slice(0, half).replace(/,? ?[^,]*$/, "");
      return `${names()}${middle}${names()}.`;
    }
    case "defection-sentence-every-100":
      return build(() => {
        const sentence = `${pick(ROLES)} ${name()} defected to ${pick(DESTINATIONS)} in ${pick(MONTHS)}. `;
        const closing = pick(CLOSING_SENTENCES);
        return `${sentence}${closing}${" ".repeat(Math.max(1, 100 - sentence.length - closing.length))}`;
      });
    case "fixtures-concatenated":
      return build((index) => `${fixtures[index % fixtures.length].text}\n\n`);
    case "no-spaces":
      return build(wordsWithTriggers(WORD_JOINERS_WITHOUT_SPACE));
    case "one-long-sentence":
      return build((index) => `${fixtures[index % fixtures.length].text.replace(PUNCTUATION, "").replace(/\s+/g, " ")} `);
    case "one-word-sentences":
      return build(() => `${pick(ONE_WORD_SENTENCES)} `);
    default:
      throw new Error(`bench: no hostile case named ${caseName}`);
  }
}

function asDocument(fixture, id) {
  return { id, text: fixture.text, publishedAt: fixture.publishedAt };
}

function nextTarget(random) {
  return MIN_DOCUMENT_BYTES + Math.floor(random() * (MAX_DOCUMENT_BYTES - MIN_DOCUMENT_BYTES));
}

// mulberry32: a tiny deterministic generator, so the corpus is identical from run to run.
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
