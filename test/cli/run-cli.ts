// Runs the built command (dist/cli.js or dist/cli.cjs) in a child process and collects what it wrote.
import { spawn } from "node:child_process";
import { parse } from "csv-parse/sync";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../../", import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { input?: string | Buffer; bin?: "cli.js" | "cli.cjs" } = {}): Promise<CliRun> {
  const child = spawn(process.execPath, [`dist/${options.bin ?? "cli.js"}`, ...args], { cwd: root, stdio: "pipe" });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  child.stdin.on("error", () => undefined);
  child.stdin.end(options.input ?? "");
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** One document per NDJSON line. */
export function ndjson(documents: readonly object[]): string {
  return documents.map((document) => `${JSON.stringify(document)}\n`).join("");
}

export function parseLines(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Rows of CSV as a spreadsheet would read them (csv-parse, RFC 4180). */
export function parseCsv(text: string): string[][] {
  return parse(text, { bom: false, relax_column_count: false }) as string[][];
}
