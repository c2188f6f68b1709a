import type { AppContext } from "../context";
import type { Connection } from "../relay/connection.type";
import { offsetToCursor, pageWindow } from "../relay/cursor";
import type { PaginationArgs } from "../relay/pagination.args";
import type { Row } from "./sql-runner";
import type { EntityClass } from "./table";
import type { Where } from "./where";

/**
 * One page of a filtered, ordered list with its total count, in a single statement: the count is
 * joined to the page so an empty page (or `first: 0`) still reports `totalCount`.
 * The filter conditions use the alias `t` for the table.
 */
export async function fetchPage({ sql, tables, projection }: AppContext, entity: EntityClass, where: Where, orderBy: string | undefined, args: PaginationArgs): Promise<Connection<Row>> {
  const { limit, offset } = pageWindow(args);
  const table = tables.of(entity);
  // the filter runs twice (count, page) so that the page is a top-N sort over the filtered rows, not over a materialised copy
  const results = await sql(
    `select c.total as "__total", p.*
       from (select count(*)::int as total from "${table.name}" t ${where.toSql()}) c
       left join lateral (select ${table.select("t", "", projection.fieldsOf(table.typename))} from "${table.name}" t ${where.toSql()} order by ${orderBy ?? table.defaultOrder("t")} limit ? offset ?) p on true`,
    [...where.params, ...where.params, limit, offset],
  );
  const totalCount = Number(results[0]?.__total ?? 0);
  const nodes = results.filter((result) => result.pk !== null).map((result) => table.toRow(result));
  const edges = nodes.map((node, index) => ({ cursor: offsetToCursor(offset + index), node }));
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: offset + nodes.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
