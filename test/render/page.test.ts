// renderHtml draws a result over its text as one self-contained page: every text escaped, offsets kept, marks and
// sources only when the result explains itself, a list of documents when there are several.
import { describe, expect, it } from "vitest";
import type { ExplainedResult, ExtractionResult, Span } from "../../src/index.js";
import { extractDefections, InvalidInputError, renderHtml, renderHtmlReport } from "../../src/index.js";

const KIM = "Kim Chol-song, a third secretary at North Korea's trade mission in Russia, escaped to Seoul in late July.";

function spanOf(text: string, words: string): Span {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return { text: words, start, end: start + words.length };
}

/** A result written by hand, as a caller (or another version of the extractor) might pass it. */
function handExplained(text: string): ExplainedResult {
  return {
    documentId: "yonhap-1",
    publishedAt: "2016-10-12",
    records: [
      {
        id: "rec-1",
        person: { name: "Kim Chol-song", description: null },
        role: { title: "third secretary", category: "diplomat" },
        organisation: { name: "trade mission in Russia", canonical: null },
        origin: { name: "Russia", country: "RU", kind: "country" },
        destination: { name: "Seoul", country: "KR", kind: "city" },
        timeframe: { text: "late July", start: "2016-07-21", end: "2016-07-31", precision: "month" },
        count: 1,
        companions: [],
        status: "defected",
        evidence: [spanOf(text, text.trim())],
        confidence: 0.9,
        explanation: {
          trigger: { rule: "trigger/escape", span: spanOf(text, "escaped") },
          fields: {
            person: { rule: "subject/appositive", span: spanOf(text, "Kim Chol-song"), mention: "person/korean-name" },
            role: { rule: "role/appositive", span: spanOf(text, "third secretary"), mention: "role/title" },
            organisation: { rule: "organisation/at", span: spanOf(text, "trade mission in Russia") },
            origin: { rule: "origin/organisation-host", span: spanOf(text, "Russia"), mention: "place/country" },
            destination: { rule: "destination/to", span: spanOf(text, "Seoul"), mention: "place/city" },
            timeframe: { rule: "timeframe/clause-date", span: spanOf(text, "late July"), mention: "date/late-month" },
            status: { rule: "status/trigger-word", span: spanOf(text, "escaped") },
          },
        },
      },
    ],
    statistics: [],
    warnings: [],
    rejected: [],
    mentions: [
      { kind: "person", span: spanOf(text, "Kim Chol-song"), rule: "person/korean-name" },
      { kind: "role", span: spanOf(text, "third secretary"), rule: "role/title" },
      { kind: "organisation", span: spanOf(text, "trade mission in Russia"), rule: "organisation/generic" },
      { kind: "place", span: spanOf(text, "Russia"), rule: "place/country" },
      { kind: "place", span: spanOf(text, "Seoul"), rule: "place/city" },
      { kind: "date", span: spanOf(text, "late July"), rule: "date/late-month" },
    ],
  };
}

function plainOf(result: ExplainedResult): ExtractionResult {
  const { rejected: _rejected, mentions: _mentions, ...plain } = result;
  return { ...plain, records: result.records.map(({ explanation: _explanation, ...record }) => record) };
}

/** The article's text as a browser reads it: tags dropped (labels are drawn by CSS), references decoded. */
function articleText(html: string): string {
  const inner = /<div class="text"[^>]*>([\s\S]*?)<\/div><div class="findings">/.exec(html)?.[1] ?? "";
  return inner
    .replace(/<[^>]*>/g, "")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&#x([\da-f]+);/gi, (_, code: string) => String.fromCharCode(parseInt(code, 16)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

/** The text inside every element tagged with one source key, piece after piece. */
function wrappedWords(html: string, key: string): string[] {
  const pieces: string[] = [];
  for (const opening of html.matchAll(new RegExp(`data-src="(?:[^"]* )?${key}(?: [^"]*)?">`, "g"))) {
    let depth = 0;
    let words = "";
    const tags = /<(\/?)[a-z][^>]*>|[^<]+/g;
    tags.lastIndex = (opening.index ?? 0) + opening[0].length;
    for (let token = tags.exec(html); token && depth >= 0; token = tags.exec(html)) {
      if (!token[0].startsWith("<")) words += token[0];
      else depth += token[1] ? -1 : 1;
    }
    pieces.push(words);
  }
  return pieces;
}

describe("renderHtml", () => {
  it.each([
    ["A story about <script>alert(1)</script> defectors.", "<script>alert(1)</script>"],
    ['He said "I defected" & left <img src=x onerror=alert(1)>.', "<img src=x onerror=alert(1)>"],
  ])("an article containing markup renders it as text: %s", (text, markup) => {
    const html = renderHtml(text, extractDefections(text, { explain: true }));
    expect(html).not.toContain(markup);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(articleText(html)).toBe(text);
  });

  it("escapes values from the result too: ids, names and rule names", () => {
    const result = handExplained(KIM);
    const [record] = result.records;
    if (!record) throw new Error("no record");
    const hostile = { ...result, documentId: "<b>id</b>", records: [{ ...record, id: '"><script>x()</script>', person: { name: "<i>Kim</i>", description: null } }] };
    const html = renderHtml(KIM, hostile);
    expect(html).not.toMatch(/<b>id|<i>Kim|"><script>x/);
    expect(html).toContain("&lt;i&gt;Kim&lt;/i&gt;");
  });

  it.each([
    ["line breaks written as CR LF", "Kim Chol-song escaped to Seoul.\r\nHe is 42.\r\n"],
    ["a NUL and a tab", "Kim Chol-song\tescaped\0 to Seoul."],
    ["characters outside the basic plane", "Kim Chol-song 🇰🇷 escaped to Seoul."],
  ])("the page's article text keeps the caller's offsets: %s", (_name, text) => {
    const html = renderHtml(text, extractDefections(text, { explain: true }));
    expect(articleText(html).replace(/\uFFFD/g, "\0")).toBe(text);
  });

  it("marks every mention by kind and wraps every field's source words", () => {
    const result = handExplained(KIM);
    const html = renderHtml(KIM, result);
    expect(html.match(/<mark class="mention m-/g)).toHaveLength(result.mentions.length);
    expect(html).toContain(`<mark class="mention m-person" title="person (person/korean-name)">Kim Chol-song`);
    for (const [field, source] of Object.entries(result.records[0]?.explanation.fields ?? {})) {
      expect(html).toContain(`data-source="d1-r1-${field}"`);
      expect(wrappedWords(html, `d1-r1-${field}`).join("")).toBe(source.span.text);
    }
    expect(html).toContain(">subject/appositive</button>");
    expect(articleText(html)).toBe(KIM);
  });

  it("shades each evidence sentence once, however many records cite it", () => {
    const result = handExplained(KIM);
    const [record] = result.records;
    if (!record) throw new Error("no record");
    const html = renderHtml(KIM, { ...result, records: [record, { ...record, id: "rec-2" }] });
    expect(html.match(/class="sentence evidence"/g)).toHaveLength(1);
    expect(html).toContain(`class="sentence evidence" data-src="d1-r1-evidence d1-r2-evidence"`);
  });

  it("draws a plain result without explanations: evidence and cards, no marks and no sources", () => {
    const html = renderHtml(KIM, plainOf(handExplained(KIM)));
    expect(html).not.toContain("<mark");
    expect(html).not.toMatch(/data-source="d1-r1-(?:person|role|trigger)"/);
    expect(html).not.toContain('class="rule"');
    expect(html).toContain('class="sentence evidence"');
    expect(html).toContain('<article class="card" id="d1-r1"');
    expect(html).toContain("has no explanations");
  });

  it("shows every contract field of a record, the empty ones as none", () => {
    const html = renderHtml(KIM, handExplained(KIM));
    for (const field of ["person", "role", "organisation", "origin", "destination", "timeframe", "count", "companions", "status", "confidence", "evidence"]) {
      expect(html).toContain(`<dt>${field}</dt>`);
    }
    expect(html).toMatch(/<dt>companions<\/dt><dd><span class="none">none<\/span>/);
  });

  it("lists statistics with their sentences and turned-down triggers with their reasons", () => {
    const text =
      "About 30,000 North Koreans have defected to the South since 1953. Kim Jong-un was reportedly upset by the growing number of elite members defecting.";
    const html = renderHtml(text, extractDefections(text, { publishedAt: "2016-10-12", explain: true }));
    expect(html).toContain('<li class="statistic" data-source="d1-s1"><strong>about 30,000');
    expect(html).toContain('class="sentence statistic" data-src="d1-s1"');
    expect(html).toMatch(/<li class="turned-down" data-source="d1-x1"><q>defect/);
    expect(html).toContain('class="trigger rejected-trigger" data-src="d1-x1"');
  });

  it("does not draw spans that do not fit the text, and says so", () => {
    const html = renderHtml(`Elsewhere: ${KIM}`, handExplained(KIM));
    expect(html).not.toContain("<mark");
    expect(html).toMatch(/\d+ spans of this result do not fit this text/);
  });

  it("asks for nothing outside the page", () => {
    const html = renderHtml(KIM, handExplained(KIM));
    expect(html).not.toMatch(/(?<![\w-])(?:src|href)="(?!#)|url\(|@import|https?:/);
    expect(html).toContain(`content="default-src 'none';`);
  });

  it.each<[string, () => unknown]>([
    ["a text that is not a string", () => renderHtml(42 as unknown as string, handExplained(KIM))],
    ["a result that is not one", () => renderHtml(KIM, { records: "none" } as unknown as ExtractionResult)],
    ["documents that are not a list", () => renderHtmlReport("report" as unknown as [])],
    ["a document without text", () => renderHtmlReport([{ result: handExplained(KIM) } as unknown as { text: string; result: ExtractionResult }])],
  ])("rejects %s with InvalidInputError", (_name, render) => {
    expect(render).toThrow(InvalidInputError);
  });
});

describe("renderHtmlReport", () => {
  it("gives several documents one page with a list linking to each, failed ones with their error", () => {
    const other = "A North Korean diplomat in Rome defected last year.";
    const html = renderHtmlReport([
      { title: "kim.txt", text: KIM, result: handExplained(KIM) },
      { title: "rome.txt", text: other, result: extractDefections(other, { explain: true }) },
      { title: "broken.txt", error: { code: "invalid_utf8", message: "broken.txt is not valid UTF-8" } },
    ]);
    expect(html).toContain('<nav class="documents"');
    expect(html.match(/<li><a href="#d\d">/g)).toHaveLength(3);
    expect(html).toContain('<section class="document" id="d2"');
    expect(html).toContain("invalid_utf8: broken.txt is not valid UTF-8");
    expect(html.match(/<!doctype html>/g)).toHaveLength(1);
  });

  it("gives one document no list of documents", () => {
    expect(renderHtmlReport([{ text: KIM, result: handExplained(KIM) }])).not.toContain("<nav");
  });
});
