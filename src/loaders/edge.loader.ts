import DataLoader from "dataloader";
import type { ListSlice } from "./list-slice";
import { sliceConditions } from "./list-slice";
import type { LoaderOptions } from "./loaders";
import type { Table } from "./table";
import { intArray, type Row, type SqlRunner } from "./sql-runner";

/**
 * Edges of a many-to-many table seen from one side (`from`), each with the row at the other side
 * (`to`) joined in, so that walking an edge to its node costs no extra statement; at most
 * `slice.first` edges per parent, filtered on edge columns by `slice.where`. A `lateral (... limit)` per
 * parent reads each parent's edges through the index on `from` and stops at `first`.
 */
export function createEdgeLoader(sql: SqlRunner, edges: Table, from: string, to: string, target: Table, slice: ListSlice, options: LoaderOptions): DataLoader<number, Row[]> {
  const fromColumn = edges.column(from);
  const toColumn = edges.column(to);
  const filters = sliceConditions(slice, "e", (property) => edges.column(property));
  return new DataLoader(async (parentPks) => {
    const results = await sql(
      `select s.* from unnest(?::int[]) as p("pk")
         cross join lateral (
           select ${edges.select("e")}, ${target.select("n", "n__", options.projection?.fieldsOf(target.typename))},
                  row_number() over (order by ${target.defaultOrder("n")}, e."pk") as "__rank"
             from "${edges.name}" e join "${target.name}" n on n."pk" = e."${toColumn}"
            where e."${fromColumn}" = p."pk"${filters.sql}
            order by ${target.defaultOrder("n")}, e."pk" limit ?
         ) s order by s."__rank"`,
      [intArray(parentPks), ...filters.params, slice.first],
    );
    const byParent = new Map<number, Row[]>(parentPks.map((pk) => [pk, []]));
    for (const result of results) {
      const edge = edges.toRow(result);
      edge[to] = target.toRow(result, "n__");
      byParent.get(Number(edge[`${from}Pk`]))?.push(edge);
    }
    return parentPks.map((pk) => byParent.get(pk) ?? []);
  }, options);
}
