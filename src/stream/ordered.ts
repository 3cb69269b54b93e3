// Runs items through an asynchronous step, yielding results in input order while the items not yet yielded cost at
// most `window.limit` together (one item is always let through); a finished head is yielded even while the source
// waits for input. Every step is constant time per item, so a window of thousands of items stays linear.
import { Queue } from "./queue.js";

export interface Window<T> {
  /** The most that the items started but not yet yielded may cost together. */
  limit: number;
  /** What an item costs while it is held, e.g. its size in bytes. */
  cost(item: T): number;
}

interface Started<R> {
  cost: number;
  /** Settles once, wrapped at start so that racing the head never adds a reaction per turn of the loop. */
  ready: Promise<{ ready: R }>;
}

/** A per-item failure must come back from `start` as a value to keep its place; a rejection ends the whole run. */
export async function* inOrder<T, R>(source: AsyncIterable<T>, start: (item: T) => Promise<R>, window: Window<T>): AsyncGenerator<R> {
  const iterator = source[Symbol.asyncIterator]();
  const started = new Queue<Started<R>>();
  let inFlight = 0;
  let held: { item: T; cost: number } | null = null;
  let next: Promise<{ next: IteratorResult<T> }> | null = null;
  let exhausted = false;
  const release = (): void => {
    inFlight -= (started.shift() as Started<R>).cost;
  };
  try {
    for (;;) {
      if (held !== null && (started.size === 0 || inFlight + held.cost <= window.limit)) {
        const { item, cost } = held;
        held = null;
        inFlight += cost;
        started.push({ cost, ready: start(item).then((ready) => ({ ready })) });
      }
      if (!exhausted && next === null && held === null) next = iterator.next().then((result) => ({ next: result }));
      const head = started.peek();
      if (next === null) {
        if (head === undefined) return;
        const { ready } = await head.ready;
        release();
        yield ready;
        continue;
      }
      const step = head === undefined ? await next : await Promise.race([head.ready, next]);
      if ("ready" in step) {
        release();
        yield step.ready;
        continue;
      }
      next = null;
      if (step.next.done) exhausted = true;
      else held = { item: step.next.value, cost: window.cost(step.next.value) };
    }
  } finally {
    if (!exhausted) {
      // Stopped early (consumer broke off or the source failed): release the source without waiting on a read
      // that may never complete, such as an idle stdin.
      next?.catch(() => undefined);
      iterator.return?.()?.catch(() => undefined);
    }
    for (let abandoned = started.shift(); abandoned !== undefined; abandoned = started.shift()) abandoned.ready.catch(() => undefined);
  }
}
