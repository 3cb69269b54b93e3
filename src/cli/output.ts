// Guarded writes to stdout and stderr: backpressure without buffering an endless run, and a stream that fails (its
// reader went away, the disk is full) recorded instead of thrown, so the run can stop cleanly and say why.

export interface OutputChannel {
  /** Resolves true once the stream has taken the text; false when the stream has failed, now or before. */
  write(text: string): Promise<boolean>;
  /** Writes without waiting (diagnostics); a failure is recorded all the same. */
  note(text: string): void;
  /** The first error the stream reported, or null while it works. */
  readonly failure: NodeJS.ErrnoException | null;
}

/** Listens for the stream's errors from now on: one channel per stream, made before anything is written. */
export function outputChannel(stream: NodeJS.WritableStream): OutputChannel {
  let failure: NodeJS.ErrnoException | null = null;
  const fail = (error?: Error | null): void => {
    if (error && !failure) failure = error as NodeJS.ErrnoException;
  };
  stream.on("error", fail);
  return {
    get failure() {
      return failure;
    },
    write(text) {
      if (failure) return Promise.resolve(false);
      if (text === "") return Promise.resolve(true);
      // Waiting for each write's callback keeps at most one chunk queued, however slow the reader.
      return new Promise((resolve) => {
        stream.write(text, (error) => {
          fail(error);
          resolve(failure === null);
        });
      });
    },
    note(text) {
      if (!failure && text !== "") stream.write(text, fail);
    },
  };
}

/** A closed pipe: the reader went away (`| head`, a Spark task that stopped reading). */
export function isClosedPipe(error: NodeJS.ErrnoException | null): boolean {
  return error?.code === "EPIPE" || error?.code === "ERR_STREAM_DESTROYED";
}
