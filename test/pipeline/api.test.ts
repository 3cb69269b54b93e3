// The public door: argument checks, determinism, offsets into the caller's string, and inputs that must not throw.
import { describe, expect, it } from "vitest";
import { extractDefections, InvalidInputError } from "../../src/index.js";

const article =
  "Thae Yong-ho, a minister at North Korea's embassy in London, defected to Seoul with his family in late July. " +
  "Kim Chol-song, a third secretary at North Korea's trade mission in Russia, is also known to have escaped to Seoul in late July.";

describe("bad arguments throw InvalidInputError naming the field", () => {
  it.each([
    [42, {}, "text"],
    [null, {}, "text"],
    [article, { publishedAt: "2016-13-45" }, "options.publishedAt"],
    [article, { publishedAt: "yesterday" }, "options.publishedAt"],
    [article, { publishedAt: new Date(Number.NaN) }, "options.publishedAt"],
    [article, { publishedAt: 20161012 }, "options.publishedAt"],
    [article, { documentId: { id: 1 } }, "options.documentId"],
    [article, { gazetteer: 5 }, "options.gazetteer"],
    [article, { gazetteer: { organisations: 5 } }, "options.gazetteer.organisations"],
    [article, { gazetteer: { roles: [{ category: "diplomat" }] } }, "options.gazetteer.roles"],
    [article, { gazetteer: { surnames: [7] } }, "options.gazetteer.surnames"],
  ])("%#: %j", (text, options, field) => {
    const call = () => extractDefections(text as string, options as never);
    expect(call).toThrow(InvalidInputError);
    expect(call).toThrow(field);
    expect(call).toThrow(TypeError);
  });
});

describe("inputs that return a valid result", () => {
  it.each([
    ["empty", ""],
    ["whitespace", " \n\t \n"],
    ["HTML", `<html><body><p>${article}</p><script>var x = 1;</script></body></html>`],
    ["binary noise", String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 65535))],
    ["no defection", "Stocks rose on Tuesday as investors cheered the earnings season."],
  ])("%s", (_name, text) => {
    const result = extractDefections(text, { publishedAt: "2016-10-12" });
    expect(result).toMatchObject({ documentId: null, publishedAt: "2016-10-12" });
    expect(Array.isArray(result.records) && Array.isArray(result.statistics) && Array.isArray(result.warnings)).toBe(true);
    for (const span of result.records.flatMap((record) => record.evidence)) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it("reads the sentences of an HTML page as text", () => {
    const html = `<html><body><p>${article}</p></body></html>`;
    expect(extractDefections(html, { publishedAt: "2016-10-12" }).records.map((record) => record.person.name)).toEqual([
      "Thae Yong-ho",
      "Kim Chol-song",
    ]);
  });

  it("handles a 10 MB article", () => {
    const filler = "The weather in the capital was mild and markets were calm on the day. ".repeat(150_000);
    const text = `${filler}\n\n${article}`;
    expect(text.length).toBeGreaterThan(10_000_000);
    const result = extractDefections(text, { publishedAt: "2016-10-12" });
    expect(result.records).toHaveLength(2);
    expect(text.slice(result.records[0]!.evidence[0]!.start, result.records[0]!.evidence[0]!.end)).toContain("Thae Yong-ho");
  });
});

describe("results", () => {
  it("are deterministic, ids included", () => {
    const first = extractDefections(article, { publishedAt: "2016-10-12", documentId: "a" });
    const second = extractDefections(article, { publishedAt: "2016-10-12", documentId: "a" });
    expect(second).toEqual(first);
    expect(new Set(first.records.map((record) => record.id)).size).toBe(first.records.length);
  });

  it("quote evidence by offsets into the caller's string, even after masked furniture and bullets", () => {
    const text = `Back To Top\n\n  • ${article}\n\nMOST POPULAR\n`;
    const result = extractDefections(text, { publishedAt: "2016-10-12" });
    expect(result.records.length).toBe(2);
    for (const span of result.records.flatMap((record) => record.evidence)) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it("report the reference date used: the option, else a dateline, else null with a warning", () => {
    expect(extractDefections(article, { publishedAt: new Date("2016-10-12T15:00:00Z") }).publishedAt).toBe("2016-10-12");
    const dated = `October 23, 2015 10:49\n\n${article}`;
    expect(extractDefections(dated)).toMatchObject({ publishedAt: "2015-10-23", warnings: [] });
    const undated = extractDefections(article);
    expect(undated.publishedAt).toBeNull();
    expect(undated.warnings).toEqual(["no reference date: relative timeframes unresolved"]);
  });

  it("echo the document id", () => {
    expect(extractDefections(article, { documentId: "yonhap-1" }).documentId).toBe("yonhap-1");
  });

  it("let the caller extend the knowledge base", () => {
    const text = "A senior official of the Dragon Lantern Trading Bureau defected to Seoul in May.";
    const plain = extractDefections(text, { publishedAt: "2016-10-12" });
    expect(plain.records[0]?.organisation).toBeNull();
    const extended = extractDefections(text, {
      publishedAt: "2016-10-12",
      gazetteer: {
        organisations: [
          { canonical: "Dragon Lantern Trading Bureau", aliases: [], type: "trade", country: "KP", memberCategory: "trade" },
        ],
      },
    });
    expect(extended.records[0]?.organisation).toEqual({ name: "Dragon Lantern Trading Bureau", canonical: "Dragon Lantern Trading Bureau" });
    expect(extended.records[0]?.role?.category).toBe("trade");
  });
});
