// Line splitting on raw bytes: chunk boundaries anywhere, "\r\n" endings, over-long lines dropped as they stream.
import { describe, expect, it } from "vitest";
import { splitLines } from "../../src/stream/lines.js";

async function split(chunks: Array<string | Buffer>, maxBytes = 100): Promise<Array<string | null>> {
  const lines: Array<string | null> = [];
  for await (const { bytes } of splitLines((async function* () { yield* chunks; })(), maxBytes)) lines.push(bytes === null ? null : bytes.toString("utf8"));
  return lines;
}

describe("splitLines", () => {
  it.each<[string, Array<string | Buffer>, Array<string | null>]>([
    ["one line per newline, no phantom line after the last", ['{"id":1}\n{"id":2}\n'], ['{"id":1}', '{"id":2}']],
    ["a final line without newline", ['{"id":1}\n{"id":2}'], ['{"id":1}', '{"id":2}']],
    ["lines split across chunks", ['{"id"', ':1}\n{"i', 'd":2}\n'], ['{"id":1}', '{"id":2}']],
    ["CRLF endings", ['{"id":1}\r\n\r\n{"id":2}\r\n'], ['{"id":1}', "", '{"id":2}']],
    ["a UTF-8 character split between chunks", [Buffer.from([0x22, 0xec, 0x97]), Buffer.from([0xb0, 0x22, 0x0a])], ['"연"']],
    ["blank lines kept so numbering matches the input", ["\n\n"], ["", ""]],
  ])("%s", async (_, chunks, expected) => {
    expect(await split(chunks)).toEqual(expected);
  });

  it("drops a line longer than the limit but keeps counting lines after it", async () => {
    const lines: Array<[number, string | null]> = [];
    const source = (async function* () {
      yield "short\n";
      for (let i = 0; i < 50; i += 1) yield "x".repeat(10);
      yield "\nafter\n";
    })();
    for await (const { line, bytes } of splitLines(source, 100)) lines.push([line, bytes === null ? null : bytes.toString()]);
    expect(lines).toEqual([[1, "short"], [2, null], [3, "after"]]);
  });

  it.each([
    ["kept whole under a 64 MiB limit", 64 * 1024 * 1024, 40_000_000],
    ["dropped under a 32 MiB limit, and the line after it still read", 32 * 1024 * 1024, null],
  ])("a 40 MB line arriving in 64 KB chunks is %s", async (_, maxBytes, expected) => {
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const source = (async function* () {
      for (let sent = 0; sent < 40_000_000; sent += chunk.length) yield chunk.subarray(0, Math.min(chunk.length, 40_000_000 - sent));
      yield "\nafter\n";
    })();
    const lengths: Array<number | null> = [];
    for await (const { bytes } of splitLines(source, maxBytes)) lengths.push(bytes === null ? null : bytes.length);
    expect(lengths).toEqual([expected, 5]);
  });
});
