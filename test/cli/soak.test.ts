// A short soak (bench/soak.mjs) through the built command with two workers: a few thousand lines with bad lines of
// every kind and one 40 MB line; every line comes back once, in order, with the code its kind calls for.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { root } from "./run-cli.js";

describe("soak", () => {
  it("2,000 lines in, 2,000 out, in order, each bad line with its own code, the 40 MB line too_large", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ["bench/soak.mjs", "--lines", "2000", "--huge-mb", "40", "--jobs", "2", "--json"], { cwd: root });
    const summary = JSON.parse(stdout) as { linesIn: number; linesOut: number; outOfOrder: number; unexpected: unknown[]; errorsByCode: Record<string, number>; exitCode: number; passed: boolean };
    expect(summary).toMatchObject({ linesIn: 2000, linesOut: 2000, outOfOrder: 0, unexpected: [], exitCode: 1, passed: true });
    expect(Object.keys(summary.errorsByCode).sort()).toEqual([
      "empty_line", "invalid_document", "invalid_id", "invalid_json", "invalid_published_at", "invalid_text", "invalid_utf8", "missing_text", "too_large",
    ]);
    expect(summary.errorsByCode.too_large).toBe(1);
  }, 180_000);
});
