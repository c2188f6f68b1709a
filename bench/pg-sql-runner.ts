import type { Pool } from "pg";
import type { Row, SqlRunner } from "../src/loaders/sql-runner";

/** A SqlRunner straight over `pg` (no ORM): `?` placeholders become `$n`. Used by the floor server. */
export function createPgSqlRunner(pool: Pool): SqlRunner {
  let count = 0;
  const run = async (sql: string, params: unknown[] = []) => {
    count += 1;
    let index = 0;
    const text = sql.replace(/\?/g, () => `$${++index}`);
    return (await pool.query(text, params)).rows as Row[];
  };
  return Object.defineProperty(run, "count", { get: () => count }) as SqlRunner;
}
