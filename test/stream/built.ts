// The built package (dist/index.js) typed by its source, so these tests run what users install and still
// typecheck before the first build.
import type * as Stream from "../../src/stream/index.js";

const distIndex = new URL("../../dist/index.js", import.meta.url).href;

export const { extractMany, extractStream } = (await import(distIndex)) as Pick<typeof Stream, "extractMany" | "extractStream">;

export const exitingWorker = new URL("./fixtures/exiting-worker.mjs", import.meta.url);
export const stallingWorker = new URL("./fixtures/stalling-worker.mjs", import.meta.url);
export const hungryWorker = new URL("./fixtures/hungry-worker.mjs", import.meta.url);
