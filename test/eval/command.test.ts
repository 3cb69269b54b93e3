// The `eval` subcommand: table, JSON, verbose details, help and a missing folder.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { evalCommand } from "../../src/eval/command.js";
import { ARTICLE, named, result } from "./build.js";

const THAE = "Thae Yong-ho, a minister at North Korea's embassy in London, defected to Seoul with his family in late July.";
const folder = mkdtempSync(join(tmpdir(), "defection-eval-cli-"));
writeFileSync(join(folder, "thae.txt"), ARTICLE);
writeFileSync(join(folder, "thae.meta.json"), JSON.stringify({ id: "thae", publishedAt: "2016-08-17" }));
writeFileSync(join(folder, "thae.gold.json"), JSON.stringify(result([named("Thae Yong-ho", THAE)], [], "thae")));

afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function run(...args: string[]): Promise<{ out: string; err: string; exitCode: number }> {
  let out = "";
  let err = "";
  const command = evalCommand()
    .exitOverride()
    .configureOutput({ writeOut: (text) => (out += text), writeErr: (text) => (err += text) });
  try {
    await command.parseAsync(args, { from: "user" });
    return { out, err, exitCode: 0 };
  } catch (error) {
    return { out, err, exitCode: (error as { exitCode?: number }).exitCode ?? -1 };
  }
}

describe("defection-extractor eval", () => {
  it("prints the score table for a folder", async () => {
    const { out, exitCode } = await run(folder);
    expect(exitCode).toBe(0);
    expect(out).toMatch(/Evaluation of 1 document in .*defection-eval-cli-/);
    expect(out).toMatch(/records\s+\d\.\d{3}/);
    expect(out).not.toContain("== thae ==");
  });

  it("adds per-document details with --verbose", async () => {
    expect((await run(folder, "--verbose")).out).toContain("== thae ==");
  });

  it("prints JSON without details with --json, with them when --verbose is added", async () => {
    const plain = JSON.parse((await run(folder, "--json")).out) as Record<string, unknown>;
    expect(plain).toMatchObject({ documents: 1, records: { support: 1 }, fixtures: [{ id: "thae", publishedAt: "2016-08-17" }] });
    expect(plain).not.toHaveProperty("details");
    const verbose = JSON.parse((await run(folder, "--json", "--verbose")).out) as { details: unknown[] };
    expect(verbose.details).toHaveLength(1);
  });

  it("scores several folders each on its own, then all together", async () => {
    const { out, exitCode } = await run(folder, folder);
    expect(exitCode).toBe(0);
    expect(out.match(/Evaluation of 1 document in/g)).toHaveLength(2);
    expect(out).toMatch(/^all\s+2\s+\d\.\d{3}/m);
    const json = JSON.parse((await run(folder, folder, "--json")).out) as { sets: { name: string; documents: number }[]; all: { documents: number } };
    expect(json.sets.map((set) => set.documents)).toEqual([1, 1]);
    expect(json.all.documents).toBe(2);
  });

  it("explains itself with --help, with examples", async () => {
    const { out } = await run("--help");
    expect(out).toContain("Usage: eval [options] [dirs...]");
    expect(out).toContain("--verbose");
    expect(out).toContain("$ defection-extractor eval my-gold/ --verbose");
  });

  it("fails with a usage error on a folder that does not exist", async () => {
    const { err, exitCode } = await run(join(folder, "missing"));
    expect(exitCode).toBe(2);
    expect(err).toContain("is not a folder");
  });
});
