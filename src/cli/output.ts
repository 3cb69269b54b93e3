// Writes to stdout with backpressure: waits for "drain" instead of buffering an endless run in memory.
import { once } from "node:events";

export async function writeOut(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (text === "") return;
  if (!stream.write(text)) await once(stream as NodeJS.EventEmitter, "drain");
}
