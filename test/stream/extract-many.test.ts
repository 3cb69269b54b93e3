// extractMany / extractStream from the built package: outcomes in input order, every bad input in its place,
// the same results from one thread or a pool, a crashed worker reported and replaced, bounded reading.
import { readdirSync, readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { IN_FLIGHT_CHARACTERS_PER_THREAD, type DocumentInput, type DocumentOutcome } from "../../src/stream/index.js";
import { exitingWorker, extractMany, extractStream } from "./built.js";

const thae = "Thae Yong-ho, a minister at North Korea's embassy in London, defected to South Korea with his wife and two sons in late July.";
const colonel = "A senior colonel of the Reconnaissance General Bureau defected to the South last year, a lawmaker said on Thursday.";

function codes(outcomes: DocumentOutcome[]): string[] {
  return outcomes.map((outcome) => ("error" in outcome ? outcome.error.code : "ok"));
}

describe.each([[1], [2]])("extractMany with jobs %i", (jobs) => {
  it.each<[string, DocumentInput]>([
    ["invalid_text", { id: "kcna-1", text: 42 }],
    ["invalid_text", { id: "kcna-2", text: { body: colonel } }],
    ["missing_text", { id: "kcna-3" } as DocumentInput],
    ["missing_text", { id: "kcna-4", text: null }],
    ["invalid_published_at", { id: "kcna-5", text: colonel, publishedAt: "next Thursday" }],
    ["invalid_published_at", { id: "kcna-6", text: colonel, publishedAt: new Date("not a date") }],
    ["invalid_published_at", { id: "kcna-7", text: colonel, publishedAt: () => "2016-10-12" }],
    ["invalid_id", { id: Symbol("kcna") as unknown as string, text: colonel }],
    ["too_large", { id: "kcna-9", text: `${thae} `.repeat(40) }],
  ])("%s keeps its place between two articles", async (code, bad) => {
    const outcomes = await extractMany([{ id: "first", text: thae, publishedAt: "2016-10-12" }, bad, { id: 3, text: colonel, publishedAt: new Date("2016-10-12T09:00:00Z") }], {
      jobs,
      maxDocumentBytes: 2000,
    });
    expect(codes(outcomes)).toEqual(["ok", code, "ok"]);
    expect(outcomes.map((outcome) => outcome.id)).toEqual(["first", code === "invalid_id" ? null : bad.id, 3]);
    expect(outcomes[2]).toMatchObject({ result: { documentId: "3", publishedAt: "2016-10-12" } });
  });
});

describe("a pool gives what one thread gives", () => {
  const folder = new URL("../../fixtures/articles/", import.meta.url);
  const fixtures = readdirSync(folder)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name): DocumentInput => ({ id: name, text: readFileSync(new URL(name, folder), "utf8"), publishedAt: "2017-01-01" }));

  it("the fixture articles, three times over, give identical outcomes with jobs 1 and jobs 3", async () => {
    const documents = [...fixtures, ...fixtures, ...fixtures];
    const [single, pooled] = await Promise.all([extractMany(documents, { jobs: 1 }), extractMany(documents, { jobs: 3 })]);
    expect(pooled).toEqual(single);
    expect(pooled.map((outcome) => outcome.id)).toEqual(documents.map((document) => document.id));
  });
});

describe("a worker that dies", () => {
  it("its document comes back as worker_crashed, the others and later ones are still extracted", async () => {
    const documents: DocumentInput[] = Array.from({ length: 12 }, (_, index) => ({
      id: index,
      text: index === 2 || index === 9 ? `EXIT_WORKER_THREAD ${colonel}` : thae,
    }));
    const outcomes = await extractMany(documents, { jobs: 2, workerFile: exitingWorker });
    expect(codes(outcomes)).toEqual(documents.map((_, index) => (index === 2 || index === 9 ? "worker_crashed" : "ok")));
    expect(outcomes[2]).toMatchObject({ id: 2, error: { message: expect.stringContaining("exited") } });
  });

  it.each([["a missing module", "./fixtures/no-such-worker.mjs"], ["a module that exits as it loads", "./fixtures/exits-on-load-worker.mjs"]])(
    "%s ends the run with its reason, or reports each document as worker_crashed, but never hangs",
    async (_, path) => {
      const documents = Array.from({ length: 30 }, (__, index): DocumentInput => ({ id: index, text: thae }));
      const settled = await extractMany(documents, { jobs: 2, workerFile: new URL(path, import.meta.url) }).then(
        (outcomes) => codes(outcomes),
        (error: Error) => error.message,
      );
      if (typeof settled === "string") expect(settled).toMatch(/worker pool failed/);
      else expect(settled).toEqual(documents.map(() => "worker_crashed"));
    },
  );
});

describe("extractStream", () => {
  it("reads a byte stream as NDJSON even when chunks split lines and UTF-8 characters", async () => {
    const bytes = Buffer.from(
      [
        JSON.stringify({ id: "yna-1", text: `${thae} — reported by 연합뉴스`, publishedAt: "2016-10-12" }),
        "",
        JSON.stringify({ id: "yna-2", text: colonel }),
      ].join("\n"),
    );
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, index) => bytes.subarray(index * 7, index * 7 + 7));
    const outcomes: DocumentOutcome[] = [];
    for await (const outcome of extractStream(Readable.from(chunks, { objectMode: false }), { jobs: 1 })) outcomes.push(outcome);
    expect(outcomes.map((outcome) => [outcome.id, outcome.line])).toEqual([["yna-1", 1], [null, 2], ["yna-2", 3]]);
    expect(codes(outcomes)).toEqual(["ok", "empty_line", "ok"]);
  });

  it.each<[string, () => AsyncIterable<Uint8Array | string>]>([
    ["a web ReadableStream of Uint8Array chunks", () => new Blob([`${JSON.stringify({ id: "ap-1", text: thae })}\n{"id": "ap-2"}\n`]).stream()],
    [
      "an async generator of string chunks",
      async function* () {
        yield `${JSON.stringify({ id: "ap-1", text: thae }).slice(0, 30)}`;
        yield `${JSON.stringify({ id: "ap-1", text: thae }).slice(30)}\n{"id": "ap-2"}`;
      },
    ],
  ])("reads NDJSON from %s", async (_, source) => {
    const outcomes: DocumentOutcome[] = [];
    for await (const outcome of extractStream(source(), { jobs: 1 })) outcomes.push(outcome);
    expect(outcomes.map((outcome) => [outcome.id, outcome.line])).toEqual([["ap-1", 1], ["ap-2", 2]]);
    expect(codes(outcomes)).toEqual(["ok", "missing_text"]);
  });

  it("reads an object-mode stream as documents", async () => {
    const source = Readable.from([{ id: "a", text: thae }, { id: "b", text: 5 }]);
    const outcomes: DocumentOutcome[] = [];
    for await (const outcome of extractStream(source, { jobs: 1 })) outcomes.push(outcome);
    expect(codes(outcomes)).toEqual(["ok", "invalid_text"]);
  });

  it.each([[1], [2]])("with jobs %i reads an endless source only a bounded window ahead and stops the pool on break", async (jobs) => {
    let pulled = 0;
    let pulledCharacters = 0;
    function* endless(): Generator<DocumentInput> {
      for (;;) {
        pulled += 1;
        const text = pulled % 2 === 0 ? thae : colonel;
        pulledCharacters += text.length;
        yield { id: pulled, text };
      }
    }
    let consumed = 0;
    let consumedCharacters = 0;
    for await (const outcome of extractStream(endless(), { jobs })) {
      consumed += 1;
      consumedCharacters += (consumed % 2 === 0 ? thae : colonel).length;
      expect(outcome.id).toBe(consumed);
      if (consumed === 40) break;
    }
    expect(pulledCharacters - consumedCharacters).toBeLessThanOrEqual(jobs * IN_FLIGHT_CHARACTERS_PER_THREAD + thae.length);
  });

  it("rejects a jobs option that is not a positive integer, naming it", async () => {
    await expect(extractMany([{ text: thae }], { jobs: 0 })).rejects.toThrow(/options\.jobs/);
  });
});

describe("a gazetteer reaches every worker", () => {
  const gazetteer = {
    triggers: [{ id: "test:skedaddle", forms: ["skedaddled"], form: "verb" as const, status: "defected" as const, strength: "strong" as const }],
  };
  const documents: DocumentInput[] = Array.from({ length: 6 }, (_, index) => ({
    id: index,
    text: "Ri Il-nam, a North Korean trade official posted in Dandong, skedaddled to South Korea with his wife last month.",
    publishedAt: "2018-05-02",
  }));

  it("a trigger word added through the gazetteer finds the same records in a pool as in this thread", async () => {
    const [plain, single, pooled] = await Promise.all([
      extractMany(documents, { jobs: 1 }),
      extractMany(documents, { jobs: 1, gazetteer }),
      extractMany(documents, { jobs: 2, gazetteer }),
    ]);
    expect(single).not.toEqual(plain);
    expect(pooled).toEqual(single);
  });
});
