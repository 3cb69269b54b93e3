// A document that takes long to read (a cue sentence and 64 KB of non-Latin text) is bounded by --timeout: it is
// answered in its place, as a result or as "timeout", and the lines after it are answered while input still comes.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import { root } from "./run-cli.js";

const KOREAN_PROSE = "북한 외교관이 지난해 가족과 함께 한국으로 망명했다고 정부 소식통이 밝혔다 그는 대사관에서 일했다 ";

function slowDocument(): string {
  let text = "A North Korean diplomat posted in Bangkok defected to South Korea last year, officials said. ";
  while (Buffer.byteLength(text) < 64 * 1024) text += KOREAN_PROSE;
  return JSON.stringify({ id: "korean-64kb", text, publishedAt: "2016-10-12" });
}

describe("a slow document does not hold the stream", () => {
  it.each([["1"], ["2"]])("--jobs %s --timeout 2000: the 64 KB non-Latin line is answered in its place and the next lines follow", async (jobs) => {
    const child = spawn(process.execPath, ["dist/cli.js", "extract", "--format", "ndjson", "--jobs", jobs, "--timeout", "2000", "--quiet"], { cwd: root, stdio: "pipe" });
    const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const after = ["Rain closed the harbour road on Tuesday.", "A Cuban boxer defected during a tournament in Brazil in 2007, officials said."];
    child.stdin.write(`${slowDocument()}\n`);
    for (const [index, text] of after.entries()) child.stdin.write(`${JSON.stringify({ id: `after-${index}`, text })}\n`);
    const received: Array<{ line: number; id: string; result?: object; error?: { code: string } }> = [];
    for (let count = 0; count < 1 + after.length; count += 1) received.push(JSON.parse((await answers.next()).value as string));
    child.stdin.end();
    await once(child, "close");
    expect(received.map((outcome) => outcome.line)).toEqual([1, 2, 3]);
    expect(received[0]?.error?.code ?? "result").toMatch(/^(?:result|timeout)$/);
    expect(received.slice(1).map((outcome) => outcome.id)).toEqual(["after-0", "after-1"]);
    expect(received.slice(1).every((outcome) => outcome.result !== undefined)).toBe(true);
  }, 30_000);
});
