import type { Viewer } from "../../model/viewer";
import { createContext, type AppContext, type ContextFactoryDeps } from "../../request/context";
import { type Row } from "../../catalogue/table";
import type { Where } from "../../sql/where";
import { type EntityClass } from "../../catalogue/catalogue.types";

/** Rows per batch of an export: what one batch holds in memory, whatever the size of the graph. */
export const EXPORT_BATCH = 200;

/**
 * The rows of a table the viewer may see, in batches by primary key (keyset), each batch with a context
 * of its own: its loaders and its row budget are dropped with it, so an export's memory stays that of one
 * batch. The view decides visibility, as for every read; `where` (alias `t`) narrows the rows further.
 */
export async function* visibleRowBatches(
  deps: ContextFactoryDeps,
  viewer: Viewer,
  entity: EntityClass,
  where?: Where,
): AsyncGenerator<{ ctx: AppContext; rows: Row[] }> {
  let after = 0;
  for (;;) {
    const ctx = createContext(deps, viewer, "export");
    const table = ctx.tables.of(entity);
    const { knex } = ctx.sql;
    const batch = knex.select(table.select(knex, "t")).from({ t: table.name });
    if (where) where.applyTo(batch);
    const results = await ctx.sql.query(batch.andWhere("t.pk", ">", after).orderBy("t.pk").limit(EXPORT_BATCH));
    if (results.length === 0) return;
    const rows = results.map((result) => table.toRow(result));
    yield { ctx, rows };
    after = Number(rows[rows.length - 1]!.pk);
    if (results.length < EXPORT_BATCH) return;
  }
}
