// JSON: one array of outcomes, streamed element by element so a long run never holds its output in memory.
import type { OutcomeFormat } from "./index.js";

export const jsonFormat: OutcomeFormat = {
  begin: () => "[",
  format: (outcome, index) => `${index === 0 ? "" : ","}\n  ${JSON.stringify(outcome, null, 2).replace(/\n/g, "\n  ")}`,
  end: () => "\n]\n",
};
