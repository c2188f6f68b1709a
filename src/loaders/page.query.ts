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
 * The filter conditions use the alias `t` for the table. `source` replaces the table (the viewer's
 * view of it) only where a list must see rows no view shows, such as rejected submissions.
 */
export async function fetchPage({ sql, tables, projection }: AppContext, entity: EntityClass, where: Where, orderBy: string | undefined, args: PaginationArgs, source?: string): Promise<Connection<Row>> {
  const { limit, offset } = pageWindow(args);
  const table = tables.of(entity);
  const from = source ?? `"${table.name}"`;
  const columns = table.select("t", "", projection.fieldsOf(table.typename));
  const order = orderBy ?? table.defaultOrder("t");
  const countAsked = projection.fieldsOf(`${table.typename ?? entity.name}Connection`)?.has("totalCount") ?? true;
  let nodes: Row[];
  let totalCount: number;
  if (countAsked) {
    // the filter runs twice (count, page) so that the page is a top-N sort over the filtered rows, not over a materialised copy
    const results = await sql(
      `select c.total as "__total", p.*
         from (select count(*)::int as total from ${from} t ${where.toSql()}) c
         left join lateral (select ${columns} from ${from} t ${where.toSql()} order by ${order} limit ? offset ?) p on true`,
      [...where.params, ...where.params, limit, offset],
    );
    totalCount = Number(results[0]?.__total ?? 0);
    nodes = results.filter((result) => result.pk !== null).map((result) => table.toRow(result));
  } else {
    // no totalCount asked for: one row more than the page tells whether a next page exists, without counting
    const results = await sql(`select ${columns} from ${from} t ${where.toSql()} order by ${order} limit ? offset ?`, [...where.params, limit + 1, offset]);
    nodes = results.slice(0, limit).map((result) => table.toRow(result));
    totalCount = offset + results.length;
  }
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
