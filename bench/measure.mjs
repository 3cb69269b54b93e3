// Timing helpers of the benchmark: medians of whole runs, repeated passes for fast work, pieces of work timed in
// alternation for their ratio, and the reference regex pass.

/**
 * The reference for "one regex pass over the text": one global, case-insensitive scan for the defection-like words
 * the real-news corpus is labelled by. Its cost is what any cheap gate has to pay at least once.
 */
export const REFERENCE_PATTERN = /\b(?:defect\w*|fle(?:d|e\w*)|escap\w*|asylum|desert\w*|abscond\w*|crossed the border)\b/gi;

/** Matches of the reference pattern in every document; returns the count so the work cannot be optimised away. */
export function referencePass(documents) {
  let matches = 0;
  for (const document of documents) {
    REFERENCE_PATTERN.lastIndex = 0;
    while (REFERENCE_PATTERN.exec(document.text) !== null) matches += 1;
  }
  return matches;
}

/**
 * Runs `work` (sync or async) up to `runs` times, stopping early once the runs took `budgetSeconds`; returns the
 * seconds of each run and the last run's value.
 */
export async function timeRuns(work, { runs, budgetSeconds }) {
  const seconds = [];
  let value;
  while (seconds.length === 0 || (seconds.length < runs && sum(seconds) < budgetSeconds)) {
    const started = performance.now();
    value = await work();
    seconds.push((performance.now() - started) / 1000);
  }
  return { seconds, median: medianOf(seconds), value };
}

/**
 * Seconds per call of fast synchronous work: calls repeated until `minSeconds` passed, `samples` times over; the
 * median sample. Keeps timer resolution and one-off pauses out of sub-millisecond figures.
 */
export function secondsPerPass(work, { samples, minSeconds }) {
  const perPass = [];
  for (let sample = 0; sample < samples; sample += 1) {
    let passes = 0;
    const started = performance.now();
    let elapsed = 0;
    while (elapsed < minSeconds * 1000) {
      work();
      passes += 1;
      elapsed = performance.now() - started;
    }
    perPass.push(elapsed / 1000 / passes);
  }
  return medianOf(perPass);
}

/**
 * Two pieces of work timed in alternation (first, second, first, second...), so that a change in the machine's load
 * falls on both: up to `runs` pairs, fewer once the pairs took `budgetSeconds`. The ratio is the median of the
 * pairs' ratios (first / second), each time divided by its `bytes` when the two read different amounts of text.
 */
export async function timePairs(first, second, { runs, budgetSeconds, bytes = [1, 1] }) {
  const firstSeconds = [];
  const secondSeconds = [];
  const ratios = [];
  let firstValue;
  let secondValue;
  while (ratios.length === 0 || (ratios.length < runs && sum(firstSeconds) + sum(secondSeconds) < budgetSeconds)) {
    let started = performance.now();
    firstValue = await first();
    firstSeconds.push((performance.now() - started) / 1000);
    started = performance.now();
    secondValue = await second();
    secondSeconds.push((performance.now() - started) / 1000);
    ratios.push((firstSeconds.at(-1) / bytes[0]) / (secondSeconds.at(-1) / bytes[1]));
  }
  return {
    first: { seconds: firstSeconds, median: medianOf(firstSeconds), value: firstValue },
    second: { seconds: secondSeconds, median: medianOf(secondSeconds), value: secondValue },
    ratio: medianOf(ratios),
  };
}

/** `secondsPerPass` of two pieces of fast work, sampled in alternation; the ratio is the median of the samples' ratios. */
export function perPassPairs(first, second, { samples, minSeconds }) {
  const firstPerPass = [];
  const secondPerPass = [];
  for (let sample = 0; sample < samples; sample += 1) {
    firstPerPass.push(secondsPerPass(first, { samples: 1, minSeconds }));
    secondPerPass.push(secondsPerPass(second, { samples: 1, minSeconds }));
  }
  return {
    first: medianOf(firstPerPass),
    second: medianOf(secondPerPass),
    ratio: medianOf(firstPerPass.map((value, index) => value / secondPerPass[index])),
  };
}

export function medianOf(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function sum(values) {
  return values.reduce((total, value) => total + value, 0);
}
