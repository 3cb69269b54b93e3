// In Node, compromise and chrono-node load on first use: importing the built package, or reading a text that fails
// the cheap gate, never pays for them; the first text with a defection cue does.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { root } from "../cli/run-cli.js";

// Prints [before any text, after a text without a cue, after a text with one]: whether either library is loaded.
const PROBE = `
const loaded = () => Object.keys(cache).some((path) => /node_modules[\\\\/](compromise|chrono-node)[\\\\/]/.test(path));
const seen = [loaded()];
api.extractDefections("Shares in Seoul closed higher on Tuesday as exporters gained.");
seen.push(loaded());
api.extractDefections("A North Korean diplomat in Rome defected to Seoul on Oct. 2.", { publishedAt: "2016-10-12" });
seen.push(loaded());
process.stdout.write(JSON.stringify(seen));
`;

describe("loading compromise and chrono-node", () => {
  it.each([
    ["the ES module build", ["--input-type=module", "-e", `import { createRequire } from "node:module"; const api = await import("./dist/index.js"); const { cache } = createRequire(process.cwd() + "/"); ${PROBE}`]],
    ["the CommonJS build", ["-e", `const api = require("./dist/index.cjs"); const { cache } = require; ${PROBE}`]],
  ])("%s loads them with the first text that has a defection cue", (_name, args) => {
    const run = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual([false, false, true]);
  });
});
