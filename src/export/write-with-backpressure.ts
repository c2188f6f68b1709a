import type { Writable } from "node:stream";

/** Writes a chunk and waits for the buffer to drain when it is full: an export never runs ahead of its reader. */
export async function writeWithBackpressure(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) {
    await new Promise<void>((resolve, reject) => {
      out.once("drain", resolve);
      out.once("error", reject);
    });
  }
}
