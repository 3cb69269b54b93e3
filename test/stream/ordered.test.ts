// In-order results from out-of-order work: the window bounds what is read ahead, and a finished answer is
// handed out while the source is still waiting, which is what makes the CLI a line filter.
import { describe, expect, it } from "vitest";
import { inOrder } from "../../src/stream/ordered.js";

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const count = (limit: number) => ({ limit, cost: () => 1 });

async function* numbers(count: number): AsyncGenerator<number> {
  for (let i = 0; i < count; i += 1) yield i;
}

describe("inOrder", () => {
  it.each([[1], [3], [8]])("keeps input order when later items finish first (window %i)", async (window) => {
    const out: number[] = [];
    for await (const value of inOrder(numbers(20), async (n) => (await delay((20 - n) % 7), n), count(window))) out.push(value);
    expect(out).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it("never has more than the window in flight", async () => {
    let running = 0;
    let peak = 0;
    const step = async (n: number) => {
      running += 1;
      peak = Math.max(peak, running);
      await delay(1);
      running -= 1;
      return n;
    };
    for await (const _ of inOrder(numbers(30), step, count(4))) expect(running).toBeLessThanOrEqual(4);
    expect(peak).toBe(4);
  });

  it("yields a finished item while the source waits for its next one", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    async function* slowSource(): AsyncGenerator<number> {
      yield 1;
      await gate;
      yield 2;
    }
    const iterator = inOrder(slowSource(), async (n) => n * 10, count(4))[Symbol.asyncIterator]();
    expect(await iterator.next()).toEqual({ value: 10, done: false });
    release();
    expect(await iterator.next()).toEqual({ value: 20, done: false });
    expect((await iterator.next()).done).toBe(true);
  });
});
