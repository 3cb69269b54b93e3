// The package bundled for the browser runs in Chromium and extracts, from every fixture article, exactly what Node
// extracts: the same records field for field, statistics, warnings, turned-down triggers and mentions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExplainedResult } from "../../src/index.js";
import { bundleForBrowser, type BrowserBundle } from "./bundle.js";
import { launchChromium, openPage, type Session, type WatchedPage } from "./chromium.js";
import { explainedInNode, fixtureArticles } from "./fixtures.js";

let session: Session;
let watched: WatchedPage;
let bundle: BrowserBundle;
let inBrowser: ExplainedResult[];

beforeAll(async () => {
  [bundle, session] = await Promise.all([bundleForBrowser(), launchChromium()]);
  watched = await openPage(session);
  await watched.page.setContent("<!doctype html><title>bundle</title>");
  await watched.page.addScriptTag({ content: bundle.code });
  inBrowser = await watched.page.evaluate((articles) => {
    const api = (globalThis as unknown as { defectionExtractor: typeof import("../../src/browser.js") }).defectionExtractor;
    return articles.map((article) =>
      api.extractDefections(article.text, { publishedAt: article.publishedAt, documentId: article.id, explain: true }),
    );
  }, fixtureArticles);
}, 60_000);

afterAll(async () => {
  await session?.close();
});

describe("the browser bundle", () => {
  it("is built from the package's browser entry with no Node built-in in it", () => {
    const inputs = Object.keys(bundle.metafile.inputs);
    expect(inputs).toContain("dist/browser.js");
    expect(inputs.filter((input) => /^(?:node:|dist\/(?:index|cli|worker|chunk-))/.test(input))).toEqual([]);
    expect(bundle.code).not.toMatch(/\brequire\(["'](?:node:)?(?:fs|path|url|module|os|worker_threads)["']\)/);
  });

  it.each(fixtureArticles.map((article, index) => [article.id, index] as const))(
    "extracts from %s in Chromium what Node extracts",
    (_id, index) => {
      const article = fixtureArticles[index];
      if (!article) throw new Error("no article");
      const node = explainedInNode(article);
      const browser = inBrowser[index];
      expect(browser?.records).toHaveLength(node.records.length);
      node.records.forEach((record, recordIndex) => {
        for (const [field, value] of Object.entries(record)) {
          expect(browser?.records[recordIndex]?.[field as keyof typeof record], `record ${recordIndex + 1} ${field}`).toEqual(value);
        }
      });
      expect(browser).toEqual(node);
    },
  );

  it("logs no console error and asks for nothing over the network", () => {
    expect(watched.errors).toEqual([]);
    expect(watched.requests).toEqual([]);
  });
});
