// Every code block of the README that is meant to run, run as a newcomer would: shell blocks as commands in a copy
// of the clone (in README order, so later commands see what earlier ones made), TypeScript blocks as example files
// in it, and JSON marked as output against what the example before it printed. A block that is not meant to run
// says why in an HTML comment on the line before it: <!-- not run: reason -->.
import { execFileSync, spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { transform } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root } from "../cli/run-cli.js";

interface Block {
  language: string;
  code: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The comment on the line before the fence, if any. */
  note: string | null;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const COMMAND_LANGUAGES = new Set(["sh", "bash", "shell"]);
const EXAMPLE_LANGUAGES = new Set(["ts", "typescript", "js", "javascript"]);
const NOT_CODE = new Set(["", "text", "json"]);

function readmeBlocks(markdown: string): Block[] {
  const lines = markdown.split("\n");
  const blocks: Block[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const fence = /^```(\S*)/.exec(lines[index] ?? "");
    if (!fence) continue;
    const start = index;
    const body: string[] = [];
    for (index += 1; index < lines.length && !(lines[index] ?? "").startsWith("```"); index += 1) body.push(lines[index] ?? "");
    const note = /^<!--\s*(.*?)\s*-->$/.exec(lines[start - 1] ?? "")?.[1] ?? null;
    blocks.push({ language: fence[1] ?? "", code: body.join("\n"), line: start + 1, note });
  }
  return blocks;
}

const blocks = readmeBlocks(readFileSync(join(root, "README.md"), "utf8"));
const notRun = (block: Block) => block.note?.startsWith("not run:") === true;
const isOutput = (block: Block) => block.note === "output of the example above";
const runnable = blocks.filter((block) => !notRun(block) && (COMMAND_LANGUAGES.has(block.language) || EXAMPLE_LANGUAGES.has(block.language) || isOutput(block)));

let work: string;
let clone: string;
let lastExample: Run | null = null;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "defection-readme-"));
  // Named as a clone is, so the README's `../defection-extractor` paths hold.
  clone = join(work, "defection-extractor");
  const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], { cwd: root, encoding: "utf8" })
    .split("\0")
    .filter((file) => file !== "");
  for (const file of files) {
    mkdirSync(dirname(join(clone, file)), { recursive: true });
    cpSync(join(root, file), join(clone, file));
  }
  // The installed dependencies come along (hard links: nothing here writes into an installed package), so the
  // README's `npm install` has nothing to download.
  execFileSync("cp", ["-al", join(root, "node_modules"), join(clone, "node_modules")]);
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
}, 120_000);

function run(command: string, args: string[], cwd: string): Promise<Run> {
  const env = { ...process.env, npm_config_prefer_offline: "true", npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" };
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("the README", () => {
  it("marks every block it does not run with a reason, and runs every other block of code", () => {
    for (const block of blocks.filter(notRun)) expect(block.note?.replace("not run:", "").trim(), `line ${block.line}`).not.toBe("");
    const unrunnable = blocks.filter((block) => !notRun(block) && !runnable.includes(block) && !NOT_CODE.has(block.language));
    expect(unrunnable.map((block) => `line ${block.line}: ${block.language}`)).toEqual([]);
    expect(runnable.length).toBeGreaterThan(5);
  });

  it.each(runnable.map((block) => [`${block.language} block at line ${block.line}`, block] as const))("runs the %s", async (_name, block) => {
    if (isOutput(block)) {
      expect(lastExample, "an output block follows an example").not.toBeNull();
      expect(JSON.parse(lastExample?.stdout ?? "null")).toEqual(JSON.parse(block.code));
      return;
    }
    if (COMMAND_LANGUAGES.has(block.language)) {
      const result = await run("bash", ["-euo", "pipefail", "-c", block.code], clone);
      expect(result.code, `${block.code}\n${result.stderr}`).toBe(0);
      return;
    }
    const { code } = await transform(block.code, { loader: "ts", format: "esm", target: "node20" });
    const file = join(clone, `readme-example-${block.line}.mjs`);
    writeFileSync(file, code);
    lastExample = await run(process.execPath, [file], clone);
    expect(lastExample.code, `${block.code}\n${lastExample.stderr}`).toBe(0);
    expect(lastExample.stderr).toBe("");
  }, 300_000);
});
