// The bundled fixture articles with their dates, and the explained results Node gives for them.
import { readdirSync, readFileSync } from "node:fs";
import { extractDefections, type ExplainedResult } from "../../src/index.js";

export interface FixtureArticle {
  id: string;
  text: string;
  publishedAt: string;
}

const folder = new URL("../../fixtures/articles/", import.meta.url);

export const fixtureArticles: FixtureArticle[] = readdirSync(folder)
  .filter((file) => file.endsWith(".txt"))
  .sort()
  .map((file) => {
    const id = file.slice(0, -".txt".length);
    const meta = JSON.parse(readFileSync(new URL(`${id}.meta.json`, folder), "utf8")) as { publishedAt: string };
    return { id, text: readFileSync(new URL(file, folder), "utf8"), publishedAt: meta.publishedAt };
  });

export function explainedInNode(article: FixtureArticle): ExplainedResult {
  return extractDefections(article.text, { publishedAt: article.publishedAt, documentId: article.id, explain: true });
}
