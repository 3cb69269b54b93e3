// The built command when its output fails: a reader that goes away on stdout or stderr, and a full disk. Each ends
// with its documented exit code and at most one line of explanation, never a stack trace, and never loses output
// without saying so.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { openSync, closeSync } from "node:fs";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import { ndjson, root } from "./run-cli.js";

const STACK_LINE = /^\s+at /m;

/** Many short lines, every third one bad so diagnostics flow on stderr. */
function manyLines(count: number): string {
  return ndjson(
    Array.from({ length: count }, (_, index) =>
      index % 3 === 0 ? { id: `bad-${index}`, text: index } : { id: `ok-${index}`, text: "Rain is expected across the southern provinces on Tuesday." },
    ),
  );
}

function collect(stream: NodeJS.ReadableStream | null): () => string {
  let text = "";
  stream?.setEncoding("utf8");
  stream?.on("data", (chunk: string) => (text += chunk));
  return () => text;
}

describe("a reader that goes away", () => {
  it.each([["1"], ["2"]])("stdout closed after the first line (| head -1) with --jobs %s: exit 4, one line on stderr saying the output was cut short", async (jobs) => {
    const child = spawn(process.execPath, ["dist/cli.js", "extract", "--format", "ndjson", "--jobs", jobs, "--quiet"], { cwd: root, stdio: "pipe" });
    const stderr = collect(child.stderr);
    child.stdin.on("error", () => undefined);
    const first = createInterface({ input: child.stdout })[Symbol.asyncIterator]().next();
    child.stdin.write(manyLines(200));
    expect(JSON.parse((await first).value as string)).toMatchObject({ line: 1 });
    child.stdout.destroy();
    // The input never ends, as in a Spark task that stops reading: the command must stop by itself.
    const feeding = setInterval(() => child.stdin.write(manyLines(50)), 20);
    const [code] = (await once(child, "exit")) as [number];
    clearInterval(feeding);
    expect(code).toBe(4);
    expect(stderr()).toMatch(/^defection-extractor: output cut short: stdout was closed by its reader after \d+ outcomes?; the rest of the input was not read\n$/);
  });

  it("stderr closed after the first diagnostic (2>&1 >out | head -1): diagnostics stop, every outcome is still written, exit 4", async () => {
    const child = spawn(process.execPath, ["dist/cli.js", "extract", "--format", "ndjson", "--jobs", "2"], { cwd: root, stdio: "pipe" });
    const stdout = collect(child.stdout);
    const first = createInterface({ input: child.stderr })[Symbol.asyncIterator]().next();
    child.stdin.end(manyLines(3000));
    expect((await first).value).toContain("invalid_text");
    child.stderr.destroy();
    const [code] = (await once(child, "close")) as [number];
    const lines = stdout().split("\n").filter((line) => line !== "");
    expect(lines).toHaveLength(3000);
    expect(lines.map((line) => (JSON.parse(line) as { line: number }).line)).toEqual(Array.from({ length: 3000 }, (_, index) => index + 1));
    expect(code).toBe(4);
  });
});

describe("output that cannot be written", () => {
  it.each([
    ["stdout", 1],
    ["stderr", 2],
  ] as const)("%s on a full disk (/dev/full): exit 3 with a one-line message, no stack trace", async (name, fd) => {
    const full = openSync("/dev/full", "w");
    const stdio: Array<"pipe" | number> = ["pipe", "pipe", "pipe"];
    stdio[fd] = full;
    const child = spawn(process.execPath, ["dist/cli.js", "extract", "--format", "ndjson", "--jobs", "1"], { cwd: root, stdio });
    closeSync(full);
    const stdout = collect(child.stdout);
    const stderr = collect(child.stderr);
    child.stdin?.end(manyLines(300));
    const [code] = (await once(child, "close")) as [number];
    expect(code).toBe(3);
    if (name === "stdout") {
      expect(stderr()).toMatch(/^(?:defection-extractor: .+: invalid_text: .+\n)*defection-extractor: cannot write the output after 0 outcomes: ENOSPC: no space left on device, write\n$/);
      expect(stderr()).not.toMatch(STACK_LINE);
    } else {
      expect(stdout().split("\n").filter((line) => line !== "")).toHaveLength(300);
    }
  });

  it.each([[["--help"]], [["eval", "fixtures/articles", "--verbose"]]])("%j on a full disk: exit 3 with the one-line message", async (args) => {
    const full = openSync("/dev/full", "w");
    const child = spawn(process.execPath, ["dist/cli.js", ...args], { cwd: root, stdio: ["ignore", full, "pipe"] });
    closeSync(full);
    const stderr = collect(child.stderr);
    const [code] = (await once(child, "close")) as [number];
    expect(code).toBe(3);
    expect(stderr()).toBe("defection-extractor: cannot write the output: ENOSPC: no space left on device, write\n");
  });
});
