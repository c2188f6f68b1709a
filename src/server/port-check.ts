import net from "node:net";

/** What to tell someone whose port is taken. */
export function portInUseMessage(port: number, host: string): string {
  return `Port ${port} on ${host} is already in use (another IPO Graph, or another server). Set PORT to a free port, e.g. \`PORT=${port + 1} npm start\`, or PORT=0 for any free one.`;
}

/**
 * Checks that the HTTP port can be listened on, before anything else starts (a database created and
 * seeded for nothing): listens for a moment and closes. A port taken in between is still reported by
 * the real listen, with the same message.
 */
export async function assertPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "EADDRINUSE" ? new Error(portInUseMessage(port, host)) : error),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
