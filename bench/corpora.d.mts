// Types of bench/corpora.mjs, for the test of the benchmark's helpers.
export interface BenchDocument {
  id: string;
  text: string;
  publishedAt: string | undefined;
}
export interface Fixture extends BenchDocument {
  gold: unknown;
}
export interface NewsLine extends BenchDocument {
  defection: boolean | null;
}
export interface HostileCase {
  name: string;
  description: string;
}
export declare const RELEVANT_EVERY: number;
export declare const FIXTURES_DIRECTORY: string;
export declare const NEWS_LINES_PATH: string;
export declare const HOSTILE_CASES: HostileCase[];
export declare function loadFixtures(directory?: string): Fixture[];
export declare function relevantCorpus(fixtures: Fixture[], minBytes: number): BenchDocument[];
export declare function loadNewsLines(path?: string): NewsLine[];
export declare function corpusSentences(): string[];
export declare function backgroundDocuments(sentences: string[]): BenchDocument[];
export declare function mixedCorpus(background: BenchDocument[], fixtures: Fixture[]): Array<BenchDocument & { fixtureId?: string }>;
export declare function corpusBytes(documents: Array<{ text: string }>): number;
export declare function everyNth<T>(documents: T[], step: number): T[];
export declare function hostileText(caseName: string, bytes: number, fixtures?: Fixture[]): string;
export declare function seededRandom(seed: number): () => number;
