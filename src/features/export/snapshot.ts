import { checkOut } from "../../database/checked-out";
import type { Pool, PoolClient, QueryConfig } from "pg";
import type { Viewer } from "../../model/viewer";
import type { ContextFactoryDeps } from "../../request/context";
import { visibilityOf } from "../../database/read-pools";

/** Added to the export's own bound before node-postgres gives up on a statement (as client-timeouts.ts does for requests). */
const CLIENT_GRACE_MS = 2_000;

/**
 * A pool of one: every statement goes to the same connection (node-postgres queues them), inside the
 * export's transaction; `connect` hands out that connection and `release` keeps it.
 */
function pinnedPool(client: PoolClient, queryTimeoutMs: number): Pool {
  const pinned = {
    query: (config: QueryConfig | string, values?: unknown[]) =>
      client.query(
        typeof config === "string"
          ? ({ text: config, values, query_timeout: queryTimeoutMs } as QueryConfig)
          : ({ ...config, query_timeout: queryTimeoutMs } as QueryConfig),
      ),
    connect: async () => ({ query: client.query.bind(client), release: () => undefined }) as unknown as PoolClient,
  };
  return pinned as unknown as Pool;
}

/**
 * Runs an export on one read connection of the viewer's visibility, in one read-only REPEATABLE READ
 * transaction: every statement sees the same snapshot, so writes committed meanwhile do not mix in. The
 * request's statement timeout would cut off a slow reader; the export's own bound (`maxSeconds`) applies
 * to its statements and to the time the transaction waits for the reader instead.
 */
export async function inSnapshot<T>(
  deps: ContextFactoryDeps,
  viewer: Viewer,
  maxSeconds: number,
  run: (deps: ContextFactoryDeps) => Promise<T>,
): Promise<T> {
  const { client, release } = await checkOut(deps.readPools.of(visibilityOf(viewer)));
  try {
    await client.query("begin isolation level repeatable read read only");
    await client.query("select set_config('statement_timeout', $1, true), set_config('idle_in_transaction_session_timeout', $1, true)", [
      `${maxSeconds}s`,
    ]);
    const pool = pinnedPool(client, maxSeconds * 1000 + CLIENT_GRACE_MS);
    const result = await run({ ...deps, routing: undefined, readPools: { of: () => pool, close: async () => undefined } });
    await client.query("commit");
    release();
    return result;
  } catch (error) {
    // a connection left mid-transaction or mid-cursor is not given back to the pool
    release(true);
    throw error;
  }
}
