// Runs items through an asynchronous step, at most `window` in flight, yielding results in input order; the source
// is read only while the window has room, and a finished head is yielded even while the source waits for input.

type Step<T, R> = { ready: R } | { next: IteratorResult<T> };

/** A per-item failure must come back from `start` as a value to keep its place; a rejection ends the whole run. */
export async function* inOrder<T, R>(source: AsyncIterable<T>, start: (item: T) => Promise<R>, window: number): AsyncGenerator<R> {
  const iterator = source[Symbol.asyncIterator]();
  const pending: Promise<R>[] = [];
  let next: Promise<IteratorResult<T>> | null = null;
  let exhausted = false;
  try {
    for (;;) {
      if (!exhausted && next === null && pending.length < window) next = iterator.next();
      const head = pending[0];
      if (next === null) {
        if (head === undefined) return;
        pending.shift();
        yield await head;
        continue;
      }
      const step: Step<T, R> =
        head === undefined
          ? { next: await next }
          : await Promise.race([head.then((ready) => ({ ready })), next.then((result) => ({ next: result }))]);
      if ("ready" in step) {
        pending.shift();
        yield step.ready;
        continue;
      }
      next = null;
      if (step.next.done) exhausted = true;
      else pending.push(start(step.next.value));
    }
  } finally {
    if (!exhausted) {
      // Stopped early (consumer broke off or the source failed): release the source without waiting on a read
      // that may never complete, such as an idle stdin.
      next?.catch(() => undefined);
      iterator.return?.()?.catch(() => undefined);
    }
    for (const abandoned of pending) abandoned.catch(() => undefined);
  }
}
