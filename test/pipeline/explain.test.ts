// explain: true says why: a rule and the words read for every filled field of every record, the triggers turned
// down with the rule that did it, and the mentions read. Every rule id has exactly one home in src/.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ExplainedResult, ExplainedField } from "../../src/index.js";
import { extractDefections } from "../../src/index.js";

const root = new URL("../../", import.meta.url).pathname;
const setDirs = ["fixtures/articles", "fixtures/news"].map((dir) => join(root, dir));

interface Article {
  id: string;
  text: string;
  publishedAt: string | null;
}

const articles: Article[] = setDirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((file) => file.endsWith(".txt"))
    .map((file) => {
      const id = file.slice(0, -".txt".length);
      const meta = JSON.parse(readFileSync(join(dir, `${id}.meta.json`), "utf8")) as { publishedAt: string | null };
      return { id, text: readFileSync(join(dir, file), "utf8"), publishedAt: meta.publishedAt };
    }),
);

const explainedOf = (article: Article): ExplainedResult =>
  extractDefections(article.text, { explain: true, ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}) });

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(?:ts|json)$/.test(name) ? [path] : [];
  });
}
// Comments may quote a rule id as an example; only code and data are its home.
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
const sources = sourceFiles(join(root, "src")).map((path) => withoutComments(readFileSync(path, "utf8")));
const homesOf = (rule: string) => sources.reduce((count, text) => count + text.split(`"${rule}"`).length - 1, 0);

const filledFields = (record: ExplainedResult["records"][number]): ExplainedField[] => {
  const fields: ExplainedField[] = ["person", "status"];
  if (record.role) fields.push("role");
  if (record.organisation) fields.push("organisation");
  if (record.origin) fields.push("origin");
  if (record.destination) fields.push("destination");
  if (record.timeframe) fields.push("timeframe");
  if (record.count !== null) fields.push("count");
  if (record.companions.length > 0) fields.push("companions");
  return fields;
};

describe.each(articles)("explain on $id", (article) => {
  const explained = explainedOf(article);

  it("names a rule and the words read for every filled field of every record", () => {
    const unexplained = explained.records.flatMap((record) =>
      filledFields(record)
        .filter((field) => record.explanation.fields[field] === undefined)
        .map((field) => `${record.person.name ?? record.person.description}: ${field}`),
    );
    expect(unexplained).toEqual([]);
  });

  it("quotes the caller's text exactly in every span", () => {
    const spans = [
      ...explained.records.flatMap((record) => [record.explanation.trigger.span, ...Object.values(record.explanation.fields).map((source) => source.span)]),
      ...explained.rejected.flatMap((rejected) => [rejected.span, rejected.sentence]),
      ...explained.mentions.map((mention) => mention.span),
    ];
    expect(spans.filter((span) => article.text.slice(span.start, span.end) !== span.text)).toEqual([]);
  });

  it("gives every rule id exactly one home in src/", () => {
    const rules = new Set([
      ...explained.records.flatMap((record) => [record.explanation.trigger.rule, ...Object.values(record.explanation.fields).flatMap((source) => [source.rule, source.mention ?? []].flat())]),
      ...explained.rejected.flatMap((rejected) => [rejected.rule, rejected.trigger]),
      ...explained.mentions.map((mention) => mention.rule),
    ]);
    expect([...rules].filter((rule) => homesOf(rule) !== 1).map((rule) => `${rule}: ${homesOf(rule)} homes`)).toEqual([]);
  });

  it("changes nothing else: without explain the result is the same, minus the explanations", () => {
    const plain = extractDefections(article.text, article.publishedAt ? { publishedAt: article.publishedAt } : {});
    const { rejected, mentions, records, ...rest } = explained;
    expect(rejected).toBeInstanceOf(Array);
    expect(mentions).toBeInstanceOf(Array);
    expect({ ...rest, records: records.map(({ explanation, ...record }) => record) }).toEqual(plain);
  });
});

describe("rejected triggers on hard negatives", () => {
  it.each([
    ["neg-01-mp-party-defections", "lookalike/party-switch"],
    ["neg-02-hyundai-kia-recall-defects", "lookalike/product-defect"],
  ])("%s lists its look-alike triggers with %s", (id, rule) => {
    const article = articles.find((candidate) => candidate.id === id);
    if (!article) throw new Error(`no article ${id}`);
    const rejected = explainedOf(article).rejected;
    expect(rejected.filter((trigger) => trigger.reason === "lookalike").map((trigger) => trigger.rule)).toContain(rule);
  });

  it.each([
    ["The MP defected to the Conservatives on Tuesday.", "lookalike", "lookalike/party-switch"],
    ["Two of its top traders defected to a rival bank last month.", "lookalike", "lookalike/job-switch"],
    ["Officials feared the envoy would defect during the summit.", "hedge", "lookalike/hypothetical"],
    ["The embassy denied that the diplomat had defected.", "negation", "lookalike/negation"],
    ["Dozens of officials have defected in recent years.", "vague-plural", "subject/vague-plural-role"],
  ])("%s is rejected as %s by %s", (sentence, reason, rule) => {
    expect(extractDefections(sentence, { explain: true }).rejected).toMatchObject([{ reason, rule }]);
  });
});
