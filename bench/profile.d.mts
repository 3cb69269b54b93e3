// Types of bench/profile.mjs, for the test of the benchmark's helpers.
export interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber?: number; scriptId?: string };
  children?: number[];
}
export interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas?: number[];
}
export type OwnerOf = (url: string, lineNumber: number, functionName: string) => string;
export interface ProfileSummary {
  totalMs: number;
  samples: number;
  functions: Array<{ name: string; owner: string; line: number | null; selfMs: number; percent: number }>;
  owners: Array<{ owner: string; selfMs: number; percent: number }>;
}
export declare function profileOf(work: () => unknown): Promise<CpuProfile>;
export declare function summariseProfile(profile: CpuProfile, options?: { top?: number; ownerOf?: OwnerOf }): ProfileSummary;
export declare function bundleOwner(readText?: (path: string) => string): OwnerOf;
