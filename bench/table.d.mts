// Types of bench/table.mjs, for the test of the benchmark's helpers.
export interface Column {
  title: string;
  align: "left" | "right";
}
export interface Verdict {
  target: string;
  met: boolean;
}
export type Bound = { atMost: number } | { atLeast: number };
export declare function markdownTable(columns: Column[], rows: Array<Array<string | number | null | undefined>>): string;
export declare function formatNumber(value: number | null | undefined, digits?: number): string;
export declare function formatRatio(value: number | null | undefined): string;
export declare function against(value: number | null | undefined, bound: Bound, unit?: string): Verdict;
export declare function verdictCell(verdict: Verdict | undefined): string;
