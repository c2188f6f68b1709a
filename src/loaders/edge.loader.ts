import DataLoader from "dataloader";
import type { ListSlice } from "./list-slice";
import { sliceConditions } from "./list-slice";
import type { LoaderOptions } from "./loaders";
import type { Table } from "./table";
import { intArray, type Row, type SqlRunner } from "./sql-runner";

/**
 * Edges of a many-to-many table seen from one side (`from`), each with the row at the other side
 * (`to`) joined in, so that walking an edge to its node costs no extra statement; at most
 * `slice.first` edges per parent, filtered on edge columns by `slice.where`.
 */
export function createEdgeLoader(sql: SqlRunner, edges: Table, from: string, to: string, target: Table, slice: ListSlice, options: LoaderOptions): DataLoader<number, Row[]> {
  const fromColumn = edges.column(from);
  const toColumn = edges.column(to);
  const filters = sliceConditions(slice, "e", (property) => edges.column(property));
  return new DataLoader(async (parentPks) => {
    const results = await sql(
      `select * from (
         select ${edges.select("e")}, ${target.select("n", "n__", options.projection?.fieldsOf(target.typename))},
                row_number() over (partition by e."${fromColumn}" order by ${target.defaultOrder("n")}, e."pk") as "__rank"
           from "${edges.name}" e join "${target.name}" n on n."pk" = e."${toColumn}"
          where e."${fromColumn}" = any(?::int[])${filters.sql}
       ) ranked where "__rank" <= ? order by "__rank"`,
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
