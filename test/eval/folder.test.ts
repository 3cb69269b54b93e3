// Running an extractor over a fixture folder: which files are read, what is skipped, what the extractor is given.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ExtractionResult } from "../../src/contract.js";
import { bundledFixturesDirectory, evaluateFolder } from "../../src/eval/index.js";
import { ARTICLE, named, result } from "./build.js";

const THAE = "Thae Yong-ho, a minister at North Korea's embassy in London, defected to Seoul with his family in late July.";
const folders: string[] = [];

function fixtureFolder(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), "defection-eval-"));
  folders.push(folder);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  return folder;
}

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const gold = JSON.stringify(result([named("Thae Yong-ho", THAE)], [], "yonhap-1"));
const meta = JSON.stringify({ id: "yonhap-1", outlet: "Yonhap", title: "N. Korean diplomat defects", publishedAt: "2016-08-17" });

describe("evaluateFolder", () => {
  it("scores each article against its gold, passing publishedAt from the meta file and the id", async () => {
    const folder = fixtureFolder({ "yonhap-1.txt": ARTICLE, "yonhap-1.meta.json": meta, "yonhap-1.gold.json": gold });
    const calls: unknown[] = [];
    const report = await evaluateFolder(folder, (text, options): ExtractionResult => {
      calls.push({ text, options });
      return result([named("Thae Yong Ho", THAE)], [], options.documentId ?? null);
    });
    expect(calls).toEqual([{ text: ARTICLE, options: { publishedAt: "2016-08-17", documentId: "yonhap-1" } }]);
    expect(report).toMatchObject({ documents: 1, directory: folder, skipped: [], records: { f1: 1 } });
    expect(report.fixtures).toEqual([{ id: "yonhap-1", outlet: "Yonhap", title: "N. Korean diplomat defects", publishedAt: "2016-08-17" }]);
  });

  it("skips an article without gold and reads one without meta with no reference date", async () => {
    const folder = fixtureFolder({ "a.txt": ARTICLE, "a.gold.json": gold, "b.txt": ARTICLE });
    const options: unknown[] = [];
    const report = await evaluateFolder(folder, (_text, given) => {
      options.push(given);
      return result([]);
    });
    expect(options).toEqual([{ documentId: "a" }]);
    expect(report.skipped).toEqual([{ id: "b", reason: "no b.gold.json" }]);
    expect(report.records).toMatchObject({ recall: 0, falseNegatives: 1 });
  });

  it.each([
    ["a gold file that is not JSON", "{ records: [", /not valid JSON/],
    ["a gold file without records", JSON.stringify({ statistics: [] }), /"records" array/],
  ])("rejects %s, naming the file", async (_title, content, message) => {
    const folder = fixtureFolder({ "x.txt": ARTICLE, "x.gold.json": content });
    await expect(evaluateFolder(folder, () => result([]))).rejects.toThrow(message);
  });

  it("finds the fixtures bundled with the package", () => {
    expect(bundledFixturesDirectory()).toBe(join(process.cwd(), "fixtures", "articles"));
  });
});
