import type { Knex } from "@mikro-orm/postgresql";
import type { Pool } from "pg";
import { log } from "../../platform/log";
import { fanOutKey, fanOutStatement, fanOutsFromRow } from "../../sql/relation-fan-outs";

/**
 * The most rows one parent has in each relation list, as the data holds them now: the cost estimate counts
 * a relation list as that many items (at most its `first`), not as its default of 100. Read at start and every
 * COST_FAN_OUT_REFRESH_SECONDS; between two reads the data may grow past it, and the rows a request may read
 * (RESULT_MAX_ROWS) stay the hard bound.
 */
export interface RelationFanOuts {
  /** The largest fan-out of `Owner.field` (a relation list, or its connection), or undefined when unknown. */
  of(owner: string, field: string): number | undefined;
  /** Changes with every read that changed a figure, so that costs kept per document are measured again. */
  version(): number;
}

/** No figures: every relation list counts as its `first` or default (before the first read, or in tools without a database). */
export const UNKNOWN_FAN_OUTS: RelationFanOuts = { of: () => undefined, version: () => 0 };

export async function watchRelationFanOuts(pool: Pool, knex: Knex, refreshSeconds: number): Promise<RelationFanOuts & { stop(): void }> {
  const statement = fanOutStatement(knex);
  let figures = new Map<string, number>();
  let version = 0;
  const read = async () => {
    try {
      const { rows } = await pool.query<Record<string, number>>(statement.sql, statement.bindings as unknown[]);
      const next = fanOutsFromRow(statement.lists, rows[0]!);
      if ([...next].some(([key, value]) => figures.get(key) !== value)) version += 1;
      figures = next;
    } catch (error) {
      // the last figures stay; the row bound holds meanwhile
      log.warn({ error: String(error) }, "the relation fan-outs could not be read");
    }
  };
  await read();
  const timer = setInterval(read, refreshSeconds * 1000);
  timer.unref();
  return {
    of(owner, field) {
      return figures.get(fanOutKey(owner, field));
    },
    version: () => version,
    stop: () => clearInterval(timer),
  };
}
