// Generated inputs for the properties: hostile strings (every plane, lone surrogates, bidi and combining marks, NUL,
// markup, very long tokens) mixed with defection sentences, irrelevant paragraphs, and options valid or not.
import fc from "fast-check";
import { all as corpusSentences } from "nlp-corpus";
import { builtInKnowledge, type ExtractOptions, type KnowledgeExtension } from "../../src/index.js";
import { hasDefectionCue } from "../../src/events/index.js";

/** Defection reports in many registers: wire copy, briefs, features, obituaries, other countries and eras. */
export const defectionSentences = [
  "A North Korean diplomat stationed in Bangkok defected to South Korea last year, the Unification Ministry said.",
  "Pak Song-il, a former trade official in Vladivostok, escaped to Seoul with his wife in early March.",
  "Two North Korean soldiers defected across the Military Demarcation Line on Sunday, the Joint Chiefs of Staff said.",
  "The captain of a Soviet trawler sought asylum in Canada in 1978, according to declassified files.",
  "An unidentified official defected to the South last year.",
  "Viktor Belenko, a Soviet air force lieutenant, defected to the West in 1976 by landing his jet in Japan.",
  "Kim Chol-su, a counsellor at the embassy in Kuwait, is believed to have defected to Seoul in late September.",
  "Twelve waitresses fled a state-run restaurant in Ningbo and arrived in Seoul in April.",
  "Jang Hae-song, a mid-level diplomat in Rome, went into hiding with his wife in November.",
  "A Cuban boxer defected during a tournament in Brazil in 2007, officials said.",
  "More than 30,000 North Koreans have defected to the South since the 1990s, ministry figures show.",
  "OBITUARY: Oleg Gordievsky, the KGB colonel who defected to Britain in 1985, died on Tuesday aged 86.",
  "SEOUL, May 3 (Reuters) - A North Korean fisherman who drifted south was repatriated on Thursday.",
  "Brief: a senior colonel of the Reconnaissance General Bureau fled to the South in 2014, lawmakers were told.",
  "The lawmaker defected to the ruling party ahead of the April election.",
  "She is the third North Korean diplomat to defect from the embassy in London since 2016.",
  "Ri Hyon-u, a former diplomat, defected to the South two years ago, his brother said.",
  "An Eritrean cyclist sought asylum in the Netherlands over the past eight months, according to his team.",
];

/** Real English without a defection cue (nlp-corpus: reviews, UN prose, lyrics, transcripts), by the library's own gate. */
const irrelevantSentences = corpusSentences().filter((sentence) => !hasDefectionCue(sentence, builtInKnowledge));

export const irrelevantParagraph = fc
  .tuple(fc.nat({ max: irrelevantSentences.length - 6 }), fc.integer({ min: 1, max: 5 }))
  .map(([from, count]) => irrelevantSentences.slice(from, from + count).join(" "));

const separator = fc.constantFrom(" ", "", "\n", "\n\n", "\r\n", "\u2028", "\u2029", "\t", " -- ", ". ");
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const oddity = fc.constantFrom(
  "\u0000", "\u200f", "\u200e", "\u202e", "\u2066", "\u0301", "\u0308\u0301", "\ufeff", "\ufffd", "\u00a0", "\u0085", "\u000b",
  "<p>", "</p>", "<br/>", "<script>var a = '<b>';</script>", "<!--", "-->", "&amp;", "&#x1F600;", "&nbsp;", "...", "“", "”",
  "Mr.", "U.S.", "No. 2", "조선", "北朝鮮", "مرحبا", "😀", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
);
/** A token of up to a few thousand characters without a space, trigger words included. */
const longToken = fc
  .tuple(fc.constantFrom("a", "defected", "Kim", "가", "😀", "-", "0"), fc.integer({ min: 50, max: 600 }))
  .map(([unit, times]) => unit.repeat(times));

const noise = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: loneSurrogate, maxLength: 3 }) },
  { weight: 3, arbitrary: oddity },
  { weight: 1, arbitrary: longToken },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme-ascii", maxLength: 40 }) },
);

/** Arbitrary text with defection sentences among the noise, so the whole pipeline runs, not only the cheap gate. */
export const newsText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...defectionSentences) },
      { weight: 3, arbitrary: separator },
      { weight: 3, arbitrary: noise },
      { weight: 1, arbitrary: irrelevantParagraph },
    ),
    { maxLength: 12 },
  )
  .map((pieces) => pieces.join(""));

const pad = (value: number, width: number) => String(value).padStart(width, "0");

/** A real calendar day from 0001-01-01 to 9999-12-31. */
const calendarDay = fc
  .date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59.999Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const clockTime = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.option(fc.integer({ min: 0, max: 59 })), fc.constantFrom("", "Z", "+09:00", "-0500"))
  .map(([hours, minutes, seconds, zone]) => `${pad(hours, 2)}:${pad(minutes, 2)}${seconds === null ? "" : `:${pad(seconds, 2)}`}${zone}`);

const validPublishedAt = fc.oneof(
  fc.constantFrom(undefined, null),
  calendarDay,
  fc.tuple(calendarDay, fc.constantFrom("T", " "), clockTime).map(([day, sep, time]) => `${day}${sep}${time}`),
  fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59.999Z"), noInvalidDate: true }),
  fc.constantFrom("0001-01-01", "0001-01-05", "0099-12-31", "0100-01-01", "9999-12-31", "2016-02-29", new Date(Date.UTC(2016, 9, 12, 23, 59))),
);
const invalidPublishedAt = fc.oneof(
  fc.constantFrom(
    new Date(Number.NaN), new Date(8.64e15), new Date(-8.64e15), new Date("+010000-01-01T00:00:00Z"), new Date("0000-12-31T23:59:59Z"),
    "2016-02-30", "2015-02-29", "2016-13-01", "2016-00-10", "2016-10-00", "2016-10-12T99:99:99", "2016-10-12T24:00", "2016-10-12xyz",
    "2016-10-12T10:00:00+99:99", "10000-01-01", "+010000-01-01", "0000-01-01", "-000001-01-01", "2016-1-12", "12/10/2016", "",
    20161012, Number.NaN, true, {}, [],
  ),
  fc.string({ unit: "binary", maxLength: 20 }).filter((text) => !/^\s*\d{4}-\d{2}-\d{2}/.test(text)),
  fc.tuple(calendarDay, fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 6 }))
    .filter(([, tail]) => !/^(?:[T ]\d{2}:\d{2}|\s*$)/.test(tail))
    .map(([day, tail]) => `${day}${tail}`),
);

const validDocumentId = fc.oneof(
  fc.constantFrom(undefined, null),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);
const invalidDocumentId = fc.constantFrom({ id: 1 }, ["yonhap-1"], true, Number.NaN, Number.POSITIVE_INFINITY, 10n);

/** Built once so each case reuses the compiled matchers, as callers are told to. */
const gazetteers: KnowledgeExtension[] = [
  { triggers: [{ id: "trigger/jump-ship", forms: ["jumped ship"], form: "verb", status: "defected", strength: "weak" }] },
  { organisations: [{ canonical: "Dragon Lantern Trading Bureau", aliases: ["Dragon Lantern"], type: "trade", country: "KP", memberCategory: "trade" }] },
];

export interface GeneratedCall {
  text: unknown;
  options: ExtractOptions;
  /** Whether the text and every option are valid, so the call must return; otherwise it must throw InvalidInputError. */
  valid: boolean;
}

/** A call of extractDefections: text and options, each valid or not, and whether the whole call is valid. */
export const extractionCall: fc.Arbitrary<GeneratedCall> = fc
  .record({
    text: fc.oneof({ weight: 19, arbitrary: newsText.map((text) => ({ value: text as unknown, valid: true })) }, { weight: 1, arbitrary: fc.constantFrom(42, null, ["text"]).map((value) => ({ value: value as unknown, valid: false })) }),
    publishedAt: fc.oneof(
      { weight: 4, arbitrary: validPublishedAt.map((value) => ({ value, valid: true })) },
      { weight: 1, arbitrary: invalidPublishedAt.map((value) => ({ value, valid: false })) },
    ),
    documentId: fc.oneof(
      { weight: 9, arbitrary: validDocumentId.map((value) => ({ value, valid: true })) },
      { weight: 1, arbitrary: invalidDocumentId.map((value) => ({ value, valid: false })) },
    ),
    explain: fc.constantFrom(undefined, true, false),
    gazetteer: fc.constantFrom(undefined, ...gazetteers),
  })
  .map(({ text, publishedAt, documentId, explain, gazetteer }) => {
    const options: Record<string, unknown> = {};
    if (publishedAt.value !== undefined) options.publishedAt = publishedAt.value;
    if (documentId.value !== undefined) options.documentId = documentId.value;
    if (explain !== undefined) options.explain = explain;
    if (gazetteer !== undefined) options.gazetteer = gazetteer;
    return { text: text.value, options: options as ExtractOptions, valid: text.valid && publishedAt.valid && documentId.valid };
  });

/** A valid call only: text that is a string and options that are all valid. */
export const validCall = extractionCall.filter((call) => call.valid) as fc.Arbitrary<GeneratedCall & { text: string }>;
