// compromise and chrono-node take ~0.5 s and ~0.25 s to start; they are loaded on first use, synchronously,
// so importing the library and reading the (mostly irrelevant) texts that fail the cheap gate never pay for them.
import { createRequire } from "node:module";
import type * as Chrono from "chrono-node";
import type Compromise from "compromise/two";

const load = createRequire(import.meta.url);
let compromise: typeof Compromise | undefined;
let chrono: typeof Chrono | undefined;

export function loadCompromise(): typeof Compromise {
  compromise ??= load("compromise/two") as typeof Compromise;
  return compromise;
}

export function loadChrono(): typeof Chrono {
  chrono ??= load("chrono-node") as typeof Chrono;
  return chrono;
}
