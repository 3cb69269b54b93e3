// Progress on stderr (docs done, docs/s, ETA when the total is known) plus diagnostics that print above the bar.
import { MultiBar } from "cli-progress";
import type { OutputChannel } from "./output.js";

export interface Progress {
  /** One more document done. */
  tick(): void;
  /** A diagnostic line for stderr that does not tear the bar. */
  log(message: string): void;
  stop(): void;
}

/** Without a bar, diagnostics go through `channel`, which records a failed stderr instead of throwing. */
export function startProgress(total: number | null, stream: NodeJS.WriteStream, channel: OutputChannel, showBar: boolean): Progress {
  if (!showBar) {
    return { tick: () => undefined, log: (message) => channel.note(`${message}\n`), stop: () => undefined };
  }
  const format =
    total === null ? "{value} docs | {rate} docs/s" : "[{bar}] {value}/{total} docs | {rate} docs/s | ETA {eta_formatted}";
  const bars = new MultiBar({ stream, format, hideCursor: true, etaBuffer: 50, fps: 5 });
  const bar = bars.create(total ?? 0, 0, { rate: "0.0" });
  const started = Date.now();
  let done = 0;
  return {
    tick: () => {
      done += 1;
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar.increment(1, { rate: (done / seconds).toFixed(1) });
    },
    log: (message) => bars.log(`${message}\n`),
    stop: () => {
      // MultiBar only prints logged lines on a redraw; one last redraw keeps the final diagnostics.
      bars.update();
      bars.stop();
    },
  };
}
