// Node: compromise and chrono-node take ~0.5 s and ~0.25 s to start, so they are required on first use, synchronously,
// and importing the library or reading texts that fail the cheap gate never pays for them.
import type * as Chrono from "chrono-node";
import type Compromise from "compromise/two";

/** The parts of chrono-node the extractor uses: its English configuration and the parser class built from it. */
export type ChronoParsers = Pick<typeof Chrono, "en" | "Chrono">;

let compromise: typeof Compromise | undefined;
let chrono: ChronoParsers | undefined;

export function loadCompromise(): typeof Compromise {
  compromise ??= requireHere()("compromise/two") as typeof Compromise;
  return compromise;
}

export function loadChrono(): ChronoParsers {
  chrono ??= requireHere()("chrono-node") as typeof Chrono;
  return chrono;
}

// process.getBuiltinModule reaches Node's require without a `node:` import, which bundlers would have to resolve.
function requireHere(): NodeJS.Require {
  return process.getBuiltinModule("module").createRequire(import.meta.url);
}
