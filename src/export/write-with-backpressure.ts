import { once } from "node:events";
import type { Writable } from "node:stream";

/**
 * Writes a chunk and, when the buffer is full, waits for it to drain (`events.once` also rejects on an
 * error and removes its listeners): an export never runs ahead of its reader.
 */
export async function writeWithBackpressure(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, "drain");
}
