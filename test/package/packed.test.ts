// The package as `npm pack` makes it: what it ships, types that compile in a strict project without @types/node
// (ES module, CommonJS and browser resolution), and a browser bundle built from the tarball with no Node built-in.
import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root } from "../cli/run-cli.js";

interface PackedFile {
  path: string;
}

const CONSUMER = `
import { extractDefections, renderHtml, InvalidInputError, type ExplainedResult, type ExtractionResult } from "defection-extractor";

const text: string = "Kim Chol-song, a third secretary, escaped to Seoul in late July.";
const explained: ExplainedResult = extractDefections(text, { publishedAt: "2016-10-12", explain: true });
const plain: ExtractionResult = extractDefections(text);
const page: string = renderHtml(text, explained) + renderHtml(text, plain);
const field: string | undefined = explained.records[0]?.explanation.fields.destination?.rule;
const failure: TypeError = new InvalidInputError("text", "a string", 42);
export { page, field, failure };
`;

const NODE_ONLY = `
import { extractMany, extractStream, scoreExtraction, type DocumentOutcome } from "defection-extractor";

export async function run(): Promise<DocumentOutcome[]> {
  const outcomes: DocumentOutcome[] = [];
  for await (const outcome of extractStream([{ id: 1, text: "A North Korean diplomat defected." }], { jobs: 1 })) outcomes.push(outcome);
  return [...outcomes, ...(await extractMany([{ text: "A pilot defected." }]))];
}
export const score = scoreExtraction;
`;

// Strict, checking the package's own .d.ts files, and no @types package at all; TypeScript's default libraries.
const STRICT = { strict: true, noEmit: true, skipLibCheck: false, types: [], target: "ES2022", exactOptionalPropertyTypes: true };

const TYPECHECKS = {
  // One program: .mts files resolve the package as ES modules do, .cts files as CommonJS does.
  node: { options: { module: "node16", moduleResolution: "node16" }, include: ["consumer.mts", "consumer.cts", "node-only.mts", "node-only.cts"] },
  // The browser condition's types need nothing beyond the language itself: not even the DOM.
  browser: { options: { module: "esnext", moduleResolution: "bundler", customConditions: ["browser"], lib: ["ES2022"] }, include: ["browser.ts"] },
};

let work: string;
let project: string;
let files: string[];
let typechecks: Record<keyof typeof TYPECHECKS, Promise<string>>;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "defection-pack-"));
  const [packed] = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--silent", "--pack-destination", work], { cwd: root, encoding: "utf8" }),
  ) as Array<{ filename: string; files: PackedFile[] }>;
  if (!packed) throw new Error("npm pack made no tarball");
  files = packed.files.map((file) => file.path).sort();
  project = join(work, "project");
  const installed = join(project, "node_modules", "defection-extractor");
  mkdirSync(installed, { recursive: true });
  execFileSync("tar", ["-xzf", join(work, packed.filename), "-C", installed, "--strip-components=1"]);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", type: "module", private: true }));
  writeFileSync(join(project, "consumer.mts"), CONSUMER);
  writeFileSync(join(project, "consumer.cts"), CONSUMER);
  writeFileSync(join(project, "node-only.mts"), NODE_ONLY);
  writeFileSync(join(project, "node-only.cts"), NODE_ONLY);
  writeFileSync(join(project, "browser.ts"), CONSUMER);
  typechecks = { node: typecheck("node"), browser: typecheck("browser") };
}, 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Runs tsc on the consumer project; resolves to its diagnostics, empty when the types compile. */
function typecheck(name: keyof typeof TYPECHECKS): Promise<string> {
  const { options, include } = TYPECHECKS[name];
  writeFileSync(join(project, `tsconfig.${name}.json`), JSON.stringify({ compilerOptions: { ...STRICT, ...options }, include }));
  const tsc = join(root, "node_modules/typescript/bin/tsc");
  return new Promise((resolve) => {
    execFile(process.execPath, [tsc, "-p", `tsconfig.${name}.json`], { cwd: project, encoding: "utf8" }, (error, stdout) => resolve(error ? stdout || String(error) : ""));
  });
}

describe("the packed package", () => {
  it("ships the builds, the record contract, the licence and the README, and no sources or tests", () => {
    expect(files).toEqual(expect.arrayContaining(["LICENSE", "README.md", "docs/record-contract.md", "package.json"]));
    expect(files).toEqual(expect.arrayContaining(["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts"]));
    expect(files).toEqual(expect.arrayContaining(["dist/browser.js", "dist/browser.cjs", "dist/browser.d.ts", "dist/browser.d.cts"]));
    expect(files.filter((file) => /^(?:src|test|bench)\/|\.test\.|^docs\/(?!record-contract\.md)/.test(file))).toEqual([]);
  });

  it("ships the record contract the README links to", () => {
    const packed = readFileSync(join(project, "node_modules/defection-extractor/docs/record-contract.md"), "utf8");
    expect(packed).toBe(readFileSync(join(root, "docs/record-contract.md"), "utf8"));
    expect(readFileSync(join(root, "README.md"), "utf8")).toContain("](docs/record-contract.md)");
  });

  it("has types that compile in a strict project without @types/node, as an ES module and as CommonJS", async () => {
    expect(await typechecks.node).toBe("");
  });

  it("has browser types that compile with no library but the language's own", async () => {
    expect(await typechecks.browser).toBe("");
  });

  it("bundles for the browser from the tarball with no Node built-in", async () => {
    const result = await build({
      stdin: { contents: `export { extractDefections, renderHtml } from "defection-extractor";`, resolveDir: project, loader: "js" },
      absWorkingDir: project,
      // The tarball's dependencies come from this repository's install.
      nodePaths: [join(root, "node_modules")],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain("node_modules/defection-extractor/dist/browser.js");
    expect(inputs.filter((input) => input.startsWith("node:") || input.includes("defection-extractor/dist/index"))).toEqual([]);
  });
});
