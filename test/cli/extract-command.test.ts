// The built `extract` command: inputs of every kind, one outcome per input in order, bad input in its place,
// exit codes, and the same answers from one thread, many threads, the ESM and the CommonJS builds.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ndjson, parseLines, runCli } from "./run-cli.js";

const articles = {
  thae: "Thae Yong-ho, a minister at North Korea's embassy in London, defected to South Korea with his wife and two sons in late July.",
  colonel: "A senior colonel of the Reconnaissance General Bureau defected to the South last year, a lawmaker said on Thursday.",
  jo: "Jo Song-gil, the acting North Korean ambassador in Rome, went into hiding with his wife in November, an Italian official said.",
  workers: "Twelve waitresses from a North Korean restaurant in Ningbo arrived in Seoul in April, the Unification Ministry said.",
};

const folder = mkdtempSync(join(tmpdir(), "defection-extractor-cli-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

describe("NDJSON on stdin: every kind of bad line becomes an error outcome in its place", () => {
  it.each([
    ["missing_text", '{"id":"yonhap-7","publishedAt":"2016-10-12"}'],
    ["invalid_text", '{"id":"yonhap-8","text":["A North Korean diplomat defected."]}'],
    ["invalid_text", '{"id":"yonhap-9","text":42}'],
    ["invalid_published_at", JSON.stringify({ id: "nk-news-3", text: articles.thae, publishedAt: "last Tuesday" })],
    ["invalid_published_at", JSON.stringify({ id: "nk-news-4", text: articles.thae, publishedAt: "2016-02-30" })],
    ["invalid_published_at", JSON.stringify({ id: "nk-news-5", text: articles.thae, publishedAt: 20161012 })],
    ["invalid_id", JSON.stringify({ id: { source: "kcna" }, text: articles.colonel })],
    ["invalid_json", '{"id":"daily-nk-1","text":"A soldier crossed the DMZ'],
    ["invalid_document", '"A North Korean soldier defected across the DMZ."'],
    ["invalid_document", "null"],
    ["empty_line", "   "],
    ["invalid_utf8", Buffer.concat([Buffer.from('{"id":"x","text":"Pyongyang '), Buffer.from([0xc3, 0x28]), Buffer.from('"}')])],
  ])("%s: %s", async (code, line) => {
    const input = Buffer.concat([Buffer.from(ndjson([{ id: "before", text: articles.jo }])), Buffer.from(line), Buffer.from("\n"), Buffer.from(ndjson([{ id: "after", text: articles.colonel }]))]);
    const run = await runCli(["extract", "--format", "ndjson", "--jobs", "1"], { input });
    const outcomes = parseLines(run.stdout);
    expect(outcomes.map((outcome) => outcome.line)).toEqual([1, 2, 3]);
    expect(outcomes[0]).toHaveProperty("result");
    expect(outcomes[1]).toMatchObject({ line: 2, error: { code } });
    expect(outcomes[2]).toMatchObject({ id: "after", result: { documentId: "after" } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`line 2: ${code}:`);
  });

  it("--first-line 1001 numbers a block cut from a longer file from where it starts", async () => {
    const input = `${ndjson([{ id: "block-start", text: articles.jo }])}not json\n`;
    const run = await runCli(["extract", "--format", "ndjson", "--jobs", "1", "--first-line", "1001"], { input });
    expect(parseLines(run.stdout).map((outcome) => outcome.line)).toEqual([1001, 1002]);
    expect(run.stderr).toContain("line 1002: invalid_json:");
  });

  it("reports a line over --max-bytes as too_large without holding it", async () => {
    const long = JSON.stringify({ id: "long", text: `${articles.thae} `.repeat(50) });
    const run = await runCli(["extract", "--format", "ndjson", "--jobs", "1", "--max-bytes", "1000"], { input: ndjson([{ id: "short", text: articles.thae }]) + `${long}\n` });
    expect(parseLines(run.stdout).map((outcome) => (outcome.error as { code: string } | undefined)?.code ?? "ok")).toEqual(["ok", "too_large"]);
    expect(run.code).toBe(1);
  });

  it("a file mixing good lines and every kind of bad line gives exactly as many output lines, in order", async () => {
    const lines = [
      JSON.stringify({ id: "a1", text: articles.thae, publishedAt: "2016-10-12" }),
      "",
      '{"id":"a2","text":',
      JSON.stringify({ id: "a3" }),
      JSON.stringify({ id: "a4", text: 7 }),
      JSON.stringify({ id: "a5", text: articles.colonel, publishedAt: "12/10/2016" }),
      "[]",
      JSON.stringify({ id: "a6", text: articles.jo }),
      "\r",
      JSON.stringify({ id: "a7", text: "Doctors said the baby was born with birth defects caused by malnutrition." }),
    ];
    const path = file("mixed.jsonl", Buffer.concat([Buffer.from(`${lines.join("\n")}\n`), Buffer.from([0xff, 0xfe, 0x0a]), Buffer.from(JSON.stringify({ id: "a8", text: articles.workers }))]));
    const run = await runCli(["extract", path, "--format", "ndjson", "--jobs", "2"]);
    const outcomes = parseLines(run.stdout);
    expect(outcomes).toHaveLength(lines.length + 2);
    expect(outcomes.map((outcome) => outcome.line)).toEqual(Array.from({ length: lines.length + 2 }, (_, index) => index + 1));
    expect(outcomes.map((outcome) => (outcome.error as { code: string } | undefined)?.code ?? outcome.id)).toEqual([
      "a1", "empty_line", "invalid_json", "missing_text", "invalid_text", "invalid_published_at", "invalid_document", "a6", "empty_line", "a7", "invalid_utf8", "a8",
    ]);
    expect(run.stderr.trim().split("\n")).toHaveLength(8);
    expect(run.code).toBe(1);
  });
});

describe("articles: .txt files, sibling .meta.json, directories", () => {
  const articleFolder = join(folder, "articles");
  mkdirSync(articleFolder);
  writeFileSync(join(articleFolder, "b-colonel.txt"), articles.colonel);
  writeFileSync(join(articleFolder, "a-thae.txt"), articles.thae);
  writeFileSync(join(articleFolder, "a-thae.meta.json"), JSON.stringify({ publishedAt: "2016-10-12" }));
  writeFileSync(join(articleFolder, "c-jo.txt"), articles.jo);
  writeFileSync(join(articleFolder, "notes.md"), "not an article");

  it("reads a directory's .txt files sorted by name, the .meta.json date over --published-at", async () => {
    const run = await runCli(["extract", articleFolder, "--format", "ndjson", "--jobs", "1", "--published-at", "2019-01-03"]);
    const outcomes = parseLines(run.stdout);
    expect(outcomes.map((outcome) => outcome.id)).toEqual(["a-thae.txt", "b-colonel.txt", "c-jo.txt"].map((name) => join(articleFolder, name)));
    expect(outcomes.map((outcome) => (outcome.result as { publishedAt: string }).publishedAt)).toEqual(["2016-10-12", "2019-01-03", "2019-01-03"]);
    expect(outcomes.every((outcome) => !("line" in outcome))).toBe(true);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
  });

  it.each([
    ["unreadable_file", () => join(folder, "no-such-article.txt")],
    ["invalid_utf8", () => file("latin1.txt", Buffer.from([0x53, 0x65, 0x6f, 0x75, 0x6c, 0xe9, 0x20, 0x64, 0x65, 0x66, 0x65, 0x63, 0x74]))],
    ["invalid_meta", () => (file("broken-meta.meta.json", "{publishedAt: 2016}"), file("broken-meta.txt", articles.thae))],
    ["invalid_published_at", () => (file("bad-date.meta.json", JSON.stringify({ publishedAt: "Oct 12" })), file("bad-date.txt", articles.thae))],
    ["too_large", () => file("huge.txt", `${articles.thae}\n`.repeat(20))],
  ])("%s is reported in its place between two good articles", async (code, make) => {
    const bad = make();
    const run = await runCli(["extract", join(articleFolder, "c-jo.txt"), bad, join(articleFolder, "a-thae.txt"), "--format", "ndjson", "--jobs", "1", "--max-bytes", "1000"]);
    const outcomes = parseLines(run.stdout);
    expect(outcomes.map((outcome) => outcome.id)).toEqual([join(articleFolder, "c-jo.txt"), bad, join(articleFolder, "a-thae.txt")]);
    expect(outcomes[1]).toMatchObject({ error: { code } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(code);
  });
});

describe("exit codes and help", () => {
  it.each([
    [["extract", "--format", "xml"], "xml"],
    [["extract", "--jobs", "0"], "positive integer"],
    [["extract", "--jobs", "two"], "positive integer"],
    [["extract", "--published-at", "2016-02-30"], "ISO date"],
    [["extract", "--published-at", "last week"], "ISO date"],
    [["extract", "--unknown-flag"], "unknown option"],
    [["extract", "--first-line", "0"], "positive integer"],
    [["extract", "--published-at", "2016-10-12T99:99:99"], "ISO date"],
    [["extract", "--published-at", "10000-01-01"], "ISO date"],
    [["translate", "article.txt"], "unknown command"],
  ])("usage error %j exits 2 with a message on stderr and nothing on stdout", async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe("");
  });

  it.each([[["--help"]], [["extract", "--help"]], [["help", "extract"]]])("%j prints help and exits 0", async (args) => {
    const run = await runCli(args);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Usage: defection-extractor");
  });

  it("extract --help shows examples and the exit codes", async () => {
    const { stdout } = await runCli(["extract", "--help"]);
    expect(stdout).toContain("Examples:");
    expect(stdout).toContain("Exit codes:");
    expect(stdout).toContain("--format <format>");
  });

  it("exits 0 with nothing on stderr when every input is usable, hard negatives included", async () => {
    const input = ndjson([
      { id: "party", text: "The senator defected to the opposition Liberal Party on Monday, leaving the government without a majority." },
      { id: "health", text: "Doctors warned that the virus can cause birth defects if pregnant women are infected." },
      { id: "purge", text: "Pyongyang purged its vice premier last month and banished his deputy to a farm, the spy agency said." },
    ]);
    const run = await runCli(["extract", "--format", "ndjson", "--jobs", "1"], { input });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(parseLines(run.stdout).map((outcome) => outcome.id)).toEqual(["party", "health", "purge"]);
  });

  it("--quiet keeps bad inputs off stderr but still exits 1", async () => {
    const run = await runCli(["extract", "--format", "ndjson", "--jobs", "1", "--quiet"], { input: '{"id":"x"}\n' });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    expect(parseLines(run.stdout)).toEqual([{ id: "x", line: 1, error: expect.objectContaining({ code: "missing_text" }) }]);
  });
});

describe("the same answers however it runs", () => {
  const documents = Object.entries(articles).flatMap(([id, text], round) =>
    Array.from({ length: 5 }, (_, copy) => ({ id: `${id}-${copy}`, text, publishedAt: `201${round}-0${copy + 1}-15` })),
  );

  it("jobs 2 gives byte-identical NDJSON to jobs 1, in input order", async () => {
    const [single, pooled] = await Promise.all([
      runCli(["extract", "--format", "ndjson", "--jobs", "1"], { input: ndjson(documents) }),
      runCli(["extract", "--format", "ndjson", "--jobs", "2"], { input: ndjson(documents) }),
    ]);
    expect(pooled.code).toBe(0);
    expect(parseLines(pooled.stdout).map((outcome) => outcome.id)).toEqual(documents.map((document) => document.id));
    expect(pooled.stdout).toBe(single.stdout);
  });

  it("the CommonJS build (dist/cli.cjs) with workers gives the same output as the ES module build", async () => {
    const [esm, cjs] = await Promise.all([
      runCli(["extract", "fixtures/articles", "--format", "ndjson", "--jobs", "2"]),
      runCli(["extract", "fixtures/articles", "--format", "ndjson", "--jobs", "2"], { bin: "cli.cjs" }),
    ]);
    expect(cjs.stderr).toBe("");
    expect(cjs.code).toBe(0);
    expect(parseLines(cjs.stdout).length).toBeGreaterThan(0);
    expect(cjs.stdout).toBe(esm.stdout);
  });
});

describe("extract says why when asked", () => {
  it("--explain gives every record its explanation and the result its rejected triggers and mentions", async () => {
    const input = `${JSON.stringify({ id: "x", text: "A North Korean diplomat in Rome defected to Seoul last year. The MP defected to the Greens.", publishedAt: "2019-01-03" })}\n`;
    const plain = JSON.parse((await runCli(["extract", "--format", "ndjson", "--jobs", "1"], { input })).stdout) as { result: Record<string, unknown> };
    const run = await runCli(["extract", "--format", "ndjson", "--jobs", "1", "--explain"], { input });
    const explained = JSON.parse(run.stdout) as { result: { records: { explanation: { fields: Record<string, { rule: string }> } }[]; rejected: { rule: string }[]; mentions: unknown[] } };
    expect(plain.result).not.toHaveProperty("rejected");
    expect(explained.result.records[0]?.explanation.fields.destination?.rule).toBe("destination/toward");
    expect(explained.result.rejected.map((rejected) => rejected.rule)).toContain("lookalike/party-switch");
    expect(explained.result.mentions.length).toBeGreaterThan(0);
  });

  it("--format html marks the mentions, which only an explained result has", async () => {
    const input = `${JSON.stringify({ id: "x", text: "A North Korean diplomat in Rome defected to Seoul last year.", publishedAt: "2019-01-03" })}\n`;
    const run = await runCli(["extract", "--format", "html", "--jobs", "1"], { input });
    expect(run.stdout).toContain("destination/toward");
  });
});
