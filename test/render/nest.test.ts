// Overlapping ranges become balanced HTML over the text, escaped; the text between the tags is never changed.
import { describe, expect, it } from "vitest";
import { nestLayers, type Layer } from "../../src/render/nest.js";

const tag = (name: string, start: number, end: number, rank = 0, closeAtEnd?: string): Layer => ({
  start,
  end,
  rank,
  open: `<${name}>`,
  close: `</${name}>`,
  ...(closeAtEnd ? { closeAtEnd } : {}),
});

describe("nestLayers", () => {
  it.each<[string, string, Layer[], string]>([
    ["no ranges leave the text escaped", "Kim & Lee <fled>", [], "Kim &amp; Lee &lt;fled&gt;"],
    ["a range inside another nests", "Kim fled to Seoul.", [tag("s", 0, 18), tag("p", 12, 17)], "<s>Kim fled to <p>Seoul</p>.</s>"],
    ["crossing ranges close and reopen where they cross", "abcdefgh", [tag("a", 0, 5), tag("b", 3, 8)], "<a>abc<b>de</b></a><b>fgh</b>"],
    ["equal extents stack by rank, lowest outside", "Seoul", [tag("inner", 0, 5, 3), tag("outer", 0, 5, 1)], "<outer><inner>Seoul</inner></outer>"],
    ["the end-only closing is written where the range really ends", "abcdef", [tag("m", 0, 4, 0, "[end]</m>"), tag("x", 2, 6, 1)], "<m>ab<x>cd</x>[end]</m><x>ef</x>"],
    ["an interrupted range closes plainly before it reopens", "abcdef", [tag("x", 0, 3, 0), tag("m", 2, 6, 1, "[end]</m>")], "<x>ab<m>c</m></x><m>def[end]</m>"],
    ["an empty range wraps nothing", "Kim fled", [tag("e", 3, 3), tag("w", 4, 8)], "Kim <w>fled</w>"],
    ["adjacent ranges do not nest", "Kim Seoul", [tag("a", 0, 3), tag("b", 4, 9)], "<a>Kim</a> <b>Seoul</b>"],
  ])("%s", (_name, text, layers, expected) => {
    expect(nestLayers(text, layers)).toBe(expected);
  });

  it("keeps every character of the text, in order, between the tags", () => {
    const text = "A North Korean diplomat in Rome defected to Seoul with his wife in 2019.";
    const layers = [tag("s", 0, text.length), tag("a", 2, 23), tag("b", 8, 40), tag("c", 27, 31), tag("d", 44, 49)];
    expect(nestLayers(text, layers).replace(/<[^>]*>/g, "")).toBe(text);
  });
});
