// Every timeframe rule id is a string literal written once in src/, its rule's one home, and stamped by that rule only.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { newsTimeframeRules } from "../../../src/normalise/timeframe/index.js";

const SRC = join(import.meta.dirname, "../../../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}

/** Code lines only: a comment may name a rule as an example. */
const code = sourceFiles(SRC).flatMap((file) => readFileSync(file, "utf8").split("\n").filter((line) => !/^\s*(?:\/\/|\/?\*)/.test(line)));
const dateIds = [...new Set(code.flatMap((line) => [...line.matchAll(/"(date\/[a-z-]+)"/g)].map((match) => match[1]!)))];

describe("timeframe rule ids", () => {
  it.each(dateIds)("%s is written once", (id) => {
    expect(code.join("\n").split(`"${id}"`).length - 1).toBe(1);
  });

  it("every news rule has its own id", () => {
    const ids = newsTimeframeRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => dateIds.includes(id))).toBe(true);
  });
});
