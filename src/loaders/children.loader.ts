import DataLoader from "dataloader";
import type { ListSlice } from "./list-slice";
import { sliceConditions } from "./list-slice";
import type { LoaderOptions } from "./loaders";
import type { Table } from "./table";
import { intArray, type Row, type SqlRunner } from "./sql-runner";

/**
 * The rows of `table` whose foreign key `foreignKey` points at each parent, at most `slice.first` per
 * parent, in one statement per batch however many parents: a `lateral (... order by ... limit)` per parent
 * reads only the rows it returns, through the foreign key's index (a window function ranked every child).
 */
export function createChildrenLoader(sql: SqlRunner, table: Table, foreignKey: string, slice: ListSlice, options: LoaderOptions): DataLoader<number, Row[]> {
  const column = table.column(foreignKey);
  const filters = sliceConditions(slice, "t", (property) => table.column(property));
  return new DataLoader(async (parentPks) => {
    const results = await sql(
      `select c.* from unnest(?::int[]) as p("pk")
         cross join lateral (
           select ${table.select("t", "", options.projection?.fieldsOf(table.typename))}, row_number() over (order by ${table.defaultOrder("t")}) as "__rank"
             from "${table.name}" t where t."${column}" = p."pk"${filters.sql}
            order by ${table.defaultOrder("t")} limit ?
         ) c order by c."__rank"`,
      [intArray(parentPks), ...filters.params, slice.first],
    );
    const byParent = new Map<number, Row[]>(parentPks.map((pk) => [pk, []]));
    for (const result of results) byParent.get(Number(result[`${foreignKey}Pk`]))?.push(table.toRow(result));
    return parentPks.map((pk) => byParent.get(pk) ?? []);
  }, options);
}
