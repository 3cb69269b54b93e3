// The exit codes of the `defection-extractor` command, documented in `extract --help` and the README.

export const EXIT = {
  /** Every input was processed and every outcome written. */
  ok: 0,
  /** Some inputs were bad: each is reported in its place in the output (and on stderr unless --quiet). */
  badInput: 1,
  /** The command line was wrong. */
  usage: 2,
  /** Something failed inside, or the output could not be written (a full disk, an I/O error). */
  internal: 3,
  /** A reader went away: stdout closed before every outcome was written (the run stops there), or stderr closed. */
  outputClosed: 4,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
