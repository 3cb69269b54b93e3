// Splits a byte stream into lines without decoding, so each line can be UTF-8 checked on its own and an
// over-long line is dropped as it arrives instead of being held in memory.

export interface RawLine {
  /** 1-based line number. */
  line: number;
  /** The line's bytes without "\n" or "\r\n"; null when it was longer than the limit. */
  bytes: Buffer | null;
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

export async function* splitLines(chunks: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let overflow = false;
  let line = 0;

  const finishLine = (): RawLine => {
    line += 1;
    let bytes: Buffer | null = null;
    if (!overflow) {
      bytes = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, length);
      if (bytes.length > 0 && bytes[bytes.length - 1] === CARRIAGE_RETURN) bytes = bytes.subarray(0, bytes.length - 1);
    }
    parts = [];
    length = 0;
    overflow = false;
    return { line, bytes };
  };

  /** `copy` for a chunk's tail, which the stream may reuse; only a piece that is kept is copied. */
  const append = (piece: Buffer, copy: boolean): void => {
    if (overflow || piece.length === 0) return;
    // One extra byte allowed for a "\r" that is stripped at the end of the line.
    if (length + piece.length > maxBytes + 1) {
      overflow = true;
      parts = [];
      length = 0;
      return;
    }
    parts.push(copy ? Buffer.from(piece) : piece);
    length += piece.length;
  };

  for await (const chunk of chunks) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    let newline = buffer.indexOf(NEWLINE, from);
    while (newline !== -1) {
      append(buffer.subarray(from, newline), false);
      yield finishLine();
      from = newline + 1;
      newline = buffer.indexOf(NEWLINE, from);
    }
    if (from < buffer.length) append(buffer.subarray(from), true);
  }
  if (length > 0 || overflow) yield finishLine();
}
