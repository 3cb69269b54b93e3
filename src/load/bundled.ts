// Browser build: compromise and chrono-node come inside the bundle, so they are imported rather than loaded.
// Only chrono's English configuration is taken, so a bundler can leave its other locales out.
import { Chrono, en } from "chrono-node";
import compromise from "compromise/two";
import type { ChronoParsers } from "./on-first-use.js";

const chrono: ChronoParsers = { en, Chrono };

export function loadCompromise(): typeof compromise {
  return compromise;
}

export function loadChrono(): ChronoParsers {
  return chrono;
}
