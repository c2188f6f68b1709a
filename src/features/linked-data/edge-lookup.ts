import type { EdgeIdentity } from "../../catalogue/edge-identity";
import type { AppContext } from "../../request/context";
import { type Row } from "../../catalogue/table";
import { Where } from "../../sql/where";
import type { EdgeEnds } from "./edge-document";

/**
 * The edge an IRI names, from the parts of its path (ends by slug, facts by value), if the caller may see it:
 * the ends through the slug loaders (visibility as everywhere), the edge through its table's view.
 */
export async function findEdge(
  ctx: AppContext,
  identity: EdgeIdentity,
  parts: readonly string[],
): Promise<{ edge: Row; ends: EdgeEnds } | null> {
  if (parts.length !== identity.parts.length) return null;
  const table = ctx.tables.of(identity.declaration.edge);
  const where = new Where();
  const ends: EdgeEnds = {};
  for (const [index, part] of identity.parts.entries()) {
    const value = parts[index]!;
    if (part.kind === "fact") {
      where.add("t.?? = ?", table.describe(part.property).column, value);
      continue;
    }
    const end = await ctx.loaders.slug(part.target).load(value);
    if (!end) return null;
    ends[part.key] = end;
    where.add("t.?? = ?", table.describe(part.key).column, end.pk);
  }
  const { knex } = ctx.sql;
  const query = knex.select(table.select(knex, "t")).from({ t: table.name });
  where.applyTo(query);
  const [result] = await ctx.sql.query(query.limit(1));
  return result ? { edge: table.toRow(result), ends } : null;
}
