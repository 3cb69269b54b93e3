// The pool under faults, for real: a document that never finishes runs out its time budget, one that allocates
// without bound runs its thread out of heap, a thread killed from outside; each is reported in its place, its thread
// replaced, and every other document still extracted. The window holds characters, not documents.
import { Worker } from "node:worker_threads";
import { describe, expect, it, vi } from "vitest";
import { IN_FLIGHT_CHARACTERS_PER_THREAD, type DocumentInput, type DocumentOutcome } from "../../src/stream/index.js";
import type { ToThread } from "../../src/stream/worker.js";
import { extractMany, extractStream, hungryWorker, stallingWorker } from "./built.js";

const thae = "Thae Yong-ho, a minister at North Korea's embassy in London, defected to South Korea with his wife and two sons in late July.";
const pilot = "A Soviet air force pilot, Lieutenant Viktor Belenko, defected to the West in 1976 by landing his MiG-25 in Hakodate.";
const filler = "The harvest festival drew large crowds to the river town on Sunday, organisers said. ";

function codes(outcomes: DocumentOutcome[]): string[] {
  return outcomes.map((outcome) => ("error" in outcome ? outcome.error.code : "ok"));
}

function withFaultAt(index: number, marker: string, count = 8): DocumentInput[] {
  return Array.from({ length: count }, (_, position) => ({
    id: `wire-${position}`,
    text: position === index ? `${marker} ${pilot}` : position % 2 === 0 ? thae : pilot,
    publishedAt: "2016-10-12",
  }));
}

describe("a document that never finishes", () => {
  it.each([[2], [1]])("with jobs %i is reported as timeout in its place and the documents after it are extracted", async (jobs) => {
    const documents = withFaultAt(2, "STALL_WORKER_THREAD");
    const outcomes = await extractMany(documents, { jobs, timeoutMs: 1500, workerFile: stallingWorker });
    expect(codes(outcomes)).toEqual(documents.map((_, index) => (index === 2 ? "timeout" : "ok")));
    expect(outcomes[2]).toMatchObject({ id: "wire-2", error: { message: expect.stringContaining("1500 ms") } });
    expect(outcomes.map((outcome) => outcome.id)).toEqual(documents.map((document) => document.id));
  });

  it("read from NDJSON bytes is reported as timeout with the id and line its line gives, and the lines after it go on", async () => {
    const lines = [
      { id: "cable-1", text: thae },
      { id: "cable-2", text: `STALL_WORKER_THREAD ${pilot}` },
      "not json",
      { id: "cable-4", text: pilot },
    ].map((line) => `${typeof line === "string" ? line : JSON.stringify(line)}\n`);
    async function* chunks(): AsyncGenerator<Uint8Array> {
      for (const line of lines) yield new TextEncoder().encode(line);
    }
    const outcomes: DocumentOutcome[] = [];
    for await (const outcome of extractStream(chunks(), { jobs: 2, timeoutMs: 1500, workerFile: stallingWorker })) outcomes.push(outcome);
    expect(codes(outcomes)).toEqual(["ok", "timeout", "invalid_json", "ok"]);
    expect(outcomes.map((outcome) => [outcome.id, outcome.line])).toEqual([["cable-1", 1], ["cable-2", 2], [null, 3], ["cable-4", 4]]);
  });

  it.each<[string, unknown]>([
    ["zero", 0],
    ["negative", -5],
    ["not a number", "30s"],
    ["NaN", Number.NaN],
    ["longer than a timer can wait", 2 ** 31],
  ])("a timeoutMs that is %s is rejected, naming the option", async (_, timeoutMs) => {
    await expect(extractMany([{ text: thae }], { jobs: 2, timeoutMs: timeoutMs as number })).rejects.toThrow(/options\.timeoutMs/);
  });

  it("Infinity turns the budget off", async () => {
    const outcomes = await extractMany([{ id: 1, text: thae }], { jobs: 2, timeoutMs: Number.POSITIVE_INFINITY });
    expect(codes(outcomes)).toEqual(["ok"]);
  });
});

describe("a document that allocates without bound", () => {
  it("runs its thread out of heap: worker_crashed in its place, the thread replaced, the stream goes on", async () => {
    const documents = withFaultAt(3, "ALLOCATE_WITHOUT_BOUND");
    const outcomes = await extractMany(documents, { jobs: 2, workerMemoryMb: 128, workerFile: hungryWorker });
    expect(codes(outcomes)).toEqual(documents.map((_, index) => (index === 3 ? "worker_crashed" : "ok")));
    expect(outcomes[3]).toMatchObject({ id: "wire-3", error: { message: expect.stringMatching(/memory/i) } });
  });

  it("a workerMemoryMb that is not a positive integer is rejected, naming the option", async () => {
    await expect(extractMany([{ text: thae }], { jobs: 2, workerMemoryMb: 0.5 })).rejects.toThrow(/options\.workerMemoryMb/);
  });
});

describe("a worker killed mid-stream", () => {
  it("loses nothing: the document it held is worker_crashed, the ones it had not begun are extracted elsewhere", async () => {
    const posted = vi.spyOn(Worker.prototype, "postMessage");
    const documents = withFaultAt(5, "STALL_WORKER_THREAD", 14);
    const outcomes: DocumentOutcome[] = [];
    try {
      for await (const outcome of extractStream(documents, { jobs: 2, workerFile: stallingWorker })) {
        outcomes.push(outcome);
        // Every document before the stalled one is done, so the thread that was sent it is working on it now.
        if (outcome.id !== "wire-4") continue;
        const holder = posted.mock.calls.findIndex(([message]) => (message as ToThread).tasks.some((task) => "id" in task && task.id === "wire-5"));
        await (posted.mock.contexts[holder] as Worker).terminate();
      }
    } finally {
      posted.mockRestore();
    }
    expect(codes(outcomes)).toEqual(documents.map((_, index) => (index === 5 ? "worker_crashed" : "ok")));
    expect(outcomes.map((outcome) => outcome.id)).toEqual(documents.map((document) => document.id));
  });
});

describe("the in-flight window", () => {
  it("holds a bounded number of characters, whatever the number of documents, while the head document is stuck", async () => {
    let pulled = 0;
    let pulledCharacters = 0;
    const largest = filler.length * 300;
    function* endless(): Generator<DocumentInput> {
      for (;;) {
        const text = pulled === 0 ? `STALL_WORKER_THREAD ${filler}` : pulled % 10 === 0 ? filler.repeat(300) : filler;
        pulled += 1;
        pulledCharacters += text.length;
        yield { id: pulled, text };
      }
    }
    const outcomes = extractStream(endless(), { jobs: 2, timeoutMs: 2000, workerFile: stallingWorker })[Symbol.asyncIterator]();
    try {
      const first = await outcomes.next();
      expect(first.value).toMatchObject({ id: 1, error: { code: "timeout" } });
      expect(pulledCharacters).toBeLessThanOrEqual(2 * IN_FLIGHT_CHARACTERS_PER_THREAD + 2 * largest);
      expect(pulled).toBeGreaterThan(100);
    } finally {
      await outcomes.return?.();
    }
  });
});
