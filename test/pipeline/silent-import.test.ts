// Importing the library (and the deep part of natural it uses) must print nothing and load no database driver.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("importing the built package", () => {
  it.each([["import"], ["require"]])("prints nothing on %s", (style) => {
    const code =
      style === "import"
        ? `import("./dist/index.js").then((m) => { if (typeof m.extractDefections !== "function") process.exit(3); })`
        : `const m = require("./dist/index.cjs"); if (typeof m.extractDefections !== "function") process.exit(3);`;
    const run = spawnSync(process.execPath, ["-e", code], { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("");
  });

  it("loads no database driver from natural", () => {
    const code = `require("./dist/index.cjs"); const loaded = Object.keys(require.cache).filter((p) => /node_modules[\\\\/](pg|mongoose|redis|memjs)[\\\\/]/.test(p)); process.stdout.write(JSON.stringify(loaded));`;
    const run = spawnSync(process.execPath, ["-e", code], { encoding: "utf8" });
    expect(JSON.parse(run.stdout)).toEqual([]);
  });
});
