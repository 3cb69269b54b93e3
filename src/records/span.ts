// Evidence spans always quote the caller's string exactly.
import type { Span } from "../contract.js";

export function span(original: string, start: number, end: number): Span {
  return { text: original.slice(start, end), start, end };
}
