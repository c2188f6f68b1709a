import type { Pool } from "pg";

const observers = new WeakMap<Pool, (text: string) => void>();

/**
 * Who hears the statements sent on a pool's own connections (the tests count and record them): `pool.query`
 * is observed where the pool is made (database/read-pools.ts); the SQL runner reports here what it sends on a
 * connection it takes from the pool itself.
 */
export function observeStatements(pool: Pool, observer: (text: string) => void): void {
  observers.set(pool, observer);
}

export function reportStatement(pool: Pool, text: string): void {
  observers.get(pool)?.(text);
}
