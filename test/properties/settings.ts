// How hard the properties are tried: a fixed seed always, a bounded number of cases in `npm test`, and as many as
// FUZZ_RUNS asks for in `npm run fuzz` (20,000); FUZZ_SEED replays or explores another seed.
import type { Parameters } from "fast-check";

const FUZZ_RUNS = Number(process.env.FUZZ_RUNS);
const FUZZ_SEED = Number(process.env.FUZZ_SEED);

/** True in `npm run fuzz`. */
export const fuzzing = Number.isSafeInteger(FUZZ_RUNS) && FUZZ_RUNS > 0;

/** fast-check parameters for a property that tries `suiteRuns` cases in the suite. */
export function runsOf(suiteRuns: number): Parameters<unknown> {
  return { seed: Number.isSafeInteger(FUZZ_SEED) ? FUZZ_SEED : 20161012, numRuns: fuzzing ? FUZZ_RUNS : suiteRuns };
}

/** The vitest time limit of one property: the suite's default, none worth the name in a fuzz run. */
export const propertyTimeout = fuzzing ? 24 * 60 * 60 * 1000 : 60_000;
