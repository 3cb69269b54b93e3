// A first-in, first-out queue with constant-time push and shift (Array.prototype.shift moves every element).

export class Queue<T> {
  private items: (T | undefined)[] = [];
  private head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  /** Puts items back at the front, first of them first out. */
  unshiftAll(items: readonly T[]): void {
    this.compact();
    this.items.unshift(...items);
  }

  peek(): T | undefined {
    return this.head < this.items.length ? this.items[this.head] : undefined;
  }

  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head];
    this.items[this.head] = undefined;
    this.head += 1;
    // Reclaims the consumed prefix once it is half the array: amortised constant time per item.
    if (this.head * 2 >= this.items.length) this.compact();
    return item;
  }

  private compact(): void {
    if (this.head === 0) return;
    this.items = this.items.slice(this.head);
    this.head = 0;
  }
}
