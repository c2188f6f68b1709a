import type { Pool, PoolClient } from "pg";

/** A connection taken from a pool, and how to give it back. */
export interface CheckedOut {
  client: PoolClient;
  /** Gives the connection back to the pool, or ends it when it was lost or is left mid-transaction (`broken`). */
  release(broken?: boolean): void;
}

/**
 * A connection taken from a pool for a transaction or a cursor. While it is checked out the pool does not listen to
 * it, and a connection lost then (PostgreSQL stopped, the network cut) is announced on the client: with no listener
 * that is an uncaught error, and the process dies (test/graph-memory.test.ts cuts one). The listener here notes the
 * loss; the statement under way fails on its own.
 */
export async function checkOut(pool: Pool): Promise<CheckedOut> {
  const client = await pool.connect();
  let lost = false;
  const onLoss = () => {
    lost = true;
  };
  client.on("error", onLoss);
  return {
    client,
    release(broken = false) {
      client.off("error", onLoss);
      client.release(broken || lost ? true : undefined);
    },
  };
}
