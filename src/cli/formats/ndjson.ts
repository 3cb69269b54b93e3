// NDJSON: exactly one line per outcome, so the command works as a line filter (Spark pipe, GNU parallel).
import type { OutcomeFormat } from "./index.js";

export const ndjsonFormat: OutcomeFormat = {
  begin: () => "",
  format: (outcome) => `${JSON.stringify(outcome)}\n`,
  end: () => "",
};
