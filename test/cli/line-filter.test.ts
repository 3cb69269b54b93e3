// `extract --format ndjson` on stdin is a line filter: each answer is written as soon as its line is done,
// before the next line arrives, so it can sit in a pipe (Spark RDD.pipe, GNU parallel --pipe) without buffering.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import { root } from "./run-cli.js";

describe("line filter", () => {
  it.each([["1"], ["2"]])("with --jobs %s answers each line before the next one is sent", async (jobs) => {
    const child = spawn(process.execPath, ["dist/cli.js", "extract", "-", "--format", "ndjson", "--jobs", jobs], { cwd: root, stdio: "pipe" });
    const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const sent = [
      { id: "reuters-1", text: "A North Korean diplomat posted in Kuwait defected to South Korea with his family last year." },
      "not json at all",
      { id: "reuters-3", text: "The lawmaker defected to the ruling party ahead of the April election." },
    ];
    const received: Array<Record<string, unknown>> = [];
    for (const line of sent) {
      child.stdin.write(`${typeof line === "string" ? line : JSON.stringify(line)}\n`);
      const answer = await answers.next();
      received.push(JSON.parse(answer.value as string) as Record<string, unknown>);
    }
    child.stdin.end();
    const [code] = (await once(child, "close")) as [number];
    expect(received.map((outcome) => outcome.line)).toEqual([1, 2, 3]);
    expect(received[1]).toMatchObject({ id: null, error: { code: "invalid_json" } });
    expect(code).toBe(1);
  });
});
