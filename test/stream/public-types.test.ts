// The published types (dist/index.d.ts) compile in a strict project without @types/node, and with Node's types
// they accept what Node users pass: process.stdin, file streams, object-mode streams, web streams.
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const distIndex = fileURLToPath(new URL("../../dist/index.js", import.meta.url));

const strictWithoutNode: ts.CompilerOptions = {
  strict: true,
  skipLibCheck: false,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2022.d.ts"],
  types: [],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
};

function diagnosticsOf(source: string, options: ts.CompilerOptions): string[] {
  const file = fileURLToPath(new URL("./consumer.ts", import.meta.url));
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (name === file ? source : readFile(name));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === file || fileExists(name);
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
}

describe("public stream types", () => {
  it("compile in a strict project with no Node types at all, and still reject what is not a source", () => {
    const source = [
      `import { extractMany, extractStream, type DocumentOutcome, type PoolOptions } from ${JSON.stringify(distIndex)};`,
      `const options: PoolOptions = { jobs: 2, maxDocumentBytes: 1e6, timeoutMs: 30_000, workerMemoryMb: 512 };`,
      `extractStream([{ id: "reuters-1", text: "A North Korean diplomat defected." }], options);`,
      `extractStream((async function* () { yield new Uint8Array([123, 125, 10]); })());`,
      `extractStream((async function* () { yield '{"id": 2, "text": "x"}\\n'; })());`,
      `export const outcomes: Promise<DocumentOutcome[]> = extractMany([{ text: "x" }], { workerFile: { href: "file:///w.mjs" } });`,
      `// @ts-expect-error a number is not a source of documents`,
      `extractStream(42);`,
    ].join("\n");
    expect(diagnosticsOf(source, strictWithoutNode)).toEqual([]);
  });

  it("accept process.stdin, file streams, object-mode streams and web streams where Node's types are present", () => {
    const source = [
      `import { createReadStream } from "node:fs";`,
      `import { Readable } from "node:stream";`,
      `import { extractStream } from ${JSON.stringify(distIndex)};`,
      `extractStream(process.stdin);`,
      `extractStream(createReadStream("articles.ndjson"));`,
      `extractStream(Readable.from([{ id: 1, text: "x" }]));`,
      `extractStream(new Blob(["{}"]).stream());`,
      `extractStream([], { workerFile: new URL("file:///w.mjs") });`,
    ].join("\n");
    expect(diagnosticsOf(source, { ...strictWithoutNode, types: ["node"], skipLibCheck: true })).toEqual([]);
  });
});
