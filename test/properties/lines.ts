// Generated NDJSON input as bytes: good documents and every kind of bad line (invalid JSON, wrong types, blank lines,
// invalid UTF-8, NUL bytes, deep nesting, over-long lines), and the error codes the README documents.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { defectionSentences } from "./arbitraries.js";

/** Small enough that generated lines cross it; the real default is 32 MiB. */
export const GENERATED_MAX_BYTES = 2_000;

const hostileText = fc.oneof(
  fc.constantFrom(...defectionSentences),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.tuple(fc.constantFrom(...defectionSentences), fc.string({ unit: "binary", maxLength: 30 })).map(([sentence, noise]) => `${noise}${sentence}${noise}`),
);
const documentLine = fc
  .record({
    id: fc.option(fc.oneof(fc.string({ unit: "binary", maxLength: 12 }), fc.integer()), { nil: undefined }),
    text: hostileText,
    publishedAt: fc.option(fc.constantFrom("2016-10-12", "0100-01-01", "9999-12-31", "2016-02-30", "2016-10-12T99:99:99", "yesterday"), { nil: undefined }),
  })
  .map((document) => Buffer.from(JSON.stringify(document)));
const wrongTypes = fc
  .constantFrom(
    { id: "a", text: 42 }, { id: "b", text: ["A diplomat defected."] }, { id: { nested: true }, text: "A diplomat defected." }, { id: "c" },
    { id: "d", text: null }, { id: "e", text: "A soldier defected.", publishedAt: 20161012 }, { id: Number.MAX_VALUE, text: "" }, [], "a string", 7, null, true,
  )
  .map((value) => Buffer.from(JSON.stringify(value)));
const blank = fc.constantFrom("", " ", "\t", "\r", "  \r", "\u00a0").map((text) => Buffer.from(text));
const invalidJson = fc.constantFrom('{"id":"x","text":', "{id: 1}", "not json", '{"text":"a"}}', "[1,2", "'single'", "{\"a\":NaN}").map((text) => Buffer.from(text));
const nulBytes = fc.constantFrom(Buffer.from([0, 0, 0]), Buffer.from('{"id":"n","text":"A diplomat\u0000 defected to Seoul."}'), Buffer.from([0x7b, 0x00, 0x7d]));
const invalidUtf8 = fc
  .tuple(fc.constantFrom(Buffer.from([0xc3, 0x28]), Buffer.from([0xff, 0xfe]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xf4, 0x90, 0x80, 0x80]), Buffer.from([0xe2, 0x82])), fc.boolean())
  .map(([bytes, inside]) => (inside ? Buffer.concat([Buffer.from('{"id":"u","text":"Pyongyang '), bytes, Buffer.from('"}')]) : bytes));
const deepNesting = fc
  .tuple(fc.integer({ min: 100, max: 5_000 }), fc.constantFrom("[", '{"a":'))
  .map(([depth, open]) => Buffer.from(open === "[" ? `${"[".repeat(depth)}${"]".repeat(depth)}` : `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`));
const overLong = fc.integer({ min: GENERATED_MAX_BYTES + 1, max: GENERATED_MAX_BYTES * 3 }).map((size) => Buffer.from(JSON.stringify({ id: "long", text: "a".repeat(size) })));
const randomBytes = fc.uint8Array({ maxLength: 40 }).map((bytes) => Buffer.from(bytes.filter((byte) => byte !== 0x0a)));

/** One input line's bytes, without its "\n". */
export const inputLine = fc.oneof(
  { weight: 4, arbitrary: documentLine },
  { weight: 1, arbitrary: wrongTypes },
  { weight: 1, arbitrary: blank },
  { weight: 1, arbitrary: invalidJson },
  { weight: 1, arbitrary: nulBytes },
  { weight: 1, arbitrary: invalidUtf8 },
  { weight: 1, arbitrary: deepNesting },
  { weight: 1, arbitrary: overLong },
  { weight: 1, arbitrary: randomBytes },
);

/** Lines joined by "\n" (sometimes "\r\n"), with or without a final newline, cut into chunks at arbitrary bytes. */
export const ndjsonInput = fc
  .record({ lines: fc.array(inputLine, { maxLength: 12 }), crlf: fc.boolean(), finalNewline: fc.boolean(), cuts: fc.array(fc.nat(), { maxLength: 6 }) })
  .map(({ lines, crlf, finalNewline, cuts }) => {
    const bytes = Buffer.concat(lines.flatMap((line, index) => (index < lines.length - 1 || finalNewline ? [line, Buffer.from(crlf ? "\r\n" : "\n")] : [line])));
    const points = [...new Set(cuts.map((cut) => (bytes.length === 0 ? 0 : cut % bytes.length)))].sort((a, b) => a - b);
    const chunks = [0, ...points].map((from, index) => bytes.subarray(from, [...points, bytes.length][index])).filter((chunk) => chunk.length > 0);
    return { bytes, chunks };
  });

/** Lines as the filter counts them: pieces between "\n", the empty piece after a final "\n" not counted. */
export function countLines(bytes: Buffer): number {
  let newlines = 0;
  for (const byte of bytes) if (byte === 0x0a) newlines += 1;
  return newlines + (bytes.length > 0 && bytes[bytes.length - 1] !== 0x0a ? 1 : 0);
}

/** The error codes listed under "Error codes" in the README: what a user is told can stand in place of a result. */
export function documentedErrorCodes(): Set<string> {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const section = /^#+ Error codes\n([\s\S]*?)(?=^#)/m.exec(readme)?.[1] ?? "";
  return new Set([...section.matchAll(/^\| `([a-z0-9_]+)` \|/gm)].map((match) => match[1] as string));
}
