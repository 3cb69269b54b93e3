// The HTML report of the fixture articles in headless Chromium: every record card shows, the shaded sentences are
// exactly the evidence, hovering or focusing a field lights exactly its source words, and nothing errs or loads.
import { writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderHtml, renderHtmlReport, type ExplainedResult } from "../../src/index.js";
import { launchChromium, openPage, type Session, type WatchedPage } from "./chromium.js";
import { explainedInNode, fixtureArticles } from "./fixtures.js";

const documents = fixtureArticles.map((article) => ({ title: `${article.id}.txt`, text: article.text, result: explainedInNode(article) }));
const report = renderHtmlReport(documents);

type Range = [number, number];

/** Offsets of elements inside their article's text, read from the DOM as a reader's selection would be. */
function offsetsIn(page: Page, selector: string): Promise<Range[][]> {
  return page.evaluate((selector) => {
    return [...document.querySelectorAll(".document")].map((section) => {
      const text = section.querySelector(".text");
      if (!text) return [];
      return [...section.querySelectorAll(selector)].map((element): [number, number] => {
        const before = document.createRange();
        before.setStart(text, 0);
        before.setEndBefore(element);
        const start = before.toString().length;
        return [start, start + (element.textContent ?? "").length];
      });
    });
  }, selector);
}

/** The offsets covered by lit elements, merged into ranges. */
async function litRanges(page: Page, documentIndex: number): Promise<Range[]> {
  return merged((await offsetsIn(page, ".lit"))[documentIndex] ?? []);
}

/** Pieces of text (possibly nested or touching) as the ranges they cover together. */
function merged(pieces: Range[]): Range[] {
  const ranges: Range[] = [];
  for (const [start, end] of [...pieces].sort((a, b) => a[0] - b[0])) {
    const last = ranges[ranges.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  }
  return ranges;
}

/** Each field's source as the ranges it should light: none for an empty span. */
function sourcesOf(result: ExplainedResult, recordIndex: number): Array<[string, Range[]]> {
  const record = result.records[recordIndex];
  if (!record) return [];
  const sources = { ...record.explanation.fields, trigger: record.explanation.trigger };
  return Object.entries(sources).map(([field, { span }]) => [field, span.start < span.end ? [[span.start, span.end]] : []]);
}

let session: Session;
let watched: WatchedPage;

beforeAll(async () => {
  session = await launchChromium();
  watched = await openPage(session);
  await watched.page.setContent(report);
});

afterAll(async () => {
  await session?.close();
});

describe("the HTML report of the fixture articles in Chromium", () => {
  it("shows every record card", async () => {
    const cards = watched.page.locator(".card");
    expect(await cards.count()).toBe(documents.reduce((sum, document) => sum + document.result.records.length, 0));
    for (const card of await cards.all()) expect(await card.isVisible()).toBe(true);
  });

  it("shades exactly the evidence sentences, at their offsets", async () => {
    const shaded = await offsetsIn(watched.page, ".sentence.evidence");
    documents.forEach((document, index) => {
      const evidence = new Map(document.result.records.flatMap((record) => record.evidence.map((span) => [`${span.start}:${span.end}`, span])));
      const expected = [...evidence.values()].map((span): Range => [span.start, span.end]).sort((a, b) => a[0] - b[0]);
      expect(shaded[index], document.title).toEqual(expected);
    });
  });

  it("keeps each article's text exactly as given", async () => {
    const texts = await watched.page.$$eval(".document .text", (elements) => elements.map((element) => element.textContent));
    expect(texts).toEqual(documents.map((document) => document.text));
  });

  it("marks every mention, labelled by kind", async () => {
    const marks = await offsetsIn(watched.page, "mark.mention");
    documents.forEach((document, index) => {
      const covered = new Set((marks[index] ?? []).map(([start]) => start));
      for (const mention of document.result.mentions) expect(covered.has(mention.span.start), `${document.title}: ${mention.span.text}`).toBe(true);
    });
    const label = await watched.page.$eval(".text .m-person .label", (element) => getComputedStyle(element, "::after").content);
    expect(label).toBe('"person"');
  });

  it("lights exactly a field's source words when the pointer is over it", async () => {
    const [first] = documents;
    if (!first) throw new Error("no fixture articles");
    for (const [field, range] of sourcesOf(first.result, 0)) {
      await watched.page.locator(`#d1-r1 .field-${field}`).hover();
      expect(await litRanges(watched.page, 0), field).toEqual(range);
    }
  });

  it("lights the source words of every field of every record", async () => {
    // Every field in one pass inside the page: the pointer arrives (mouseover), then the lit pieces are read.
    const lit = await watched.page.evaluate(() => {
      const offsetOf = (element: Element, text: Element): number => {
        const before = document.createRange();
        before.setStart(text, 0);
        before.setEndBefore(element);
        return before.toString().length;
      };
      return [...document.querySelectorAll(".card .field[data-source]")].map((field) => {
        field.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
        const text = field.closest(".document")?.querySelector(".text");
        const pieces = text ? [...text.querySelectorAll(".lit")].map((element) => [offsetOf(element, text), (element.textContent ?? "").length]) : [];
        return { field: `${field.closest(".card")?.id} ${field.className}`, pieces };
      });
    });
    const expected = documents.flatMap((document, documentIndex) =>
      document.result.records.flatMap((_, recordIndex) =>
        sourcesOf(document.result, recordIndex).map(([field, ranges]) => [`d${documentIndex + 1}-r${recordIndex + 1} field field-${field}`, ranges] as const),
      ),
    );
    const found = new Map(lit.map(({ field, pieces }) => [field, merged(pieces.map(([start = 0, length = 0]): Range => [start, start + length]))]));
    for (const [field, ranges] of expected) expect(found.get(field), field).toEqual(ranges);
  });

  it("lights a field's source words when the keyboard reaches its rule", async () => {
    await watched.page.mouse.move(0, 0);
    await watched.page.locator("#d1-r1 .field-person button.rule").focus();
    const [, range] = sourcesOf(documents[0]?.result as ExplainedResult, 0).find(([field]) => field === "person") ?? [];
    expect(await litRanges(watched.page, 0)).toEqual(range);
    await watched.page.keyboard.press("Tab");
    expect(await watched.page.evaluate(() => document.activeElement?.closest(".field")?.className)).toBe("field field-role");
  });

  it("reaches the first rule from the top of the page with the keyboard alone", async () => {
    const page = (await openPage(session)).page;
    await page.setContent(report);
    let focused = "";
    for (let press = 0; press < 20 && focused !== "rule"; press += 1) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.className ?? "");
    }
    expect(focused).toBe("rule");
    await page.close();
  });

  it("logs no console error and asks for nothing over the network", () => {
    expect(watched.errors).toEqual([]);
    expect(watched.requests).toEqual([]);
  });

  it("fits a phone's width without sideways scrolling", async () => {
    const phone = await openPage(session, { width: 390, height: 844 });
    await phone.page.setContent(report);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await phone.page.locator(".card").first().isVisible()).toBe(true);
    expect(phone.errors).toEqual([]);
    await phone.page.close();
  });

  it("shows an article's <script> as text and never runs it", async () => {
    const text = 'A North Korean diplomat defected. <script>window.injected = true</script><img src="x" onerror="window.injected = true">';
    const page = await openPage(session);
    await page.page.setContent(renderHtml(text, { documentId: null, publishedAt: null, records: [], statistics: [], warnings: [] }));
    expect(await page.page.evaluate(() => (window as { injected?: boolean }).injected)).toBeUndefined();
    expect(await page.page.$eval(".text", (element) => element.textContent)).toBe(text);
    expect(page.requests).toEqual([]);
    await page.page.close();
  });

  it("takes a screenshot of the report with a field's source lit", async () => {
    await watched.page.evaluate(() => {
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      window.scrollTo(0, 0);
    });
    await watched.page.locator("#d1-r1 .field-organisation").hover();
    const image = await watched.page.screenshot();
    // A PNG of the viewport: signature, then the IHDR width and height.
    expect(image.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([image.readUInt32BE(16), image.readUInt32BE(20)]).toEqual([1280, 900]);
    if (process.env.REPORT_SCREENSHOT) writeFileSync(process.env.REPORT_SCREENSHOT, image);
  });
});
