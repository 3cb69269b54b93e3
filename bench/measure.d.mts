// Types of bench/measure.mjs, for the test of the benchmark's helpers.
export declare const REFERENCE_PATTERN: RegExp;
export declare function referencePass(documents: Array<{ text: string }>): number;
export declare function timeRuns<T>(
  work: () => T | Promise<T>,
  options: { runs: number; budgetSeconds: number },
): Promise<{ seconds: number[]; median: number; value: T }>;
export declare function secondsPerPass(work: () => unknown, options: { samples: number; minSeconds: number }): number;
export declare function medianOf(values: number[]): number;
export interface Timed<T> {
  seconds: number[];
  median: number;
  value: T;
}
export declare function timePairs<A, B>(
  first: () => A | Promise<A>,
  second: () => B | Promise<B>,
  options: { runs: number; budgetSeconds: number; bytes?: [number, number] },
): Promise<{ first: Timed<A>; second: Timed<B>; ratio: number }>;
export declare function perPassPairs(
  first: () => unknown,
  second: () => unknown,
  options: { samples: number; minSeconds: number },
): { first: number; second: number; ratio: number };
