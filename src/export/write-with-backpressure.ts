import type { Writable } from "node:stream";

/** Settles when `out` drains; rejects when it errors or closes first (a reader that went away, or was dropped as idle). */
export function drained(out: Writable): Promise<void> {
  if (out.destroyed || out.writableEnded) return Promise.reject(new Error("The export's reader went away."));
  return new Promise<void>((resolve, reject) => {
    const done = (error?: Error) => {
      out.off("drain", onDrain);
      out.off("close", onClose);
      out.off("error", done);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new Error("The export's reader went away."));
    out.once("drain", onDrain);
    out.once("close", onClose);
    out.once("error", done);
  });
}

/**
 * Writes a chunk and, when the buffer is full, waits for it to drain: an export never runs ahead of its
 * reader, and ends when the reader goes away instead of waiting for a drain that never comes.
 */
export async function writeWithBackpressure(out: Writable, chunk: string): Promise<void> {
  if (out.destroyed) throw new Error("The export's reader went away.");
  if (!out.write(chunk)) await drained(out);
}
