// `extract --format html`: one self-contained page for every input, with the articles themselves, a card per
// record, a list of documents, and failed inputs shown in their place.
import { describe, expect, it } from "vitest";
import { ndjson, parseLines, runCli } from "./run-cli.js";

const cardsIn = (html: string) => html.match(/<article class="card"/g)?.length ?? 0;

describe("extract --format html", () => {
  it("writes one page for the fixture articles with a card for every record", async () => {
    const [page, lines] = await Promise.all([
      runCli(["extract", "fixtures/articles", "--format", "html", "--jobs", "1"]),
      runCli(["extract", "fixtures/articles", "--format", "ndjson", "--jobs", "1"]),
    ]);
    expect(page.code).toBe(0);
    const records = parseLines(lines.stdout).reduce((sum, line) => sum + ((line.result as { records: unknown[] }).records.length), 0);
    expect(records).toBeGreaterThan(0);
    expect(cardsIn(page.stdout)).toBe(records);
    expect(page.stdout.match(/<!doctype html>/g)).toHaveLength(1);
    expect(page.stdout.match(/<section class="document"/g)).toHaveLength(5);
    expect(page.stdout).toContain('<nav class="documents"');
    expect(page.stdout).toContain("fixtures/articles/000_36e0c0bfd0d6ecf6.txt");
  });

  it("shows the article read from stdin, named by its id and line, with its markup as text", async () => {
    const input = ndjson([{ id: "brief-1", text: "A North Korean diplomat in Rome defected last year. <script>alert(1)</script>", publishedAt: "2019-01-03" }]);
    const run = await runCli(["extract", "--format", "html", "--jobs", "1"], { input });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(">brief-1 (line 1)</h2>");
    expect(run.stdout).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(cardsIn(run.stdout)).toBe(1);
  });

  it("shows an input that could not be read in its place and exits 1", async () => {
    const run = await runCli(["extract", "fixtures/articles/000_36e0c0bfd0d6ecf6.txt", "missing.txt", "--format", "html", "--quiet"]);
    expect(run.code).toBe(1);
    expect(run.stdout.match(/<section class="document"/g)).toHaveLength(2);
    expect(run.stdout).toMatch(/<p class="error">unreadable_file: [^<]*missing\.txt/);
  });
});
