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

/**
 * Gives the event loop to other requests once an export has held it for `sliceMs`: converting documents
 * to RDF awaits only promises that are already settled, so without this an export ran for seconds before a
 * read could be answered (1.3 s for a light read beside two N-Quads exports).
 */
export function createYielder(sliceMs = 10): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < sliceMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    since = performance.now();
  };
}
