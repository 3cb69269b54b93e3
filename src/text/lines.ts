// Lines of a text with their offsets. A line ends at "\n", U+2028 LINE SEPARATOR or U+2029 PARAGRAPH SEPARATOR:
// text pasted from word processors and some feeds breaks lines with the Unicode separators instead of "\n".

export interface Line {
  start: number;
  end: number;
  /** The character that ends the line; "" for the last line. */
  terminator: string;
}

const LINE_END = /[\n\u2028\u2029]/g;
export const PARAGRAPH_SEPARATOR = "\u2029";

export function* linesOf(text: string): Generator<Line> {
  let start = 0;
  for (const match of text.matchAll(LINE_END)) {
    yield { start, end: match.index, terminator: match[0] };
    start = match.index + 1;
  }
  yield { start, end: text.length, terminator: "" };
}
