// Where the built worker entry lives: beside the running bundle, worker.cjs for the CommonJS build and worker.js
// for the ES module build. Needs tsup's `shims: true`, which gives the CommonJS bundle an import.meta.url.
import { fileURLToPath } from "node:url";

/** Defined by tsup at build time ("esm" or "cjs"); absent when running from source. */
declare const TSUP_FORMAT: string | undefined;

export function defaultWorkerFile(): string {
  const file = typeof TSUP_FORMAT === "string" && TSUP_FORMAT === "cjs" ? "./worker.cjs" : "./worker.js";
  return fileURLToPath(new URL(file, import.meta.url));
}
