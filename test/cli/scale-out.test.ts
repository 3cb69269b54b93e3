// The README's scale-out recipes, run for real: the Spark pipe() command keeps its contract (one line out per line
// in, same order, nothing else on stdout, a clean exit when stdout closes early), and the GNU parallel recipe, run by
// the real `parallel`, writes byte for byte what one process writes.
import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { root, runCli } from "./run-cli.js";

const readme = readFileSync(join(root, "README.md"), "utf8");
const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(root, "dist/cli.js"))}`;
const folder = mkdtempSync(join(tmpdir(), "defection-extractor-scale-out-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The first shell command under `heading` in the README that `pattern` finds, with the installed binary replaced by the built one. */
function recipe(heading: string, pattern: RegExp): string {
  const found = pattern.exec(readme.slice(readme.indexOf(heading)));
  if (!found?.[1]) throw new Error(`no recipe under ${heading}`);
  return found[1].replace(/\\\n\s*/g, "").replace(/\bdefection-extractor\b/g, command);
}

/** A few thousand lines: fixture articles now and then, bad lines of several kinds, short irrelevant news otherwise. */
function articleLines(count: number): string[] {
  const fixtures = readdirSync(join(root, "fixtures/articles"))
    .filter((name) => name.endsWith(".txt"))
    .map((name) => readFileSync(join(root, "fixtures/articles", name), "utf8"));
  const bad = ['{"id":"broken","text":', "", '{"id":"n","text":7}', "[]", '{"id":"d","text":"A soldier defected.","publishedAt":"2016-02-30"}', "   \r"];
  return Array.from({ length: count }, (_, index) => {
    if (index % 97 === 5) return JSON.stringify({ id: `article-${index}`, text: fixtures[index % fixtures.length], publishedAt: "2016-10-12" });
    if (index % 20 === 3) return bad[index % bad.length] as string;
    return JSON.stringify({ id: `brief-${index}`, text: `Heavy rain closed ${index % 7} roads near the harbour on day ${index}; ferries ran late.` });
  });
}

describe("Spark: the command rdd.pipe() runs", () => {
  const spark = recipe("### Spark", /rdd\.pipe\("([^"]+)"\)/);

  it("writes one line per input line, in order, each an outcome, and nothing else on stdout or stderr", async () => {
    const lines = articleLines(400);
    const run = await runCli(spark.replace(command, "").trim().split(/\s+/), { input: `${lines.join("\n")}\n` });
    const written = run.stdout.split("\n");
    expect(written.pop()).toBe("");
    expect(written).toHaveLength(lines.length);
    written.forEach((text, index) => {
      const outcome = JSON.parse(text) as { id: unknown; line: number };
      expect(outcome.line).toBe(index + 1);
      const sent = lines[index]?.startsWith('{"id":"') ? (JSON.parse(lines[index] as string) as { id: string }).id : null;
      if (sent !== null) expect(outcome.id).toBe(sent);
    });
    expect(run.stderr).toBe("");
  });

  it("stops by itself, exit 4 and one line on stderr, when the task stops reading while input still comes", async () => {
    const child = spawn("sh", ["-c", spark], { cwd: root, stdio: "pipe" });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.stdin.on("error", () => undefined);
    const first = createInterface({ input: child.stdout })[Symbol.asyncIterator]().next();
    child.stdin.write(`${articleLines(100).join("\n")}\n`);
    await first;
    child.stdout.destroy();
    const feeding = setInterval(() => child.stdin.write(`${articleLines(20).join("\n")}\n`), 20);
    const [code] = (await once(child, "exit")) as [number];
    clearInterval(feeding);
    expect(code).toBe(4);
    expect(stderr.split("\n")).toEqual([expect.stringContaining("output cut short"), ""]);
  });
});

describe("GNU parallel: the README recipe", () => {
  it("gives byte for byte the outcomes of one process, line numbers included, over several blocks", async () => {
    const input = join(folder, "articles.jsonl");
    writeFileSync(input, `${articleLines(2000).join("\n")}\n`);
    // Blocks of 500 lines instead of 10,000, so a few thousand lines make several jobs.
    const pipeline = recipe("### GNU parallel", /```sh\n([\s\S]+?)\n```/)
      .replace(/10000/g, "500")
      .replace("< articles.jsonl > outcomes.ndjson", `< ${JSON.stringify(input)}`);
    expect(pipeline).toContain("parallel --pipe -N 500");
    const [parallel, single] = await Promise.all([
      promisify(execFile)("sh", ["-c", pipeline], { cwd: root, maxBuffer: 1 << 30 }).catch((error: { stdout: string; stderr: string; code: number }) => error),
      runCli(["extract", "--format", "ndjson", "--jobs", "1", "--quiet", input]),
    ]);
    expect(parallel.stderr).toBe("");
    expect(parallel.stdout.split("\n")).toHaveLength(2001);
    expect(parallel.stdout).toBe(single.stdout);
  }, 180_000);
});
